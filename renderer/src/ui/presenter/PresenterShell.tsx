import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClassroomStore } from '../../classroom/classroomStore';
import { usePresenterLink } from '../../classroom/useClassroomLinks';
import { Caption } from '../Caption';
import { CommandButton } from '../commands/CommandButton';
import { LanguageSwitch } from '../language/LanguageSwitch';
import { ReviewNotice } from '../language/ReviewNotice';
import { Notices } from '../Notices';
import { ProcedureSwitch } from '../ProcedureSwitch';
import { StepList } from '../StepList';
import { useKeyboardShortcuts } from '../useKeyboardShortcuts';
import { ViewToggles } from '../ViewToggles';
import { AudienceStatus } from './AudienceStatus';
import { ElapsedClock } from './ElapsedClock';
import { NextStep } from './NextStep';
import { SpeakerNotes } from './SpeakerNotes';
import './presenter.css';
import { Transport } from '../Transport';

/**
 * The lecturer's console: the scene as the room sees it, the notes for this step, what comes next,
 * the timeline and the controls. It is the only writer; audience windows follow it.
 */
export function PresenterShell({
  scene,
}: {
  /** The 3D view (the UI does not reach into the scene itself). */ scene: ReactNode;
}) {
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
          <LanguageSwitch />
          <CommandButton command="openAudienceWindow" />
          <CommandButton command="toggleHighContrast" />
        </div>
      </header>
      <Notices />
      <main className={panelsHidden ? 'presenter-main presenter-main-full' : 'presenter-main'}>
        <div className="scene-column">
          {scene}
          <Caption />
        </div>
        <aside className="presenter-side" aria-label={t('classroom.console.sideLabel')}>
          <SpeakerNotes />
          <NextStep />
          <StepList />
        </aside>
      </main>
      <footer className="app-footer">
        <Transport />
        <div className="presenter-toggles">
          <ViewToggles />
          <CommandButton command="toggleXray" />
          <CommandButton command="blankBlack" />
          <CommandButton command="blankWhite" />
          <CommandButton command="togglePanels" />
          <CommandButton command="toggleFullscreen" />
          <AudienceStatus />
        </div>
        <p className="disclaimer" role="note">
          {t('app.disclaimer')}
          <ReviewNotice />
        </p>
      </footer>
    </div>
  );
}
