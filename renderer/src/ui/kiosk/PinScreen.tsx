import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getHepaticApi } from '../../platform/platform';
import { useAppStore } from '../../store/appStore';
import { useKioskStore } from './kioskStore';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
const MAX_PIN_LENGTH = 12;

/**
 * The operator's screen: start-up problems (config file, launch options, procedure files), which
 * visitors never see, and a PIN keypad that closes the kiosk through the desktop shell.
 */
export function PinScreen({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const warnings = useKioskStore((s) => s.operatorWarnings);
  const notices = useAppStore((s) => s.notices);
  const problems = [...warnings, ...notices];
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);

  const type = (digits: string) => setPin((p) => (p + digits.replace(/\D/g, '')).slice(0, MAX_PIN_LENGTH));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const api = getHepaticApi();
    if (!api) {
      setMessage(t('kiosk.pin.desktopOnly'));
      return;
    }
    setBusy(true);
    try {
      const result = await api.operatorExit(pin);
      if (result.outcome === 'ok') setMessage(t('kiosk.pin.closing'));
      else if (result.outcome === 'locked') setMessage(t('kiosk.pin.locked', { count: result.retryInS }));
      else if (result.outcome === 'no-pin') setMessage(t('kiosk.pin.noPin'));
      else setMessage(t('kiosk.pin.wrong'));
    } catch {
      setMessage(t('kiosk.pin.wrong'));
    } finally {
      setPin('');
      setBusy(false);
    }
  };

  return (
    <div className="kiosk-layer kiosk-pin" role="dialog" aria-modal="true" aria-labelledby="kiosk-pin-title">
      <form className="kiosk-card kiosk-pin-card" onSubmit={submit}>
        <h2 id="kiosk-pin-title">{t('kiosk.pin.title')}</h2>
        <section className="kiosk-problems" aria-labelledby="kiosk-problems-title">
          <h3 id="kiosk-problems-title">{t('kiosk.pin.problems')}</h3>
          {problems.length === 0 ? (
            <p>{t('kiosk.pin.noProblems')}</p>
          ) : (
            <ul data-testid="kiosk-problems">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </section>
        <label className="kiosk-pin-field">
          <span>{t('kiosk.pin.prompt')}</span>
          <input
            ref={field}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            aria-label={t('kiosk.pin.field')}
            value={pin}
            maxLength={MAX_PIN_LENGTH}
            onChange={(event) => setPin(event.target.value.replace(/\D/g, '').slice(0, MAX_PIN_LENGTH))}
          />
        </label>
        <div className="kiosk-keypad">
          {DIGITS.map((digit) => (
            <button key={digit} type="button" className="kiosk-key" onClick={() => type(digit)}>
              {digit}
            </button>
          ))}
          <button
            type="button"
            className="kiosk-key kiosk-key-wide"
            onClick={() => setPin((p) => p.slice(0, -1))}
          >
            {t('kiosk.pin.delete')}
          </button>
        </div>
        <p className="kiosk-pin-message" role="status">
          {message}
        </p>
        <div className="kiosk-pin-actions">
          <button type="button" className="kiosk-big-button kiosk-secondary" onClick={onClose}>
            {t('kiosk.pin.cancel')}
          </button>
          <button type="submit" className="kiosk-big-button" disabled={busy || pin.length === 0}>
            {t('kiosk.pin.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
