import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { openProcedureFile } from './openProcedureFile';

/**
 * Opens a procedure file from disk (a variant a teacher wrote). It is checked off the main thread;
 * every file gets a notice naming it, and one that fails leaves the procedure in use as it was.
 */
export function ProcedureFileButton() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);

  const onFile = (file: File) => openProcedureFile(file, { store: useAppStore.getState(), t });

  return (
    <>
      <button type="button" className="control control-text" onClick={() => inputRef.current?.click()}>
        {t('controls.openProcedure')}
      </button>
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
