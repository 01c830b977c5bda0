import { type FlowModel, nodeIndex } from './flowNetwork';
import { BODY_CELSIUS, hydrolysisFactor } from './hydrolysis';
import { edgeOf, type ProcedureInputs } from './inputs';
import { HEPATIC_ARTERIAL_INFLOW, NODES, PORTAL_INFLOW } from './network';
import type { PhysiologyParams } from './params';
import { twoCompartment } from './pk';
import type { TransportSetup } from './transport';

/** The transport's network, volumes and rate constants for one procedure and parameter set. */
export function transportSetup(
  model: FlowModel,
  inputs: ProcedureInputs,
  p: PhysiologyParams,
): TransportSetup {
  const get = (name: string) => p[name] as number;
  const weight = get('weight');
  const pk = twoCompartment(
    get('volumeSteadyState') * weight * 1000,
    get('clearance') * weight,
    get('distributionHalfLife'),
    get('eliminationHalfLife'),
  );
  if (!pk) throw new Error('invalid physiology parameters: inconsistent melphalan kinetics');
  const volumes = new Float64Array(NODES.length);
  const systemicNode = nodeIndex('ra');
  const liverNode = nodeIndex('liverBed');
  volumes[systemicNode] = pk.v1Ml;
  volumes[liverNode] = get('liverBloodVolume');
  for (const n of inputs.reservoirNodes) volumes[n] = p.circuitVolume ?? 0;

  const liverFlow = get('liverBloodFlow');
  const arterialFlow = liverFlow * get('hepaticArteryFraction');
  const tumourFlow = get('tumourVolume') * get('tumourBloodFlow');
  const extraction = get('hepaticExtraction');
  const hydrolysis = Math.LN2 / get('hydrolysisHalfLife');
  return {
    edgeFrom: model.edgeFrom,
    edgeTo: model.edgeTo,
    nodeVolume: volumes,
    systemicNode,
    liverNode,
    arterialEdges: HEPATIC_ARTERIAL_INFLOW.map((path) => edgeOf(model, path)),
    portalEdges: PORTAL_INFLOW.map((path) => edgeOf(model, path)),
    drainEdges: model.edges.flatMap((e, i) => (e.from === 'hepaticOutlet' && i < model.pathCount ? [i] : [])),
    reservoirNodes: inputs.reservoirNodes,
    filterEdges: inputs.filterEdges,
    infusionEdges: inputs.infusionEdges,
    k10: pk.k10,
    k12: pk.k12,
    k21: pk.k21,
    hydrolysis,
    circuitHydrolysis: hydrolysis * hydrolysisFactor(p.perfusateTemperature ?? BODY_CELSIUS),
    liverTissueMl: get('liverVolume') - get('liverBloodVolume'),
    liverPartition: get('liverPartition'),
    uptakePerFlow: extraction / (1 - extraction),
    tumourMl: get('tumourVolume'),
    tumourPartition: get('tumourPartition'),
    tumourArterialShare: (get('tumourArterialFraction') * tumourFlow) / arterialFlow,
    tumourPortalShare: ((1 - get('tumourArterialFraction')) * tumourFlow) / (liverFlow - arterialFlow),
    leakFraction: p.leakFraction ?? 0,
  };
}
