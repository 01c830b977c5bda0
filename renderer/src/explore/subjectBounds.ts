import { Box3, Vector3 } from 'three';
import { type AnatomyModel, getAnatomy, segmentCentre } from '../anatomy';
import type { Station } from '../anatomy/stations';
import type { CentreLine } from '../anatomy/types';
import type { FlowPathId } from '../procedure/ids';
import type { Device, Procedure, Step } from '../procedure/schema';

/** Devices that are a machine beside the patient: their box is the station's. */
const STATION_KINDS: Readonly<Record<string, string>> = {
  pump: 'pump',
  filter: 'filter',
  oxygenator: 'oxygenator',
  heatExchanger: 'heatExchanger',
};

/** Room around a device that sits at one point of a vessel (a balloon, a clamp's jaws), mm. */
const POINT_DEVICE_PAD_MM = 14;

const scratch = new Vector3();
const pad = new Vector3();

function addLine(box: Box3, line: CentreLine, from = 0, to = 1): void {
  const n = line.points.length;
  const first = Math.max(0, Math.floor(from * (n - 1)));
  const last = Math.min(n - 1, Math.ceil(to * (n - 1)));
  for (let i = first; i <= last; i++) {
    const r = line.radiiMm[i] ?? 1;
    box.expandByPoint(scratch.copy(line.points[i] as Vector3).addScalar(r));
    box.expandByPoint(scratch.copy(line.points[i] as Vector3).addScalar(-r));
  }
}

function addStation(box: Box3, station: Station): void {
  pad.copy(station.sizeMm).multiplyScalar(0.5);
  box.expandByPoint(scratch.copy(station.centre).add(pad));
  box.expandByPoint(scratch.copy(station.centre).sub(pad));
}

function addDevice(box: Box3, device: Device, procedure: Procedure, anatomy: AnatomyModel): void {
  const line = anatomy.centreLines.get(device.at as FlowPathId);
  const stationKind = STATION_KINDS[device.kind];
  if (stationKind) {
    const onLine = anatomy.stations.filter((s) => s.lines.includes(device.at as never));
    const ofKind = onLine.filter((s) => s.kind === stationKind);
    const stations = ofKind.length > 0 ? ofKind : onLine;
    if (stations.length > 0) {
      for (const station of stations) addStation(box, station);
      return;
    }
  }
  if (!line) return;
  // Tubing of the procedure (a catheter, a cannula's line) is all of its line; a device on a
  // vessel is its point there, or the whole vessel when it spans it (a catheter without `along`).
  if ((procedure.circuit as readonly string[]).includes(device.at) || device.along === undefined) {
    addLine(box, line);
    return;
  }
  const u = device.along;
  const i = Math.round(u * (line.points.length - 1));
  const r = (line.radiiMm[i] ?? 1) * 1.2 + POINT_DEVICE_PAD_MM;
  const p = line.points[i] as Vector3;
  box.expandByPoint(scratch.copy(p).addScalar(r));
  box.expandByPoint(scratch.copy(p).addScalar(-r));
}

function addStructure(box: Box3, id: string, procedure: Procedure, anatomy: AnatomyModel): boolean {
  if (id === 'liver') {
    box.union(anatomy.liver.bounds);
    return true;
  }
  if (id === 'tumours') {
    for (const tumour of procedure.tumours) {
      const centre = tumour.position
        ? scratch.set(...tumour.position)
        : segmentCentre(tumour.segment, scratch);
      const r = tumour.diameterMm / 2;
      box.expandByPoint(pad.copy(centre).addScalar(r));
      box.expandByPoint(pad.copy(centre).addScalar(-r));
    }
    return true;
  }
  if (id.startsWith('station:')) {
    const station = anatomy.stations.find((s) => s.id === id.slice('station:'.length));
    if (station) addStation(box, station);
    return station !== undefined;
  }
  const line = anatomy.centreLines.get(id as FlowPathId);
  if (line) addLine(box, line);
  return line !== undefined;
}

/** Structure ids a subject may name that the anatomy does not know (a typo in a procedure file). */
export function unknownSubjectStructures(step: Step, anatomy: AnatomyModel = getAnatomy()): string[] {
  const probe = new Box3();
  const empty: Procedure = { tumours: [], circuit: [], devices: [] } as unknown as Procedure;
  return (step.subject?.structures ?? []).filter(
    (id) => !addStructure(probe.makeEmpty(), id, empty, anatomy),
  );
}

/**
 * The box (mm, body frame) around what a step acts on: its subject's devices and structures.
 * Null when the step names no subject, so the camera keeps the step's bookmark.
 */
export function subjectBounds(
  procedure: Procedure,
  step: Step,
  anatomy: AnatomyModel = getAnatomy(),
  out: Box3 = new Box3(),
): Box3 | null {
  out.makeEmpty();
  const subject = step.subject;
  if (!subject) return null;
  for (const id of subject.devices) {
    const device = procedure.devices.find((d) => d.id === id);
    if (device) addDevice(out, device, procedure, anatomy);
  }
  for (const id of subject.structures) addStructure(out, id, procedure, anatomy);
  return out.isEmpty() ? null : out;
}
