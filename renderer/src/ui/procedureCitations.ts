import { parameterDefinitions } from '../physiology';
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

/** What each model parameter's default cites, named like the parameter panel names it. */
export function parameterCitations(
  catalogue: ProcedureCatalogue,
  t: Translate,
): Array<{ by: string; references: readonly string[] }> {
  return Object.values(catalogue.procedures).flatMap((procedure) =>
    parameterDefinitions(procedure)
      .filter((definition) => definition.source.length > 0)
      .map((definition) => ({
        by: t('references.parameter', {
          procedure: t(procedure.titleKey),
          parameter: t(`${definition.labelKey}.label`),
        }),
        references: definition.source,
      })),
  );
}
