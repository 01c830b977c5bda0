import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../commands/context';
import { performCommand } from '../commands/registry';
import { PANEL_TABS, type PanelTab, useAppStore } from '../store/appStore';
import { ChartsPanel } from './ChartsPanel';
import { CommandButton } from './commands/CommandButton';
import { ExplorePanel } from './explore/ExplorePanel';
import { ParameterPanel } from './ParameterPanel';
import { StepList } from './StepList';
import { ViewToggles } from './ViewToggles';

const TABS = PANEL_TABS;
type Tab = PanelTab;

const CONTENT: Record<Tab, () => ReactNode> = {
  steps: () => (
    <>
      <StepList />
      <ViewToggles />
    </>
  ),
  explore: () => <ExplorePanel />,
  charts: () => <ChartsPanel />,
  parameters: () => <ParameterPanel />,
};

/** Steps, exploring the anatomy, drug levels and model parameters as tabs (arrow keys move between tabs, as ARIA expects). */
export function SidePanel() {
  const { t } = useTranslation();
  const tab = useAppStore((s) => s.panel);
  const setTab = (next: Tab) => performCommand('showPanel', appContext(), next);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    tabRefs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <aside className="side-panel">
      <div className="panel-tabs" role="tablist" aria-label={t('panels.label')} onKeyDown={onKeyDown}>
        {TABS.map((id, i) => (
          <CommandButton
            key={id}
            command="showPanel"
            arg={id}
            nameFromContent
            showPressed={false}
            extra={{
              ref: (element: HTMLButtonElement | null) => {
                tabRefs.current[i] = element;
              },
              role: 'tab',
              id: `tab-${id}`,
              'aria-selected': tab === id,
              'aria-controls': `panel-${id}`,
              tabIndex: tab === id ? 0 : -1,
            }}
          >
            {t(id === 'explore' ? 'explore.tab' : `panels.${id}`)}
          </CommandButton>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel-body">
        {CONTENT[tab]()}
      </div>
    </aside>
  );
}
