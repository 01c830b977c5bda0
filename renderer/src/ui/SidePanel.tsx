import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartsPanel } from './ChartsPanel';
import { ExplorePanel } from './explore/ExplorePanel';
import { ParameterPanel } from './ParameterPanel';
import { StepList } from './StepList';
import { ViewToggles } from './ViewToggles';

const TABS = ['steps', 'explore', 'charts', 'parameters'] as const;
type Tab = (typeof TABS)[number];

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
  const [tab, setTab] = useState<Tab>('steps');
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
          <button
            key={id}
            ref={(element) => {
              tabRefs.current[i] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="control control-text"
            onClick={() => setTab(id)}
          >
            {t(id === 'explore' ? 'explore.tab' : `panels.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel-body">
        {CONTENT[tab]()}
      </div>
    </aside>
  );
}
