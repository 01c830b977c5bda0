import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CORNER_HOLD_MS, registerCornerTap } from './cornerGesture';

/**
 * The app's title in the top-left corner, which is also the operator's door: five taps within four
 * seconds, the fifth held for two, open the PIN screen (see cornerGesture.ts). Not a control for
 * visitors: no role, not focusable.
 */
export function OperatorCorner({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation();
  const taps = useRef<number[]>([]);
  const hold = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(hold.current), []);
  const release = () => window.clearTimeout(hold.current);
  return (
    <div
      className="kiosk-title"
      data-testid="kiosk-operator-corner"
      onPointerDown={() => {
        const result = registerCornerTap(taps.current, Date.now());
        taps.current = result.taps;
        if (result.armed) hold.current = window.setTimeout(onOpen, CORNER_HOLD_MS);
      }}
      onPointerUp={release}
      onPointerCancel={release}
      onPointerLeave={release}
    >
      {t('app.title')}
    </div>
  );
}
