import { useTranslation } from 'react-i18next';
import { PLAYBACK_SPEEDS, type PlaybackSpeed, useAppStore } from '../store/appStore';

export function SpeedSelect() {
  const { t } = useTranslation();
  const speed = useAppStore((s) => s.speed);
  const setSpeed = useAppStore((s) => s.setSpeed);
  return (
    <label className="field">
      <span>{t('controls.speed')}</span>
      <select value={speed} onChange={(event) => setSpeed(Number(event.target.value) as PlaybackSpeed)}>
        {PLAYBACK_SPEEDS.map((value) => (
          <option key={value} value={value}>
            {t('controls.speedValue', { speed: value })}
          </option>
        ))}
      </select>
    </label>
  );
}
