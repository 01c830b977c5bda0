import { useTranslation } from 'react-i18next';

/**
 * Over the attract loop: the procedure plays underneath; a touch anywhere (this whole layer is one
 * button), a click or a key leaves it at step 1, paused (useKioskIdle hears the touch first).
 */
export function AttractOverlay({ onLeave }: { onLeave(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="kiosk-layer kiosk-attract" data-testid="kiosk-attract" onClick={onLeave}>
      <span className="kiosk-attract-title">{t('kiosk.attract.touchToStart')}</span>
      <span className="kiosk-attract-subtitle">{t('kiosk.attract.subtitle')}</span>
    </button>
  );
}
