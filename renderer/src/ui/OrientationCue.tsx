import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { orientationKey } from '../explore/viewOrientation';
import { readViewOrientation, subscribeViewOrientation } from '../runtime/viewOrientationSignal';

/**
 * A small note over the scene whenever the view is not from the front: which side it is seen
 * from, and on which side of the screen the patient's right lies. Hidden for front views, where
 * the picture reads like an atlas page.
 */
export function OrientationCue() {
  const { t } = useTranslation();
  const orientation = useSyncExternalStore(subscribeViewOrientation, readViewOrientation);
  const key = orientationKey(orientation);
  if (!key) return null;
  const rightOnRight = orientation.patientRightOnScreen === 'right';
  return (
    <p
      className="orientation-cue"
      role="note"
      aria-label={t('orientation.name')}
      data-testid="orientation-cue"
    >
      <span className="orientation-cue-side">{t(key)}</span>
      <span className="orientation-cue-right">
        {rightOnRight ? null : <span aria-hidden="true">← </span>}
        {t('orientation.patientRight')}
        {rightOnRight ? <span aria-hidden="true"> →</span> : null}
      </span>
    </p>
  );
}
