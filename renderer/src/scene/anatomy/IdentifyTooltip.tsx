import { useTranslation } from 'react-i18next';
import { localeKeysOf } from '../../explore/structureGroups';
import { frame } from '../../runtime';
import { useExploreStore } from '../../store/exploreStore';

/** The tooltip element; the picker moves it by writing its transform on every pointer move. */
export const tooltipElement: { current: HTMLDivElement | null } = { current: null };

const STYLE: React.CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  maxWidth: 280,
  padding: '6px 9px',
  borderRadius: 6,
  background: 'rgb(12 17 22 / 88%)',
  color: '#fff',
  font: '13px/1.35 system-ui, sans-serif',
  boxShadow: '0 2px 8px rgb(0 0 0 / 35%)',
  pointerEvents: 'none',
  // Above the scene labels (z-index 1, labels.css), which share the same stacking context.
  zIndex: 5,
};

/** Name and one plain sentence for the structure under the pointer; re-renders only when it changes. */
export function IdentifyTooltip() {
  const { t } = useTranslation();
  const hovered = useExploreStore((s) => s.hovered);
  const keys = hovered ? localeKeysOf(hovered) : null;
  const tumour = hovered?.startsWith('tumour:') ? frame.tumours.get(hovered.slice(7)) : undefined;
  return (
    <div
      ref={(element) => {
        tooltipElement.current = element;
      }}
      role="tooltip"
      data-testid="identify"
      style={{ ...STYLE, display: keys ? 'block' : 'none' }}
    >
      {keys && (
        <>
          <strong style={{ display: 'block' }}>
            {tumour
              ? t('explore.tumourName', { segment: tumour.segment, size: tumour.diameterMm })
              : t(keys.name)}
          </strong>
          <span>{t(keys.about)}</span>
        </>
      )}
    </div>
  );
}
