import { useMemo } from 'react';
import { AnatomyScene } from './anatomy/AnatomyScene';
import { Balloon } from './Balloon';
import { Cannula } from './Cannula';
import { Clamp } from './Clamp';
import { DoubleBalloonCatheter } from './DoubleBalloonCatheter';
import { DrugColouring } from './DrugColouring';
import { FlowParticles } from './FlowParticles';
import { FrameDriver } from './FrameDriver';
import { Labels } from './Labels';
import { LineReveal } from './LineReveal';
import { StationReveal } from './StationReveal';
import { useSceneModel } from './usePhysiology';

/** Everything that depends on the procedure: anatomy, devices, flowing blood, drug colour, labels. */
export function ProcedureLayer() {
  const model = useSceneModel();
  const { procedure } = model;
  // Balloons ride on the catheter that sits in a vessel rather than on a circuit line.
  const carrier = procedure.devices.find(
    (d) => d.kind === 'catheter' && !(procedure.circuit as readonly string[]).includes(d.at),
  );
  const balloons = useMemo(() => procedure.devices.filter((d) => d.kind === 'balloon'), [procedure]);
  return (
    <group>
      <FrameDriver source={model} />
      <AnatomyScene procedureCircuit={procedure.circuit} tumours={procedure.tumours} />
      <FlowParticles model={model} />
      {procedure.devices.map((device) => {
        if (device.kind === 'clamp') return <Clamp key={device.id} device={device} />;
        if (device.kind === 'balloon')
          return <Balloon key={device.id} device={device} carrierId={carrier?.id} />;
        if (device.kind === 'cannula') return <Cannula key={device.id} device={device} />;
        return null;
      })}
      {carrier && <DoubleBalloonCatheter catheter={carrier} balloons={balloons} />}
      <LineReveal procedure={procedure} />
      <StationReveal procedure={procedure} />
      <DrugColouring />
      <Labels procedure={procedure} />
    </group>
  );
}
