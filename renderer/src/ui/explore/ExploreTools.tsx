import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CutAxis } from '../../scene/anatomy/cutPlane';
import { CUT_OFFSET_LIMIT_MM, type LabelDensity, useExploreStore } from '../../store/exploreStore';
import { anglesFromNormal, normalFromAngles } from './cutAngles';

const AXES: ReadonlyArray<CutAxis | 'none'> = ['none', 'axial', 'coronal', 'sagittal', 'free'];
const DENSITIES: readonly LabelDensity[] = ['auto', 'few', 'all'];

/** X-ray, segment colours, the cut plane and label density: native controls, keyboard operable. */
export function ExploreTools() {
  const { t } = useTranslation();
  const xray = useExploreStore((s) => s.xray);
  const tint = useExploreStore((s) => s.segmentTint);
  const axis = useExploreStore((s) => s.cut.axis);
  const offset = useExploreStore((s) => s.cut.offsetMm);
  const density = useExploreStore((s) => s.labelDensity);
  const angles = useExploreStore(useShallow((s) => anglesFromNormal(s.cut.normal)));
  const store = useExploreStore.getState;
  return (
    <fieldset className="explore-tools" style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
      <legend style={{ fontWeight: 600, marginBottom: 6 }}>{t('explore.tools')}</legend>
      <label className="toggle" style={{ display: 'flex', gap: 6 }}>
        <input type="checkbox" checked={xray} onChange={(e) => store().setXray(e.target.checked)} />
        <span>{t('explore.xray')}</span>
      </label>
      <label className="toggle" style={{ display: 'flex', gap: 6 }}>
        <input type="checkbox" checked={tint} onChange={(e) => store().setSegmentTint(e.target.checked)} />
        <span>{t('explore.segmentTint')}</span>
      </label>
      <label style={{ display: 'flex', gap: 6, alignItems: 'center', marginTop: 6 }}>
        <span>{t('explore.cut')}</span>
        <select
          value={axis ?? 'none'}
          onChange={(e) => store().setCutAxis(e.target.value === 'none' ? null : (e.target.value as CutAxis))}
        >
          {AXES.map((a) => (
            <option key={a} value={a}>
              {t(`explore.cutAxis.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
        <span>{t('explore.cutOffset')}</span>
        <input
          type="range"
          min={-CUT_OFFSET_LIMIT_MM}
          max={CUT_OFFSET_LIMIT_MM}
          step={2}
          value={offset}
          disabled={axis === null}
          aria-valuetext={t('explore.cutOffsetValue', { value: offset })}
          onChange={(e) => store().setCutOffset(Number(e.target.value))}
        />
      </label>
      {axis === 'free' ? (
        <>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <span>{t('explore.cutTurn')}</span>
            <input
              type="range"
              min={-180}
              max={180}
              step={5}
              value={angles.turnDeg}
              aria-valuetext={t('explore.cutAngleValue', { value: angles.turnDeg })}
              onChange={(e) =>
                store().setCutNormal(normalFromAngles({ ...angles, turnDeg: Number(e.target.value) }))
              }
            />
          </label>
          <label style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
            <span>{t('explore.cutTilt')}</span>
            <input
              type="range"
              min={-90}
              max={90}
              step={5}
              value={angles.tiltDeg}
              aria-valuetext={t('explore.cutAngleValue', { value: angles.tiltDeg })}
              onChange={(e) =>
                store().setCutNormal(normalFromAngles({ ...angles, tiltDeg: Number(e.target.value) }))
              }
            />
          </label>
        </>
      ) : null}
      <label style={{ display: 'flex', gap: 6, alignItems: 'center', marginTop: 6 }}>
        <span>{t('explore.labels')}</span>
        <select value={density} onChange={(e) => store().setLabelDensity(e.target.value as LabelDensity)}>
          {DENSITIES.map((d) => (
            <option key={d} value={d}>
              {t(`explore.labelDensity.${d}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
