import { Canvas } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { SceneCaptureBridge } from '../handout/SceneCaptureBridge';
import { PatientSceneBridge } from '../patient/PatientSceneBridge';
import { type CameraLimits, CameraRig } from './CameraRig';
import { ContextLossGuard } from './ContextLossGuard';
import { DemandInvalidator } from './DemandInvalidator';
import { FrameProbe } from './FrameProbe';
import { Lighting } from './Lighting';
import { PaletteBridge } from './PaletteBridge';
import { ProcedureLayer } from './ProcedureLayer';
import { SceneErrorBoundary } from './SceneErrorBoundary';
import { isSoftwareRenderer } from './softwareRenderer';

/** The 3D view. Millimetres throughout: the camera's near and far planes are set for that. */
export function SceneView({ cameraLimits }: { cameraLimits?: CameraLimits }) {
  const { t } = useTranslation();
  return (
    <div className="scene" data-testid="scene">
      <SceneErrorBoundary fallback={<p className="scene-fallback">{t('app.webglUnavailable')}</p>}>
        <Canvas
          camera={{ fov: 35, near: 5, far: 8000, position: [250, 150, 1100] }}
          dpr={[1, 2]}
          frameloop="demand"
          gl={{ antialias: !isSoftwareRenderer(), powerPreference: 'high-performance' }}
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
        </Canvas>
      </SceneErrorBoundary>
    </div>
  );
}
