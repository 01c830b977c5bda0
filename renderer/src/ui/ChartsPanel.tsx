import { useTranslation } from 'react-i18next';
import { useSolution } from '../store/solutionCache';
import { ConcentrationChart } from './ConcentrationChart';
import { MetricsSummary } from './MetricsSummary';

/** Concentration over time and the figures behind it, synced to the timeline. */
export function ChartsPanel() {
  const { t } = useTranslation();
  const { procedure, solution } = useSolution();
  return (
    <section className="charts-panel" aria-labelledby="charts-title">
      <h2 id="charts-title" className="panel-title">
        {t('charts.title')}
      </h2>
      <ConcentrationChart procedure={procedure} solution={solution} />
      <MetricsSummary solution={solution} />
    </section>
  );
}
