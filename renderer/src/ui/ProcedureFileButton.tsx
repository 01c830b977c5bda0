import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { CommandButton } from './commands/CommandButton';
import { openProcedureFile } from './openProcedureFile';

/**
 * Opens a procedure file from disk (a variant a teacher wrote). It is checked off the main thread;
 * every file gets a notice naming it, and one that fails leaves the procedure in use as it was.
 */
export function ProcedureFileButton() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const requests = useAppStore((s) => s.procedureFileRequests);
  const seen = useRef(requests);
  // The openProcedureFile command asks for the picker; the file input is what opens it.
  useEffect(() => {
    if (requests === seen.current) return;
    seen.current = requests;
    inputRef.current?.click();
  }, [requests]);

  const onFile = (file: File) => openProcedureFile(file, { store: useAppStore.getState(), t });

  return (
    <>
      <CommandButton command="openProcedureFile" />
      <input
        ref={inputRef}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('controls.openProcedure')}
        data-testid="procedure-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void onFile(file);
          event.target.value = '';
        }}
      />
    </>
  );
}
