import { useMemo, useRef } from 'react';
import { formatProcedureTime } from './formatTime';
import { useFillIn } from './useFillIn';
import { usePlayheadWriter } from './usePlayheadWriter';

/** Procedure time, not wall time: the whole procedure plays in a few minutes. */
export function Clock() {
  const clockText = useFillIn('controls.clock', 'time');
  const ref = useRef<HTMLOutputElement>(null);
  // Written straight into the element, and only when the whole second shown changes.
  const write = useMemo(() => {
    let shown = Number.NaN;
    return (timeS: number) => {
      const whole = Math.floor(timeS);
      if (!ref.current || whole === shown) return;
      shown = whole;
      ref.current.textContent = clockText(formatProcedureTime(whole));
    };
  }, [clockText]);
  usePlayheadWriter(write);
  return <output ref={ref} className="clock" data-testid="clock" />;
}
