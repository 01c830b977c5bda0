import { useTranslation } from 'react-i18next';
import { CommandButton } from '../commands/CommandButton';

/**
 * Over the attract loop: the procedure plays underneath; a touch anywhere (this whole layer is one
 * button), a click or a key leaves it at step 1, paused (useKioskIdle hears the touch first; the
 * button's own command does the same, for keyboard and switch users).
 */
export function AttractOverlay() {
  const { t } = useTranslation();
  return (
    <CommandButton
      command="kioskLeaveAttract"
      className="kiosk-layer kiosk-attract"
      showPressed={false}
      nameFromContent
      extra={{ 'data-testid': 'kiosk-attract' }}
    >
      <span className="kiosk-attract-title">{t('kiosk.attract.touchToStart')}</span>
      <span className="kiosk-attract-subtitle">{t('kiosk.attract.subtitle')}</span>
    </CommandButton>
  );
}
