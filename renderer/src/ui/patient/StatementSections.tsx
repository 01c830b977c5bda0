import { useTranslation } from 'react-i18next';
import type { Statement } from '../../patient/content';
import { bundledReferences } from '../../references/bundled';

const referenceNumber = new Map(bundledReferences.references.map((r, i) => [r.id, i + 1]));

interface StatementSectionsProps {
  sections: ReadonlyArray<{ heading: string; statements: readonly Statement[] }>;
}

/** Headed lists of plain statements, each with the numbers of its sources in the References list. */
export function StatementSections({ sections }: StatementSectionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="patient-section">
          <h3>{section.heading}</h3>
          <ul>
            {section.statements.map((statement) => {
              const numbers = statement.references
                .map((id) => referenceNumber.get(id))
                .filter((n): n is number => n !== undefined);
              return (
                <li key={statement.text}>
                  {t(statement.text)}
                  {numbers.length > 0 ? (
                    <span className="patient-sources">
                      {' '}
                      {t('patient.expect.sources', { list: numbers.join(', ') })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
