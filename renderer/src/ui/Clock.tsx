import { useAppStore } from '../store/appStore';
import { formatProcedureTime } from './formatTime';
import { useFillIn } from './useFillIn';

/** Procedure time, not wall time: the whole procedure plays in a few minutes. */
export function Clock() {
  const clockText = useFillIn('controls.clock', 'time');
  const timeS = useAppStore((s) => Math.floor(s.timeS));
  return (
    <output className="clock" data-testid="clock">
      {clockText(formatProcedureTime(timeS))}
    </output>
  );
}
