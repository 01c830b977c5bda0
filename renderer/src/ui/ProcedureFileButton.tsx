import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseProcedureText } from '../procedure/loader';
import { isProcedureId } from '../procedure/registry';
import { useAppStore } from '../store/appStore';
import { CommandButton } from './commands/CommandButton';

/**
 * Opens a procedure file from disk (a variant a teacher wrote). A file that fails validation is
 * reported with its name and field, and the procedure in use stays as it was.
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

  const onFile = async (file: File) => {
    const store = useAppStore.getState();
    const result = parseProcedureText(await file.text(), file.name);
    if (!result.ok) {
      store.addNotice(t('app.loadError', { message: result.error }));
      return;
    }
    const id = result.procedure.id;
    if (!isProcedureId(id)) {
      store.addNotice(t('app.loadError', { message: `${file.name}: id: must be php or ihp` }));
      return;
    }
    store.replaceProcedure(id, result.procedure);
    store.setProcedure(id);
  };

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
