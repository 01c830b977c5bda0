import { useTranslation } from 'react-i18next';
import { useClassroomStore } from '../../classroom/classroomStore';
import { usePresenterLink } from '../../classroom/useClassroomLinks';
import { SceneView } from '../../scene/SceneView';
import { Caption } from '../Caption';
import { Clock } from '../Clock';
import { Notices } from '../Notices';
import { PlayButton } from '../PlayButton';
import { ProcedureSwitch } from '../ProcedureSwitch';
import { SpeedSelect } from '../SpeedSelect';
import { NextStepButton, PreviousStepButton } from '../StepButtons';
import { StepList } from '../StepList';
import { Timeline } from '../Timeline';
import { useKeyboardShortcuts } from '../useKeyboardShortcuts';
import { ViewToggles } from '../ViewToggles';
import { AudienceStatus } from './AudienceStatus';
import { CommandToggle } from './CommandToggle';
import { ElapsedClock } from './ElapsedClock';
import { NextStep } from './NextStep';
import { SpeakerNotes } from './SpeakerNotes';
import './presenter.css';

/**
 * The lecturer's console: the scene as the room sees it, the notes for this step, what comes next,
 * the timeline and the controls. It is the only writer; audience windows follow it.
 */
export function PresenterShell() {
  const { t } = useTranslation();
  const panelsHidden = useClassroomStore((s) => s.panelsHidden);
  useKeyboardShortcuts();
  usePresenterLink(true);
  return (
    <div className="app presenter" data-testid="presenter-console">
      <header className="app-header">
        <h1 className="app-title">{t('classroom.console.title')}</h1>
        <ProcedureSwitch />
        <ElapsedClock />
        <div className="header-actions">
          <CommandToggle id="openAudienceWindow" />
          <CommandToggle id="toggleHighContrast" />
        </div>
      </header>
      <Notices />
      <main className={panelsHidden ? 'presenter-main presenter-main-full' : 'presenter-main'}>
        <div className="scene-column">
          <SceneView />
          <Caption />
        </div>
        <aside className="presenter-side" aria-label={t('classroom.console.sideLabel')}>
          <SpeakerNotes />
          <NextStep />
          <StepList />
        </aside>
      </main>
      <footer className="app-footer">
        <div className="transport">
          <PreviousStepButton />
          <PlayButton />
          <NextStepButton />
          <Timeline />
          <Clock />
          <SpeedSelect />
        </div>
        <div className="presenter-toggles">
          <ViewToggles />
          <CommandToggle id="toggleXray" />
          <CommandToggle id="blankBlack" />
          <CommandToggle id="blankWhite" />
          <CommandToggle id="togglePanels" />
          <CommandToggle id="toggleFullscreen" />
          <AudienceStatus />
        </div>
        <p className="disclaimer" role="note">
          {t('app.disclaimer')}
        </p>
      </footer>
    </div>
  );
}
