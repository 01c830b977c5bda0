import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bundledReferences } from '../references/bundled';
import { citationIndex } from '../references/catalogue';
import { useAppStore } from '../store/appStore';
import { CommandButton } from './commands/CommandButton';
import { parameterCitations, procedureCitations } from './procedureCitations';

/** A modal list of every source, with what in the app rests on it. Escape or Close dismisses it. */
export function ReferencesDialog() {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const catalogue = useAppStore((s) => s.catalogue);
  const open = useAppStore((s) => s.referencesOpen);
  const { usedBy } = useMemo(() => {
    const translate = (key: string, options?: Record<string, string>) => t(key, options ?? {});
    return citationIndex(bundledReferences, [
      ...procedureCitations(catalogue, translate),
      ...parameterCitations(catalogue, translate),
    ]);
  }, [catalogue, t]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className="references-dialog"
      aria-labelledby="references-title"
      // Escape closes the dialog itself; the store hears of it here.
      onClose={() => useAppStore.getState().setReferencesOpen(false)}
    >
      <h2 id="references-title">{t('references.title')}</h2>
      <p>{t('references.intro')}</p>
      <ol className="references-list">
        {bundledReferences.references.map((reference) => (
          <li key={reference.id} id={`ref-${reference.id}`}>
            <p className="citation">{reference.citation}</p>
            {reference.url ? <p className="citation-url">{reference.url}</p> : null}
            {usedBy.has(reference.id) ? (
              <p className="citation-use">
                {t('references.usedBy', { items: (usedBy.get(reference.id) ?? []).join('; ') })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <CommandButton command="closeReferences" />
    </dialog>
  );
}
