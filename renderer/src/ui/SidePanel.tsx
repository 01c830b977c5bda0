import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { ChartsPanel } from './ChartsPanel';
import { ExplorePanel } from './explore/ExplorePanel';
import { ParameterPanel } from './ParameterPanel';
import { PatientPanel } from './patient/PatientPanel';
import { StepList } from './StepList';
import { ViewToggles } from './ViewToggles';

const TABS = ['steps', 'explore', 'charts', 'parameters', 'patient'] as const;
/** The patient view shows no concentrations, AUCs or parameters. */
const PATIENT_VIEW_TABS: readonly Tab[] = ['steps', 'explore', 'patient'];
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
  patient: () => <PatientPanel />,
};

const TAB_LABEL: Partial<Record<Tab, string>> = { explore: 'explore.tab', patient: 'patient.tab' };

/** Steps, exploring the anatomy, drug levels and model parameters as tabs (arrow keys move between tabs, as ARIA expects). */
export function SidePanel() {
  const { t } = useTranslation();
  const [chosen, setTab] = useState<Tab>('steps');
  const patientView = useAppStore((s) => s.patientView);
  const tabs = patientView ? PATIENT_VIEW_TABS : TABS;
  const tab = tabs.includes(chosen) ? chosen : 'steps';
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
            {t(TAB_LABEL[id] ?? `panels.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="panel-body">
        {CONTENT[tab]()}
      </div>
    </aside>
  );
}
