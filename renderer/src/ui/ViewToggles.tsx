import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';

/** Labels on/off, camera following the steps, and a way back to the step's view. */
export function ViewToggles() {
  const { t } = useTranslation();
  const labels = useAppStore((s) => s.labels);
  const followSteps = useAppStore((s) => s.followSteps);
  const setLabels = useAppStore((s) => s.setLabels);
  const setFollowSteps = useAppStore((s) => s.setFollowSteps);
  const resetView = useAppStore((s) => s.resetView);
  return (
    <div className="view-toggles">
      <label className="toggle">
        <input type="checkbox" checked={labels} onChange={(event) => setLabels(event.target.checked)} />
        <span>{t('controls.labels')}</span>
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={followSteps}
          onChange={(event) => setFollowSteps(event.target.checked)}
        />
        <span>{t('controls.followSteps')}</span>
      </label>
      <button type="button" className="control control-text" onClick={resetView}>
        {t('controls.resetView')}
      </button>
    </div>
  );
}
