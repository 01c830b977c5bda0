import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { commandById, performCommand } from '../../commands/registry';
import { useAppStore } from '../../store/appStore';

/** A button for one registered command: its label, its pressed and enabled state, its action. */
export function PatientCommandButton({ id }: { id: string }) {
  const { t } = useTranslation();
  // Re-render when the app state changes, so enabled and pressed stay current.
  useAppStore((s) => `${s.mode}|${s.patientView}|${s.patientDialog}`);
  const command = commandById(id);
  if (!command) return null;
  const ctx = appContext();
  const pressed = command.isPressed?.(ctx);
  const enabled = command.isEnabled?.(ctx) ?? true;
  return (
    <button
      type="button"
      className="control control-text"
      aria-pressed={pressed}
      disabled={!enabled}
      onClick={() => performCommand(id)}
    >
      {t(command.labelKey)}
    </button>
  );
}
