import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { PALETTES } from '../anatomy/palette';
import { appContext } from '../commands/context';
import { performCommand } from '../commands/registry';
import { formatTick } from '../i18n/format';
import {
  type CompartmentId,
  DRUG_SCALE,
  drugColourOf,
  type Solution,
  seriesFor,
  tintedColour,
  tintStops,
} from '../physiology';
import type { Procedure } from '../procedure/schema';
import { useAppStore } from '../store/appStore';

/**
 * Lines drawn, in order, coloured from the palette; the IV comparator is dashed. The filter outlet
 * exists only with a filter.
 */
const LINES: ReadonlyArray<{
  id: (CompartmentId & keyof typeof PALETTES.standard.chart) | 'ivComparator';
  dash?: number[];
}> = [
  { id: 'liverBlood' },
  { id: 'tumour' },
  { id: 'systemic' },
  { id: 'filterOutlet' },
  { id: 'ivComparator', dash: [6, 5] },
];
/** Concentrations below the drug scale's bottom are not drawn on the logarithmic axis (mg/L). */
const FLOOR_MG_L = DRUG_SCALE.minMgL;
/** The drug colour strip along the y axis, CSS px: the scene's tint for each concentration. */
const TINT_STRIP_PX = 6;
const TINT_STOPS = tintStops();
/** Chart sampling: one point per this many procedure seconds is plenty for 300 pixels. */
const CHART_STEP_S = 20;

function hasFilter(procedure: Procedure): boolean {
  return procedure.devices.some((d) => d.kind === 'filter');
}

function chartData(solution: Solution, lines: typeof LINES): uPlot.AlignedData {
  const first = seriesFor(solution, 'systemic', CHART_STEP_S);
  const minutes = Array.from(first.t, (t) => t / 60);
  const series = lines.map((line) =>
    Array.from(seriesFor(solution, line.id, CHART_STEP_S).y, (y) => (y >= FLOOR_MG_L ? y : null)),
  );
  return [minutes, ...series] as uPlot.AlignedData;
}

interface ConcentrationChartProps {
  procedure: Procedure;
  solution: Solution;
}

/**
 * Melphalan over procedure time, on a log scale so systemic and perfusate levels both read. A
 * cursor follows the playhead (moved outside React); clicking the chart seeks there.
 */
export function ConcentrationChart({ procedure, solution }: ConcentrationChartProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const hostRef = useRef<HTMLDivElement>(null);
  const palette = useAppStore((s) => s.palette);
  const soft = useAppStore((s) => s.patientView);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const lines = LINES.filter((line) => line.id !== 'filterOutlet' || hasFilter(procedure));
    const cursorAt = { minutes: useAppStore.getState().timeS / 60 };
    const drugColour = drugColourOf(palette, soft);
    const options: uPlot.Options = {
      width: Math.max(200, host.clientWidth),
      height: 190,
      // The app's one drug scale: fixed decades, the same in both procedures and in the legend.
      scales: { x: { time: false }, y: { distr: 3, range: [DRUG_SCALE.minMgL, DRUG_SCALE.maxMgL] } },
      axes: [
        {
          stroke: '#a9b6c3',
          grid: { stroke: '#2b3844' },
          label: t('charts.minutes'),
          labelSize: 18,
          size: 30,
          values: (_u, splits) => splits.map((v) => formatTick(v, language)),
        },
        {
          stroke: '#a9b6c3',
          grid: { stroke: '#2b3844' },
          label: t('charts.mgPerL'),
          labelSize: 18,
          size: 44,
          // Every decade labelled, as on the scene's drug legend.
          space: 12,
          splits: () => [...DRUG_SCALE.ticksMgL],
          values: (_u, splits) => splits.map((v) => formatTick(v, language)),
        },
      ],
      legend: { show: true, live: false },
      cursor: { show: false },
      series: [
        {},
        ...lines.map((line) => ({
          label: t(line.id === 'ivComparator' ? 'charts.ivComparator' : `physiology.compartment.${line.id}`),
          stroke: PALETTES[palette].chart[line.id],
          width: 2,
          ...(line.dash ? { dash: line.dash } : {}),
        })),
      ],
      hooks: {
        draw: [
          (u) => {
            // The scene's drug colour for each concentration, as a strip along the y axis.
            const { ctx, bbox } = u;
            const strip = TINT_STRIP_PX * devicePixelRatio;
            const gradient = ctx.createLinearGradient(0, bbox.top + bbox.height, 0, bbox.top);
            for (const stop of TINT_STOPS)
              gradient.addColorStop(stop.position, tintedColour(drugColour, stop.tint));
            ctx.save();
            ctx.fillStyle = gradient;
            ctx.fillRect(bbox.left, bbox.top, strip, bbox.height);
            ctx.restore();
          },
          (u) => {
            // The playhead as a vertical line.
            const x = u.valToPos(cursorAt.minutes, 'x', true);
            const { ctx } = u;
            ctx.save();
            ctx.strokeStyle = '#ffffff';
            ctx.lineWidth = 1.5;
            ctx.beginPath();
            ctx.moveTo(x, u.bbox.top);
            ctx.lineTo(x, u.bbox.top + u.bbox.height);
            ctx.stroke();
            ctx.restore();
          },
        ],
      },
    };
    const plot = new uPlot(options, chartData(solution, lines), host);
    const onClick = (event: MouseEvent) => {
      const minutes = plot.posToVal(event.offsetX, 'x');
      if (Number.isFinite(minutes)) performCommand('seek', appContext(), minutes * 60);
    };
    plot.over.addEventListener('click', onClick);
    const unsubscribe = useAppStore.subscribe((state, previous) => {
      if (state.timeS === previous.timeS) return;
      cursorAt.minutes = state.timeS / 60;
      plot.redraw(false, false);
    });
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(200, host.clientWidth), height: 190 }),
    );
    resize.observe(host);
    return () => {
      unsubscribe();
      resize.disconnect();
      plot.over.removeEventListener('click', onClick);
      plot.destroy();
    };
  }, [procedure, solution, t, palette, soft, language]);

  return (
    <figure className="chart">
      <div ref={hostRef} role="img" aria-label={t('charts.description')} data-testid="concentration-chart" />
      <figcaption className="chart-caption">{t('charts.caption')}</figcaption>
    </figure>
  );
}
