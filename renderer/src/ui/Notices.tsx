import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';

/** Problems with files or links, each dismissable; the app keeps running on safe defaults. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" role="alert">
      {notices.map((notice, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same message can appear twice; order is the identity
        <li key={i} className="notice">
          <span>{notice}</span>
          <button type="button" className="control control-text" onClick={() => dismissNotice(i)}>
            {t('controls.close')}
          </button>
        </li>
      ))}
    </ul>
  );
}
