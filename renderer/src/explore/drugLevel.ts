import { COMPARTMENT_COLUMN } from '../physiology/ids';

/**
 * Plain-word bands for a drug concentration, for the spoken scene description. They are bands for
 * words, not clinical cut-offs: below TRACE_MG_L the colour scale shows nothing, so "none"; from
 * HIGH_MG_L on, the level is of the order a systemic melphalan dose reaches in blood, so "high".
 */
export const TRACE_MG_L = 0.05;
export const HIGH_MG_L = 1;

export type DrugLevel = 'none' | 'low' | 'high';

export function drugLevel(concentrationMgL: number): DrugLevel {
  if (!(concentrationMgL >= TRACE_MG_L)) return 'none';
  return concentrationMgL >= HIGH_MG_L ? 'high' : 'low';
}

/** Where the drug is, in bands: the liver (its blood or tissue, whichever holds more), the tumours, the body, the circuit. */
export interface DrugWhereabouts {
  liver: DrugLevel;
  tumour: DrugLevel;
  body: DrugLevel;
  circuit: DrugLevel;
  /**
   * Share of the drug the filter takes out of the blood passing through it, 0..1; null when no
   * drug reaches the filter.
   */
  filterRemoves: number | null;
}

/** The bands for one physiology sample's compartment concentrations (mg/L, indexed like COMPARTMENTS). */
export function drugWhereabouts(conc: ArrayLike<number>): DrugWhereabouts {
  const at = (column: number) => conc[column] ?? 0;
  const circuit = at(COMPARTMENT_COLUMN.circuit);
  const outlet = at(COMPARTMENT_COLUMN.filterOutlet);
  return {
    liver: drugLevel(Math.max(at(COMPARTMENT_COLUMN.liverBlood), at(COMPARTMENT_COLUMN.liverTissue))),
    tumour: drugLevel(at(COMPARTMENT_COLUMN.tumour)),
    body: drugLevel(at(COMPARTMENT_COLUMN.systemic)),
    circuit: drugLevel(circuit),
    filterRemoves: circuit >= TRACE_MG_L ? Math.min(1, Math.max(0, 1 - outlet / circuit)) : null,
  };
}
