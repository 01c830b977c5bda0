import { useClassroomStore } from '../../classroom/classroomStore';
import './audience.css';

/** Covers the whole window in black or white while the lecturer has blanked the screen. */
export function BlankOverlay() {
  const blank = useClassroomStore((s) => s.blank);
  if (!blank) return null;
  return <div className={`blank-overlay blank-${blank}`} data-testid="blank-overlay" aria-hidden="true" />;
}
