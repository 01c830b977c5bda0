import { DRUG_SCALE } from '../physiology/drugScale';
import { COMPARTMENT_COLUMN } from '../physiology/ids';

/**
 * Plain-word bands for a drug concentration, for the spoken scene description, cut where the drug
 * scale says (DRUG_SCALE.traceMgL and highMgL), so the words and the colour agree.
 */
export type DrugLevel = 'none' | 'low' | 'high';

export function drugLevel(concentrationMgL: number): DrugLevel {
  if (!(concentrationMgL >= DRUG_SCALE.traceMgL)) return 'none';
  return concentrationMgL >= DRUG_SCALE.highMgL ? 'high' : 'low';
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
    filterRemoves: circuit >= DRUG_SCALE.traceMgL ? Math.min(1, Math.max(0, 1 - outlet / circuit)) : null,
  };
}
