import { useTranslation } from 'react-i18next';
import { useClassroomDocument } from './classroom/useClassroomDocument';
import { KIOSK_CAMERA_LIMITS } from './scene/kioskCamera';
import { SceneView } from './scene/SceneView';
import { useAppStore } from './store/appStore';
import { AudienceShell } from './ui/audience/AudienceShell';
import { BlankOverlay } from './ui/audience/BlankOverlay';
import { Caption } from './ui/Caption';
import { CommandButton } from './ui/commands/CommandButton';
import { DrugLegend } from './ui/DrugLegend';
import { KioskApp } from './ui/kiosk/KioskApp';
import { LanguageSwitch } from './ui/language/LanguageSwitch';
import { ReviewNotice } from './ui/language/ReviewNotice';
import { Notices } from './ui/Notices';
import { ProcedureFileButton } from './ui/ProcedureFileButton';
import { ProcedureSwitch } from './ui/ProcedureSwitch';
import { PatientLayer } from './ui/patient/PatientLayer';
import { PresenterShell } from './ui/presenter/PresenterShell';
import { ReferencesDialog } from './ui/ReferencesDialog';
import { SidePanel } from './ui/SidePanel';
import { Transport } from './ui/Transport';
import { useKeyboardShortcuts } from './ui/useKeyboardShortcuts';

/** One shell per mode: the kiosk's touch screen, the lecturer's console, the room's picture, or the app as a person uses it. */
export function App() {
  const mode = useAppStore((s) => s.mode);
  useClassroomDocument(mode);
  if (mode === 'kiosk') return <KioskApp scene={<SceneView cameraLimits={KIOSK_CAMERA_LIMITS} />} />;
  if (mode === 'presenter') return <PresenterShell scene={<SceneView />} />;
  if (mode === 'audience') return <AudienceShell scene={<SceneView />} />;
  return <StandardShell />;
}

function StandardShell() {
  const { t } = useTranslation();
  useKeyboardShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">{t('app.title')}</h1>
        <ProcedureSwitch />
        <div className="header-actions">
          <LanguageSwitch />
          <ProcedureFileButton />
          <CommandButton command="openReferences" />
        </div>
      </header>
      <Notices />
      <main className="app-main">
        <div className="scene-column">
          <SceneView />
          <DrugLegend />
          <Caption />
          <PatientLayer />
        </div>
        <SidePanel />
      </main>
      <footer className="app-footer">
        <Transport />
        <p className="disclaimer" role="note">
          {t('app.disclaimer')}
          <ReviewNotice />
        </p>
      </footer>
      <ReferencesDialog />
      <BlankOverlay />
    </div>
  );
}
