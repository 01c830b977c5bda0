import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../../commands/context';
import { performCommand } from '../../commands/registry';
import { localeKeysOf } from '../../explore/structureGroups';
import { structureList } from '../../explore/structureList';
import { currentProcedure, useAppStore } from '../../store/appStore';
import { useExploreStore } from '../../store/exploreStore';
import { CommandButton } from '../commands/CommandButton';
import { CommandToggle } from '../commands/CommandToggle';
import './structureList.css';

const ROW: React.CSSProperties = { display: 'flex', alignItems: 'center', gap: 6, minHeight: 26 };

/**
 * The list and the 3D view pick out the same structure: pointing at a row highlights it in 3D. (Keyboard
 * focus on a row does not, so the picture does not change under someone working the boxes; from the
 * keyboard, the 3D view steps through its structures itself.)
 */
function pickFromList(id: string): void {
  performCommand('highlightStructure', appContext(), id);
}

function unpickFromList(): void {
  if (useExploreStore.getState().picked.from === 'list') performCommand('stopStructures', appContext());
}

function Row({
  id,
  name,
  opacity,
  member,
}: {
  id: string;
  name: string;
  opacity?: boolean;
  member?: boolean;
}) {
  const { t } = useTranslation();
  const value = useExploreStore((s) => s.opacity[id]);
  // …and a structure hovered or picked out in 3D is marked here.
  const highlighted = useExploreStore((s) => s.hovered === id);
  const store = useExploreStore.getState;
  return (
    <div
      style={ROW}
      data-structure={id}
      className={highlighted ? 'structure-row is-highlighted' : 'structure-row'}
      onPointerEnter={member ? () => pickFromList(id) : undefined}
      onPointerLeave={member ? unpickFromList : undefined}
    >
      <CommandToggle
        command="toggleShown"
        arg={id}
        className=""
        style={{ display: 'flex', gap: 6, flex: 1 }}
        ariaLabel={t('explore.show', { name })}
      >
        {name}
      </CommandToggle>
      {opacity && (
        <input
          type="range"
          min={0}
          max={1}
          step={0.05}
          value={value ?? 1}
          style={{ width: 70 }}
          aria-label={t('explore.opacity', { name })}
          onChange={(e) =>
            store().setOpacity(id, Number(e.target.value) >= 1 ? null : Number(e.target.value))
          }
        />
      )}
      <CommandButton command="toggleIsolated" arg={id} ariaLabel={t('explore.isolate', { name })}>
        {t('explore.isolateShort')}
      </CommandButton>
    </div>
  );
}

/** Show, hide, isolate and fade every structure or group: the anatomy browser's list. */
export function StructureList() {
  const { t } = useTranslation();
  const procedure = useAppStore((s) => currentProcedure(s));
  const groups = useMemo(() => structureList(procedure), [procedure]);
  const nameOf = (id: string) => {
    if (id.startsWith('tumour:')) {
      const tumour = procedure.tumours.find((x) => `tumour:${x.id}` === id);
      if (tumour) return t('explore.tumourName', { segment: tumour.segment, size: tumour.diameterMm });
    }
    return t(localeKeysOf(id).name);
  };
  return (
    <section aria-label={t('explore.structures')}>
      <div style={{ ...ROW, justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0, fontSize: 14 }}>{t('explore.structures')}</h3>
        <CommandButton command="showAll">{t('explore.showAll')}</CommandButton>
      </div>
      {groups.map(({ group, members }) => {
        const groupName = t(`explore.group.${group}`);
        const many = members.length > 1 || (members.length === 1 && members[0] !== group);
        return (
          <div key={group} style={{ borderTop: '1px solid rgb(127 127 127 / 25%)', paddingTop: 2 }}>
            <Row id={group} name={groupName} opacity={group !== 'segments' && group !== 'circuit'} />
            {many && (
              <details style={{ marginLeft: 20 }}>
                <summary>{t('explore.structures')}</summary>
                {members.map((id) => (
                  <Row key={id} id={id} name={nameOf(id)} member />
                ))}
              </details>
            )}
          </div>
        );
      })}
    </section>
  );
}
