import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTick, numberFormat } from '../i18n/format';
import { DRUG_SCALE, drugColourOf, scalePosition, tintedColour, tintStops } from '../physiology';
import { useAppStore } from '../store/appStore';
import { useSolution } from '../store/solutionCache';
import './drugLegend.css';
import { DrugLegendPainter, type DrugLegendText, markParts } from './drugLegendPainter';

const TINT_STOPS = tintStops();

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
 * in words and numbers. Hidden until the first drug is given. It re-renders only when the
 * language, palette or procedure changes; the marks follow the playhead through a store
 * subscription that writes their few nodes directly (see DrugLegendPainter), not through React.
 */
export function DrugLegend() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { solution } = useSolution();
  const palette = useAppStore((s) => s.palette);
  const soft = useAppStore((s) => s.patientView);
  const figureRef = useRef<HTMLElement>(null);
  const liverRef = useRef<HTMLLIElement>(null);
  const bodyRef = useRef<HTMLLIElement>(null);
  const painter = useMemo(() => new DrugLegendPainter(), []);
  // Named as the Drug levels chart names them.
  const text = useMemo(
    (): DrugLegendText => ({
      solution,
      liverParts: markParts((value) =>
        t('drugLegend.mark', { name: t('physiology.compartment.liverTissue'), value }),
      ),
      bodyParts: markParts((value) =>
        t('drugLegend.mark', { name: t('physiology.compartment.systemic'), value }),
      ),
      oneDecimal: numberFormat(language, { maximumFractionDigits: 1 }),
      twoDecimals: numberFormat(language, { maximumFractionDigits: 2 }),
    }),
    [solution, t, language],
  );

  useLayoutEffect(() => {
    const figure = figureRef.current;
    const liver = liverRef.current;
    const body = bodyRef.current;
    if (!figure || !liver || !body) return;
    const nodes = { figure, liver, body };
    painter.reset();
    painter.paint(nodes, text, useAppStore.getState().timeS);
    return useAppStore.subscribe((state, previous) => {
      if (state.timeS !== previous.timeS) painter.paint(nodes, text, state.timeS);
    });
  }, [painter, text]);

  return (
    <figure
      ref={figureRef}
      className="drug-legend"
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
          <li ref={liverRef} data-testid="drug-legend-liver" />
          <li ref={bodyRef} data-testid="drug-legend-body" />
        </ul>
      </div>
    </figure>
  );
}
