import { useTranslation } from 'react-i18next';
import { formatNumber, formatTick } from '../i18n/format';
import {
  COMPARTMENTS,
  createSample,
  DRUG_SCALE,
  drugColourOf,
  sampleAt,
  scalePosition,
  tintedColour,
  tintStops,
} from '../physiology';
import { useAppStore } from '../store/appStore';
import { useSolution } from '../store/solutionCache';
import './drugLegend.css';
import { markPositions } from './drugLegendMarks';

const TINT_STOPS = tintStops();
const LIVER_TISSUE = COMPARTMENTS.indexOf('liverTissue');
const SYSTEMIC = COMPARTMENTS.indexOf('systemic');
/** Scratch for the moment shown: refilled on each published playhead, never reallocated. */
const sample = createSample();

/** The bar's gradient, bottom to top: the drug colour at the tint each concentration gets. */
function gradientOf(colour: string): string {
  const stops = TINT_STOPS.map(
    (stop) => `${tintedColour(colour, stop.tint)} ${(stop.position * 100).toFixed(1)}%`,
  );
  return `linear-gradient(to top, ${stops.join(', ')})`;
}

/**
 * A small key to the scene's drug colour: the app's one drug scale (the Drug levels chart's
 * y axis) with the colour each concentration gets, and where the liver and the body are on it now,
 * in words and numbers. Hidden until the first drug is given.
 */
export function DrugLegend() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { solution } = useSolution();
  const timeS = useAppStore((s) => s.timeS);
  const palette = useAppStore((s) => s.palette);
  const soft = useAppStore((s) => s.patientView);
  sampleAt(solution, timeS, sample);
  const liver = sample.conc[LIVER_TISSUE] ?? 0;
  const body = sample.conc[SYSTEMIC] ?? 0;
  const anyDrug = sample.conc.some((c) => c > 0);
  // The liver's mark above the body's when they meet: it holds more in every procedure shown.
  const liverHigher = liver >= body;
  const [upper, lower] = markPositions(
    scalePosition(liverHigher ? liver : body),
    scalePosition(liverHigher ? body : liver),
  );
  const liverAt = liverHigher ? upper : lower;
  const bodyAt = liverHigher ? lower : upper;
  // Named as the Drug levels chart names them.
  const liverText = t('drugLegend.mark', {
    name: t('physiology.compartment.liverTissue'),
    value: formatNumber(liver, language, liver < 1 ? 2 : 1),
  });
  const bodyText = t('drugLegend.mark', {
    name: t('physiology.compartment.systemic'),
    value: formatNumber(body, language, body < 1 ? 2 : 1),
  });
  return (
    <figure
      className="drug-legend"
      hidden={!anyDrug}
      data-testid="drug-legend"
      aria-labelledby="drug-legend-title"
    >
      <figcaption id="drug-legend-title" className="drug-legend-title">
        {t('drugLegend.title')}
      </figcaption>
      <div className="drug-legend-body">
        <div
          className="drug-legend-bar"
          style={{ background: gradientOf(drugColourOf(palette, soft)) }}
          role="img"
          aria-label={t('drugLegend.description', {
            min: formatTick(DRUG_SCALE.minMgL, language),
            max: formatTick(DRUG_SCALE.maxMgL, language),
            half: formatTick(DRUG_SCALE.halfTintMgL, language),
          })}
        />
        <ol className="drug-legend-ticks" aria-hidden="true">
          {DRUG_SCALE.ticksMgL.map((tick) => (
            <li key={tick} style={{ bottom: `${scalePosition(tick) * 100}%` }}>
              {formatTick(tick, language)}
            </li>
          ))}
        </ol>
        <ul className="drug-legend-marks">
          <li style={{ bottom: `${liverAt * 100}%` }} data-testid="drug-legend-liver">
            {liverText}
          </li>
          <li style={{ bottom: `${bodyAt * 100}%` }} data-testid="drug-legend-body">
            {bodyText}
          </li>
        </ul>
      </div>
    </figure>
  );
}
