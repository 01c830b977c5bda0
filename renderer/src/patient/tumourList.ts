// The patient's tumours as written in the address: `VII:28,IVa:18` (segment:diameter in mm).
// Pure: no React, no store. Parsing never throws; every unusable entry is named.
import type { Tumour } from '../procedure/schema';

export const PATIENT_SEGMENTS = ['I', 'II', 'III', 'IVa', 'IVb', 'V', 'VI', 'VII', 'VIII'] as const;
export type PatientSegment = (typeof PATIENT_SEGMENTS)[number];

/** The diameters a clinician may set, mm: from a small lesion to one filling much of a lobe. */
export const MIN_DIAMETER_MM = 5;
export const MAX_DIAMETER_MM = 150;
/** More would clutter the picture and the address; no real plan needs it. */
export const MAX_PATIENT_TUMOURS = 20;

export interface PatientTumour {
  segment: PatientSegment;
  diameterMm: number;
}

export interface TumourListParse {
  tumours: PatientTumour[];
  /** One line per entry that was left out, quoting it (shortened) and saying why. */
  problems: string[];
}

const BY_LOWER = new Map(PATIENT_SEGMENTS.map((s) => [s.toLowerCase(), s]));

export function isPatientSegment(value: string): value is PatientSegment {
  return (PATIENT_SEGMENTS as readonly string[]).includes(value);
}

export function isValidDiameter(mm: number): boolean {
  return Number.isFinite(mm) && mm >= MIN_DIAMETER_MM && mm <= MAX_DIAMETER_MM;
}

function quote(entry: string): string {
  const short = entry.length > 24 ? `${entry.slice(0, 24)}…` : entry;
  // Control characters would make the notice unreadable.
  const printable = [...short].map((c) => (/\p{Cc}/u.test(c) ? '?' : c)).join('');
  return `"${printable}"`;
}

/**
 * Reads `VII:28,IVa:18`. Segment names are matched without regard to case; diameters are whole or
 * decimal millimetres within the panel's range. An empty string is a liver with no tumours.
 */
export function parseTumourList(raw: string): TumourListParse {
  const tumours: PatientTumour[] = [];
  const problems: string[] = [];
  if (raw.trim() === '') return { tumours, problems };
  for (const part of raw.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const match = /^([a-zA-Z]{1,4}):(\d{1,3}(?:\.\d{1,2})?)$/.exec(entry);
    if (!match) {
      problems.push(`tumour ${quote(entry)} is not segment:millimetres (e.g. VII:28)`);
      continue;
    }
    const segment = BY_LOWER.get((match[1] ?? '').toLowerCase());
    if (!segment) {
      problems.push(
        `tumour ${quote(entry)}: no liver segment "${match[1]}" (${PATIENT_SEGMENTS.join(', ')})`,
      );
      continue;
    }
    const diameterMm = Number(match[2]);
    if (!isValidDiameter(diameterMm)) {
      problems.push(`tumour ${quote(entry)}: size must be ${MIN_DIAMETER_MM}–${MAX_DIAMETER_MM} mm`);
      continue;
    }
    if (tumours.length >= MAX_PATIENT_TUMOURS) {
      problems.push(`tumour ${quote(entry)}: at most ${MAX_PATIENT_TUMOURS} tumours`);
      continue;
    }
    tumours.push({ segment, diameterMm });
  }
  return { tumours, problems };
}

/** The address form of a list; `parseTumourList(formatTumourList(x))` gives `x` back. */
export function formatTumourList(tumours: readonly PatientTumour[]): string {
  return tumours.map((t) => `${t.segment}:${Math.round(t.diameterMm * 100) / 100}`).join(',');
}

/** The patient's tumours as the procedure and the scene describe tumours (each at its segment's centre). */
export function toProcedureTumours(tumours: readonly PatientTumour[]): Tumour[] {
  return tumours.map((t, i) => ({
    id: `patientTumour${i + 1}`,
    segment: t.segment,
    diameterMm: t.diameterMm,
  }));
}
