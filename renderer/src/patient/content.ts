// What a patient reads at the end of a procedure and on the "What to expect" page: data in
// assets/patient/content.json (locale keys and the references each statement rests on).

import raw from '@assets/patient/content.json';
import { z } from 'zod';
import type { ProcedureId } from '../procedure/registry';

const localeKey = z.string().regex(/^patient\.[a-zA-Z0-9.]+$/, 'must be a locale key under patient.');
const statement = z.object({
  text: localeKey,
  /** Reference ids; a statement with a figure must name at least one. */
  references: z.array(z.string().min(1)),
});
const section = z.array(statement).min(1);

export const CLOSING_SECTIONS = ['next', 'stay', 'sideEffects', 'callTeam'] as const;
export const EXPECT_SECTIONS = ['whoFor', 'day', 'after', 'risks'] as const;

const procedureContent = z.object({
  closing: z.object({ next: section, stay: section, sideEffects: section, callTeam: section }),
  expect: z.object({ whoFor: section, day: section, after: section, risks: section }),
});

export const patientContentSchema = z.object({
  schemaVersion: z.literal(1),
  procedures: z.object({ php: procedureContent, ihp: procedureContent }),
});

export type Statement = z.infer<typeof statement>;
export type ProcedureContent = z.infer<typeof procedureContent>;
export type PatientContent = z.infer<typeof patientContentSchema>;
export type ClosingSection = (typeof CLOSING_SECTIONS)[number];
export type ExpectSection = (typeof EXPECT_SECTIONS)[number];

/** The shipped content, validated; a broken file throws at start-up in tests, not in front of a patient. */
export const patientContent: PatientContent = patientContentSchema.parse(raw);

export function contentFor(procedureId: ProcedureId): ProcedureContent {
  return patientContent.procedures[procedureId];
}

/** Every statement and its references, for the References dialog's "used by" lines. */
export function patientCitations(
  t: (key: string, options?: Record<string, string>) => string,
): Array<{ by: string; references: readonly string[] }> {
  const citations: Array<{ by: string; references: readonly string[] }> = [];
  for (const [id, content] of Object.entries(patientContent.procedures)) {
    const procedure = t(`procedure.${id}.title`);
    for (const name of CLOSING_SECTIONS) {
      for (const s of content.closing[name]) {
        citations.push({ by: `${procedure}: ${t(`patient.closing.${name}`)}`, references: s.references });
      }
    }
    for (const name of EXPECT_SECTIONS) {
      for (const s of content.expect[name]) {
        citations.push({ by: `${procedure}: ${t(`patient.expect.${name}`)}`, references: s.references });
      }
    }
  }
  return citations;
}
