import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { Icon } from './Icon';

/** Play/Pause; its accessible name says what pressing it will do. */
export function PlayButton() {
  const { t } = useTranslation();
  const playing = useAppStore((s) => s.playing);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const label = playing ? t('controls.pause') : t('controls.play');
  return (
    <button type="button" className="control control-primary" aria-label={label} onClick={togglePlay}>
      <Icon name={playing ? 'pause' : 'play'} />
    </button>
  );
}
