import type { TFunction } from 'i18next';

/**
 * Units that are words ("fraction", "yes/no") are read in the chosen language; symbols (mL/min,
 * mg/kg, °C) are the same everywhere and shown as they are.
 */
const WORD_UNITS: Readonly<Record<string, string>> = {
  fraction: 'parameters.unitName.fraction',
  ratio: 'parameters.unitName.ratio',
  min: 'parameters.unitName.min',
  'yes/no': 'parameters.unitName.yesNo',
  'female 0 / male 1': 'parameters.unitName.sex',
};

export function parameterUnit(t: TFunction, unit: string): string {
  const key = WORD_UNITS[unit];
  return key ? t(key) : unit;
}
