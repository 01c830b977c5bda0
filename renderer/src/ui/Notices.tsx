import { useAppStore } from '../store/appStore';
import { CommandButton } from './commands/CommandButton';

/** Problems with files or links, each dismissable; the app keeps running on safe defaults. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    // The alert wraps the list: a list given another role loses its items' meaning.
    <div role="alert">
      <ul className="notices">
        {notices.map((notice, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same message can appear twice; order is the identity
          <li key={i} className="notice">
            <span>{notice}</span>
            <CommandButton command="dismissNotice" arg={i} />
          </li>
        ))}
      </ul>
    </div>
  );
}
