import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The idle warning: a countdown to the reset, and a big button to stay. */
export function StillThereNotice({
  secondsLeft,
  onKeepLooking,
}: {
  secondsLeft: number;
  onKeepLooking(): void;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div
      className="kiosk-layer kiosk-still-there"
      role="alertdialog"
      aria-labelledby="kiosk-still-there-title"
    >
      <div className="kiosk-card">
        <h2 id="kiosk-still-there-title">{t('kiosk.stillThere.title')}</h2>
        <p data-testid="kiosk-countdown">{t('kiosk.stillThere.text', { count: secondsLeft })}</p>
        <button ref={button} type="button" className="kiosk-big-button" onClick={onKeepLooking}>
          {t('kiosk.stillThere.keepLooking')}
        </button>
      </div>
    </div>
  );
}
