import { Canvas } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { sceneKeyOf } from '../commands/accessibility';
import { appContext } from '../commands/context';
import { performCommand, sceneCommandForKey } from '../commands/registry';
import { SceneCaptureBridge } from '../handout/SceneCaptureBridge';
import { PatientSceneBridge } from '../patient/PatientSceneBridge';
import { useExploreStore } from '../store/exploreStore';
import { canStepStructure } from './anatomy/structureAccess';
import './sceneAccess.css';
import { type CameraLimits, CameraRig } from './CameraRig';
import { ContextLossGuard } from './ContextLossGuard';
import { DemandInvalidator } from './DemandInvalidator';
import { FrameProbe } from './FrameProbe';
import { Lighting } from './Lighting';
import { PaletteBridge } from './PaletteBridge';
import { ProcedureLayer } from './ProcedureLayer';
import { AdaptiveResolution } from './quality/AdaptiveResolution';
import { FxaaPass } from './quality/FxaaPass';
import { usePixelRatioStore } from './quality/pixelRatio';
import { SCENE_DESCRIPTION_ID, SceneDescription } from './SceneDescription';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { isSoftwareRenderer } from './softwareRenderer';

const KEYS_HELP_ID = 'scene-keys';

/**
 * Keys while the 3D view has focus: its own commands (turn, zoom, move, step through structures,
 * look closer), so the window-wide ones (the arrows step through the procedure) do not fire. Tab
 * steps through structures only once the brackets have started it, and past the last one (or
 * after Escape) moves focus on as usual: tabbing through the page never gets held in the view.
 */
function onSceneKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.target !== event.currentTarget) return;
  const command = sceneCommandForKey(sceneKeyOf(event));
  if (!command) return;
  if (event.key === 'Tab') {
    const { id, from } = useExploreStore.getState().picked;
    const stepping = id !== null && from === 'scene';
    if (!stepping || !canStepStructure(id, event.shiftKey ? -1 : 1)) {
      if (stepping) performCommand('stopStructures', appContext());
      return;
    }
  }
  event.preventDefault();
  performCommand(command.id, appContext());
}

/**
 * The 3D view. Millimetres throughout: the camera's near and far planes are set for that. A real
 * GPU draws at the display's pixel ratio (up to 2) with 4x multisampling. WebGL emulated on the
 * CPU draws at most one pixel per CSS pixel, adapting lower while frames are slow, without
 * multisampling but with an FXAA pass; a pinned ratio (`?dpr=`, config `"dpr"`) holds still.
 */
export function SceneView({ cameraLimits }: { cameraLimits?: CameraLimits }) {
  const { t } = useTranslation();
  const software = isSoftwareRenderer();
  const pinned = usePixelRatioStore((s) => s.pinned);
  const softwareMax = Math.min(1, window.devicePixelRatio || 1);
  return (
    <div className="scene" data-testid="scene">
      <div
        className="scene-focus"
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the 3D view is worked from the keyboard (arrows turn it, Tab steps through its structures).
        tabIndex={0}
        aria-label={t('describe.sceneName')}
        aria-describedby={`${SCENE_DESCRIPTION_ID} ${KEYS_HELP_ID}`}
        onKeyDown={onSceneKeyDown}
        // A click or drag on the view does not take focus: a presenter's clicker sending arrows
        // after a drag still steps through the procedure. Tab is the way in.
        onMouseDown={(event) => event.preventDefault()}
      >
        <SceneErrorBoundary fallback={<p className="scene-fallback">{t('app.webglUnavailable')}</p>}>
          <Canvas
            camera={{ fov: 35, near: 5, far: 8000, position: [250, 150, 1100] }}
            dpr={pinned ?? (software ? softwareMax : [1, 2])}
            frameloop="demand"
            gl={{ antialias: !software, powerPreference: 'high-performance' }}
          >
            <Lighting />
            <CameraRig limits={cameraLimits} />
            <ProcedureLayer />
            <FrameProbe />
            <ContextLossGuard />
            <DemandInvalidator />
            <SceneCaptureBridge />
            <PatientSceneBridge />
            <PaletteBridge />
            {software && <FxaaPass />}
            {software && pinned === null && <AdaptiveResolution max={softwareMax} />}
          </Canvas>
        </SceneErrorBoundary>
      </div>
      <SceneDescription />
      <p id={KEYS_HELP_ID} className="scene-announcer">
        {t('describe.keysHelp')}
      </p>
    </div>
  );
}
