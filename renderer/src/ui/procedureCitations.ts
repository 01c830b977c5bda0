import type { ProcedureCatalogue } from '../procedure/registry';

type Translate = (key: string, options?: Record<string, string>) => string;

/** What each procedure's steps and drug dose cite, named the way the person sees them. */
export function procedureCitations(
  catalogue: ProcedureCatalogue,
  t: Translate,
): Array<{ by: string; references: readonly string[] }> {
  const citations: Array<{ by: string; references: readonly string[] }> = [];
  for (const procedure of Object.values(catalogue.procedures)) {
    const name = t(procedure.titleKey);
    citations.push({
      by: t('references.dose', { procedure: name, drug: t(procedure.drug.nameKey) }),
      references: procedure.drug.references,
    });
    for (const step of procedure.steps) {
      citations.push({
        by: t('references.step', { procedure: name, step: t(step.titleKey) }),
        references: step.references,
      });
    }
  }
  return citations;
}
