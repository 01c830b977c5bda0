/** Procedure time as h:mm:ss or m:ss, the way a theatre clock reads. */
export function formatProcedureTime(timeS: number): string {
  const total = Math.max(0, Math.floor(timeS));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
