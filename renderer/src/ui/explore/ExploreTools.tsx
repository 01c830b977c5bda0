import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { anglesFromNormal, normalFromAngles } from '../../explore/cutAngles';
import { CUT_OFFSET_LIMIT_MM, useExploreStore } from '../../store/exploreStore';
import { CommandSelect } from '../commands/CommandSelect';
import { CommandToggle } from '../commands/CommandToggle';

/** X-ray, segment colours, the cut plane and label density: native controls, keyboard operable. */
export function ExploreTools() {
  const { t } = useTranslation();
  const axis = useExploreStore((s) => s.cut.axis);
  const offset = useExploreStore((s) => s.cut.offsetMm);
  const angles = useExploreStore(useShallow((s) => anglesFromNormal(s.cut.normal)));
  const store = useExploreStore.getState;
  return (
    <fieldset className="explore-tools" style={{ border: 0, padding: 0, margin: '0 0 12px' }}>
      <legend style={{ fontWeight: 600, marginBottom: 6 }}>{t('explore.tools')}</legend>
      <CommandToggle command="toggleXray" style={{ display: 'flex', gap: 6 }}>
        {t('explore.xray')}
      </CommandToggle>
      <CommandToggle command="toggleSegments" style={{ display: 'flex', gap: 6 }}>
        {t('explore.segmentTint')}
      </CommandToggle>
      <label style={{ display: 'flex', gap: 6, alignItems: 'center', marginTop: 6 }}>
        <span>{t('explore.cut')}</span>
        <CommandSelect command="setCutAxis" optionLabel={(a) => t(`explore.cutAxis.${a}`)} />
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
        <CommandSelect command="setLabelDensity" optionLabel={(d) => t(`explore.labelDensity.${d}`)} />
      </label>
    </fieldset>
  );
}
