import { COMPARTMENTS, MASS_POOLS } from './ids';
import type { Solution } from './solver';

interface Exposure {
  liver: number;
  liverTissue: number;
  tumour: number;
  systemic: number;
  circuit: number;
}

/** The figures a clinician or teacher asks for. Concentrations mg/L, AUC mg·min/L, fractions of the infused drug. */
export interface Metrics {
  procedureId: string;
  /** Intended dose and what was actually infused (mg). */
  doseMg: number;
  infusedMg: number;
  /** Over the solved time (the procedure plus any follow-up). `liver` is liver blood (the perfusate in IHP). */
  auc: Exposure;
  /** To infinity: the table's AUC plus what the model's end state still gives (independent of the follow-up length). */
  aucInf: Exposure;
  peak: Exposure & { filterOutlet: number };
  /** Plain ratio: liver blood AUC∞ / systemic AUC∞. */
  liverToSystemic: number;
  /**
   * Advantage over IV: `liverToSystemic` divided by the same ratio when the dose goes into a
   * vein. How much more liver exposure the procedure buys per unit of body exposure.
   */
  regionalAdvantage: number;
  /** The same for the tumour. */
  tumourAdvantage: number;
  /** Perfusate (circuit, or liver blood without a circuit) against systemic blood: peak and AUC to infinity. */
  perfusateToSystemic: { peak: number; auc: number };
  /** At the end: removed (by the filter, with discarded perfusate, left in the circuit), eliminated, still in the body; sum 1. */
  doseFractions: { removed: number; eliminated: number; inBody: number };
  removedBy: { filter: number; perfusate: number };
  /** Filter extraction averaged over the time the filter carries flow, and mass-weighted (removed / reaching it); null without a filter. */
  filterExtractionMean: number | null;
  filterExtractionOverall: number | null;
  comparator: {
    auc: { systemic: number; liver: number };
    aucInf: { systemic: number };
    peak: { systemic: number };
  };
  /** Blood pressure and heart rate while the liver is isolated (PHP), or null. */
  haemodynamics: Solution['haemodynamics'];
  /** Largest |drug in all pools - drug infused| / drug infused over the whole solution. */
  massBalanceError: number;
}

const column = (name: (typeof COMPARTMENTS)[number]) => COMPARTMENTS.indexOf(name);

function exposure(
  solution: Solution,
  values: (row: number) => number,
): { auc: number; peak: number; last: number } {
  const dtMin = solution.dtS / 60;
  let auc = 0;
  let peak = 0;
  let previous = values(0);
  peak = previous;
  for (let r = 1; r < solution.count; r++) {
    const v = values(r);
    auc += 0.5 * (previous + v) * dtMin;
    if (v > peak) peak = v;
    previous = v;
  }
  return { auc, peak, last: previous };
}

export function summarize(solution: Solution): Metrics {
  const width = COMPARTMENTS.length;
  const of = (name: (typeof COMPARTMENTS)[number]) => {
    const c = column(name);
    return exposure(solution, (r) => solution.conc[r * width + c] as number);
  };
  const systemic = of('systemic');
  const liver = of('liverBlood');
  const liverTissue = of('liverTissue');
  const tumour = of('tumour');
  const circuit = of('circuit');
  const filterOutlet = of('filterOutlet');
  const ivSystemic = exposure(solution, (r) => solution.ivSystemic[r] as number);
  const ivLiver = exposure(solution, (r) => solution.ivLiverBlood[r] as number);
  const ivTumour = exposure(solution, (r) => solution.ivTumour[r] as number);
  const rest = solution.tailAuc;
  const ivRest = solution.ivTailAuc;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

  const pools = MASS_POOLS.length;
  const last = (solution.count - 1) * pools;
  const pool = (name: (typeof MASS_POOLS)[number], row = last) =>
    solution.mass[row + MASS_POOLS.indexOf(name)] as number;
  const infused = pool('infused');
  const inBody =
    pool('systemic') + pool('systemicPeripheral') + pool('liverBlood') + pool('liverTissue') + pool('tumour');
  const removed = pool('removedByFilter') + pool('removedWithPerfusate') + pool('circuit');
  let massBalanceError = 0;
  for (let r = 0; r < solution.count; r++) {
    let sum = 0;
    for (let i = 0; i < pools - 1; i++) sum += solution.mass[r * pools + i] as number;
    const error = Math.abs(sum - (solution.mass[r * pools + pools - 1] as number));
    massBalanceError = Math.max(massBalanceError, infused > 0 ? error / infused : error);
  }

  let filterExtractionMean: number | null = null;
  let filterExtractionOverall: number | null = null;
  if (solution.filterPath >= 0) {
    let time = 0;
    let sum = 0;
    for (let r = 0; r < solution.count; r++) {
      const e = solution.filterExtraction[r] as number;
      if (e <= 0) continue;
      time += 1;
      sum += e;
    }
    filterExtractionMean = time > 0 ? sum / time : 0;
    filterExtractionOverall = ratio(pool('removedByFilter'), solution.filterReachedMg);
  }

  const hasCircuit = circuit.peak > 0;
  const perfusate = hasCircuit ? circuit : liver;
  const aucInf = {
    liver: liver.auc + rest.liverBlood,
    liverTissue: liverTissue.auc + rest.liverTissue,
    tumour: tumour.auc + rest.tumour,
    systemic: systemic.auc + rest.systemic,
    circuit: circuit.auc + rest.circuit,
  };
  const ivAucInf = {
    systemic: ivSystemic.auc + ivRest.systemic,
    liver: ivLiver.auc + ivRest.liverBlood,
    tumour: ivTumour.auc + ivRest.tumour,
  };
  const liverToSystemic = ratio(aucInf.liver, aucInf.systemic);
  return {
    procedureId: solution.procedureId,
    doseMg: solution.doseMg,
    infusedMg: infused,
    auc: {
      liver: liver.auc,
      liverTissue: liverTissue.auc,
      tumour: tumour.auc,
      systemic: systemic.auc,
      circuit: circuit.auc,
    },
    aucInf,
    peak: {
      liver: liver.peak,
      liverTissue: liverTissue.peak,
      tumour: tumour.peak,
      systemic: systemic.peak,
      circuit: circuit.peak,
      filterOutlet: filterOutlet.peak,
    },
    liverToSystemic,
    regionalAdvantage: ratio(liverToSystemic, ratio(ivAucInf.liver, ivAucInf.systemic)),
    tumourAdvantage: ratio(ratio(aucInf.tumour, aucInf.systemic), ratio(ivAucInf.tumour, ivAucInf.systemic)),
    perfusateToSystemic: {
      peak: ratio(perfusate.peak, systemic.peak),
      auc: ratio(hasCircuit ? aucInf.circuit : aucInf.liver, aucInf.systemic),
    },
    doseFractions: {
      removed: ratio(removed, infused),
      eliminated: ratio(pool('eliminated'), infused),
      inBody: ratio(inBody, infused),
    },
    removedBy: {
      filter: ratio(pool('removedByFilter'), infused),
      perfusate: ratio(pool('removedWithPerfusate') + pool('circuit'), infused),
    },
    filterExtractionMean,
    filterExtractionOverall,
    comparator: {
      auc: { systemic: ivSystemic.auc, liver: ivLiver.auc },
      aucInf: { systemic: ivAucInf.systemic },
      peak: { systemic: ivSystemic.peak },
    },
    haemodynamics: solution.haemodynamics,
    massBalanceError,
  };
}
