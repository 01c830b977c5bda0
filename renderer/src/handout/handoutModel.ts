// What goes into the handout, worked out without a renderer or a page: titles, captions, the
// moment and viewpoint of each step's picture, the tumour list, "What to expect", the closing
// summary and the references they cite, numbered in order of first use.
import { formatLongDate } from '../i18n/format';
import { CLOSING_SECTIONS, EXPECT_SECTIONS, type ProcedureContent } from '../patient/content';
import type { PatientTumour } from '../patient/tumourList';
import type { CameraBookmark, Procedure, Step } from '../procedure/schema';
import { stepStartS } from '../procedure/timeline';
import type { Reference } from '../references/catalogue';

export type Translate = (key: string, options?: Record<string, string | number>) => string;

export interface HandoutStatement {
  text: string;
  /** Numbers in the handout's reference list. */
  cites: number[];
}

export interface HandoutSection {
  heading: string;
  statements: HandoutStatement[];
}

export interface HandoutStep {
  id: string;
  number: number;
  title: string;
  caption: string;
  cites: number[];
  /** Procedure time of the picture: the step once its changes have settled. */
  timeS: number;
  camera: CameraBookmark;
  alt: string;
}

export interface HandoutModel {
  title: string;
  date: string;
  summary: string;
  steps: HandoutStep[];
  tumourMap: { items: string[]; alt: string; examples: boolean };
  whatToExpect: HandoutSection[];
  closing: HandoutSection[];
  references: Array<{ number: number; citation: string; url?: string }>;
  notice: string;
}

export interface HandoutInput {
  procedure: Procedure;
  content: ProcedureContent;
  references: readonly Reference[];
  /** The tumours shown; `examples` when they are the procedure's, not the patient's. */
  tumours: readonly PatientTumour[];
  examples: boolean;
  date: Date;
  /** The language the handout is printed in (its date's format); English when absent. */
  language?: string;
  t: Translate;
}

/**
 * The moment a step's picture shows: after its devices have moved (its transition, 2 minutes by
 * default) and half-way to its end, so the picture shows the step's state rather than the change.
 */
export function settledTimeS(procedure: Procedure, index: number): number {
  const step = procedure.steps[index] as Step;
  const start = stepStartS(procedure, index);
  const durationS = step.durationMin * 60;
  const transitionS = Math.min(durationS, (step.transitionMin ?? 2) * 60);
  return start + (transitionS + durationS) / 2 - Math.min(1, durationS / 4);
}

export function buildHandoutModel(input: HandoutInput): HandoutModel {
  const { procedure, content, t } = input;
  const byId = new Map(input.references.map((r) => [r.id, r]));
  const numbers = new Map<string, number>();
  const cite = (ids: readonly string[]): number[] =>
    ids
      .filter((id) => byId.has(id))
      .map((id) => {
        let n = numbers.get(id);
        if (n === undefined) {
          n = numbers.size + 1;
          numbers.set(id, n);
        }
        return n;
      });

  const steps = procedure.steps.map((step, i) => {
    const title = t(step.titleKey);
    return {
      id: step.id,
      number: i + 1,
      title,
      caption: t(step.captionKey),
      cites: cite(step.references),
      timeS: settledTimeS(procedure, i),
      camera: procedure.cameras[step.camera] as CameraBookmark,
      alt: t('patient.handout.stepAlt', { number: i + 1, title }),
    };
  });

  const items = input.tumours.map((tumour, i) =>
    t('patient.handout.tumourItem', { index: i + 1, segment: tumour.segment, size: tumour.diameterMm }),
  );
  const alt =
    items.length === 0
      ? t('patient.handout.tumourMapNone')
      : t('patient.handout.tumourMapAlt', { count: items.length, list: items.join('; ') });

  const section = (heading: string, statements: ProcedureContent['closing']['next']): HandoutSection => ({
    heading,
    statements: statements.map((s) => ({ text: t(s.text), cites: cite(s.references) })),
  });
  const whatToExpect = EXPECT_SECTIONS.map((name) =>
    section(t(`patient.expect.${name}`), content.expect[name]),
  );
  const closing = CLOSING_SECTIONS.map((name) =>
    section(t(`patient.closing.${name}`), content.closing[name]),
  );

  const references = [...numbers.entries()].map(([id, number]) => {
    const reference = byId.get(id) as Reference;
    return reference.url
      ? { number, citation: reference.citation, url: reference.url }
      : { number, citation: reference.citation };
  });

  const procedureTitle = t(procedure.titleKey);
  return {
    title: t('patient.handout.title', { procedure: procedureTitle }),
    date: t('patient.handout.date', {
      date: formatLongDate(input.date, input.language ?? 'en'),
    }),
    summary: t(procedure.summaryKey),
    steps,
    tumourMap: { items, alt, examples: input.examples },
    whatToExpect,
    closing,
    references,
    notice: t('patient.handout.notice'),
  };
}
