import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Vector3 } from 'three';
import type { FlowPathId } from '../procedure/ids';
import type { Procedure } from '../procedure/schema';
import { useAppStore } from '../store/appStore';
import { pointOnPath } from './paths';

interface LabelAnchor {
  key: string;
  path: FlowPathId;
  along: number;
  /** Only in procedures that use this line. */
  circuitOnly?: boolean;
}

/** Main structures, each named at a point on its centre line. */
const ANCHORS: readonly LabelAnchor[] = [
  { key: 'label.aorta', path: 'aorta', along: 0.55 },
  { key: 'label.ivc', path: 'ivcInfrahepatic', along: 0.6 },
  { key: 'label.portalVein', path: 'portalVein', along: 0.5 },
  { key: 'label.hepaticArtery', path: 'commonHepaticArtery', along: 0.5 },
  { key: 'label.hepaticVeins', path: 'middleHepaticVein', along: 0.2 },
  { key: 'label.liver', path: 'rightPortalVein', along: 1 },
  { key: 'label.heart', path: 'ivcSuprahepatic', along: 1 },
  { key: 'label.filters', path: 'phpFilterLine', along: 0.5, circuitOnly: true },
  { key: 'label.pump', path: 'ihpOxygenatorLine', along: 0.5, circuitOnly: true },
];

interface LabelsProps {
  procedure: Procedure;
}

/** Names of the main structures; drei positions them each frame without React re-rendering. */
export function Labels({ procedure }: LabelsProps) {
  const { t } = useTranslation();
  const visible = useAppStore((s) => s.labels);
  const anchors = useMemo(
    () =>
      ANCHORS.filter((a) => !a.circuitOnly || (procedure.circuit as readonly string[]).includes(a.path)).map(
        (a) => ({
          ...a,
          position: pointOnPath(a.path, a.along, new Vector3()),
        }),
      ),
    [procedure],
  );
  if (!visible) return null;
  return (
    <group>
      {anchors.map((anchor) => (
        <Html
          key={anchor.key}
          position={anchor.position}
          center
          zIndexRange={[10, 0]}
          className="scene-labels"
        >
          <span className="scene-label">{t(anchor.key)}</span>
        </Html>
      ))}
    </group>
  );
}
