import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { appContext } from '../commands/context';
import { performCommand } from '../commands/registry';
import { PANEL_TABS, type PanelTab, useAppStore } from '../store/appStore';
import { ChartsPanel } from './ChartsPanel';
import { CommandButton } from './commands/CommandButton';
import { ExplorePanel } from './explore/ExplorePanel';
import { ParameterPanel } from './ParameterPanel';
import { PatientPanel } from './patient/PatientPanel';
import { StepList } from './StepList';
import { ViewToggles } from './ViewToggles';

const TABS = PANEL_TABS;
type Tab = PanelTab;
/** The patient view shows no concentrations, AUCs or parameters. */
const PATIENT_VIEW_TABS: readonly Tab[] = ['steps', 'explore', 'patient'];

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
  patient: () => <PatientPanel />,
};

const TAB_LABEL: Partial<Record<Tab, string>> = { explore: 'explore.tab', patient: 'patient.tab' };

/** Steps, exploring the anatomy, drug levels and model parameters as tabs (arrow keys move between tabs, as ARIA expects). */
export function SidePanel() {
  const { t } = useTranslation();
  const chosen = useAppStore((s) => s.panel);
  const patientView = useAppStore((s) => s.patientView);
  const tabs: readonly Tab[] = patientView ? PATIENT_VIEW_TABS : TABS;
  const tab = tabs.includes(chosen) ? chosen : 'steps';
  const setTab = (next: Tab) => performCommand('showPanel', appContext(), next);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    event.stopPropagation();
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length] as Tab;
    setTab(next);
    tabRefs.current[tabs.indexOf(next)]?.focus();
  };

  return (
    <aside className="side-panel">
      <div className="panel-tabs" role="tablist" aria-label={t('panels.label')} onKeyDown={onKeyDown}>
        {tabs.map((id, i) => (
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
            {t(TAB_LABEL[id] ?? `panels.${id}`)}
          </CommandButton>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel-body">
        {CONTENT[tab]()}
      </div>
    </aside>
  );
}
