import './medicalFigures.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent, formatPlain } from '../i18n/format';
import { type Solution, summarize } from '../physiology';

interface MetricsSummaryProps {
  solution: Solution;
  /** Blood pressure figures are for clinicians and teachers; a patient view can leave them out. */
  showHaemodynamics?: boolean;
}

/** The few numbers behind the picture: how much more the liver gets than the body, and where the dose went. */
export function MetricsSummary({ solution, showHaemodynamics = true }: MetricsSummaryProps) {
  const { t, i18n } = useTranslation();
  const metrics = useMemo(() => summarize(solution), [solution]);
  const number = { format: (value: number) => formatNumber(value, i18n.language) };
  const percent = { format: (fraction: number) => formatPercent(fraction, i18n.language) };
  const rows: Array<[string, string, string?]> = [
    [t('charts.metric.dose'), t('charts.value.mg', { value: number.format(metrics.doseMg) })],
    [
      t('charts.metric.liverToSystemic'),
      t('charts.value.times', { value: number.format(metrics.liverToSystemic) }),
    ],
    [
      t('charts.metric.regionalAdvantage'),
      t('charts.value.times', { value: number.format(metrics.regionalAdvantage) }),
      t('charts.metric.regionalAdvantageHelp'),
    ],
    [t('charts.metric.removed'), percent.format(metrics.doseFractions.removed)],
    [t('charts.metric.inBody'), percent.format(metrics.doseFractions.inBody)],
    [
      t('charts.metric.systemicPeak'),
      t('charts.value.peakVersusIv', {
        value: number.format(metrics.peak.systemic),
        iv: number.format(metrics.comparator.peak.systemic),
      }),
    ],
  ];
  if (showHaemodynamics && metrics.haemodynamics) {
    rows.push([
      t('charts.metric.isolationPressure'),
      t('charts.value.pressureDrop', {
        value: formatPlain(metrics.haemodynamics.meanArterialPressureDropMmHg, i18n.language),
      }),
    ]);
  }
  return (
    <dl className="metrics" data-testid="metrics">
      {rows.map(([term, value, help]) => (
        <div key={term} className="metric">
          <dt>{term}</dt>
          <dd>{value}</dd>
          {help ? <dd className="metric-help">{help}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
