import { VESSEL_IDS } from '../procedure/ids';
import type { Device, Procedure } from '../procedure/schema';
import type { Cut } from './cutPlane';
import type { DrugLevel, DrugWhereabouts } from './drugLevel';
import { GROUP_IDS, localeKeysOf } from './structureGroups';

/**
 * The words for what the 3D view shows, built from data (the procedure file, its device states, the
 * physiology and the explore choices), never written per step: a new procedure file describes
 * itself. The result is a list of locale keys with parameters, so it is translated like the rest.
 */

/** A parameter: plain text or a number, or a phrase that is itself translated. */
export type DescriptionParam = string | number | DescriptionPhrase;

export interface DescriptionPhrase {
  key: string;
  params?: Readonly<Record<string, DescriptionParam>>;
}

/** A device counts as closed, in place or running from this state on (0 open/absent … 1 closed/in place). */
export const DEVICE_ON = 0.5;

const CLOSING_KINDS: ReadonlySet<Device['kind']> = new Set(['clamp', 'balloon']);
const PLACED_KINDS: ReadonlySet<Device['kind']> = new Set(['catheter', 'cannula']);
const RUNNING_KINDS: ReadonlySet<Device['kind']> = new Set([
  'pump',
  'oxygenator',
  'heatExchanger',
  'infusion',
  'washout',
]);

export interface SceneDescriptionInput {
  procedure: Procedure;
  stepIndex: number;
  /** Device states 0..1 by device id, at the moment described. */
  devices: Readonly<Record<string, number>>;
  drug: DrugWhereabouts;
  explore: {
    hidden: ReadonlySet<string>;
    isolated: ReadonlySet<string>;
    cut: Pick<Cut, 'axis'>;
    xray: boolean;
    segmentTint: boolean;
  };
}

/** The name of a structure, group or tumour as a translatable phrase. */
export function structureName(procedure: Procedure, id: string): DescriptionPhrase {
  if ((GROUP_IDS as readonly string[]).includes(id) && !isStructureOnly(id))
    return { key: `explore.group.${id}` };
  if (id.startsWith('tumour:')) {
    const tumour = procedure.tumours.find((t) => `tumour:${t.id}` === id);
    if (tumour)
      return { key: 'explore.tumourName', params: { segment: tumour.segment, size: tumour.diameterMm } };
  }
  return { key: localeKeysOf(id).name };
}

/** Ids that are both a group and its only structure are named as the structure ('liver', 'gallbladder'). */
function isStructureOnly(id: string): boolean {
  return id === 'liver' || id === 'bodyOutline';
}

function vesselName(id: string): DescriptionPhrase {
  return { key: localeKeysOf(id).name };
}

function level(value: DrugLevel): DescriptionPhrase {
  return { key: `describe.level.${value}` };
}

function stepLine(procedure: Procedure, stepIndex: number): DescriptionPhrase[] {
  const step = procedure.steps[stepIndex];
  if (!step) return [];
  return [
    {
      key: 'describe.step',
      params: { number: stepIndex + 1, count: procedure.steps.length, title: { key: step.titleKey } },
    },
  ];
}

function deviceLines(procedure: Procedure, devices: Readonly<Record<string, number>>): DescriptionPhrase[] {
  const on = (device: Device) => (devices[device.id] ?? 0) >= DEVICE_ON;
  const lines: DescriptionPhrase[] = [];
  const closers = procedure.devices.filter((d) => CLOSING_KINDS.has(d.kind));
  const closed = closers.filter(on);
  for (const device of closed) {
    const vessel = (VESSEL_IDS as readonly string[]).includes(device.at) ? device.at : null;
    lines.push(
      vessel
        ? {
            key: `describe.closed.${device.kind}`,
            params: { vessel: vesselName(vessel), device: { key: device.labelKey } },
          }
        : { key: 'describe.device.inPlace', params: { device: { key: device.labelKey } } },
    );
  }
  if (closers.length > 0 && closed.length === 0) lines.push({ key: 'describe.closed.none' });
  for (const device of procedure.devices.filter((d) => PLACED_KINDS.has(d.kind) && on(d)))
    lines.push({ key: 'describe.device.inPlace', params: { device: { key: device.labelKey } } });
  for (const device of procedure.devices.filter((d) => RUNNING_KINDS.has(d.kind) && on(d)))
    lines.push({ key: 'describe.device.running', params: { device: { key: device.labelKey } } });
  return lines;
}

function drugLines(procedure: Procedure, drug: DrugWhereabouts): DescriptionPhrase[] {
  const name = { key: procedure.drug.nameKey };
  if (drug.liver === 'none' && drug.body === 'none' && drug.tumour === 'none' && drug.circuit === 'none')
    return [{ key: 'describe.drug.absent', params: { drug: name } }];
  const lines: DescriptionPhrase[] = [
    { key: 'describe.drug.where', params: { drug: name, liver: level(drug.liver), body: level(drug.body) } },
  ];
  if (procedure.tumours.length > 0)
    lines.push({ key: 'describe.drug.tumours', params: { level: level(drug.tumour) } });
  if (procedure.circuit.length > 0 && drug.circuit !== 'none')
    lines.push({ key: 'describe.drug.circuit', params: { level: level(drug.circuit) } });
  return lines;
}

function filterLines(
  procedure: Procedure,
  devices: Readonly<Record<string, number>>,
  drug: DrugWhereabouts,
): DescriptionPhrase[] {
  return procedure.devices
    .filter((d) => d.kind === 'filter')
    .map((device) => {
      const params = { device: { key: device.labelKey } };
      if ((devices[device.id] ?? 0) < DEVICE_ON) return { key: 'describe.filter.off', params };
      if (drug.filterRemoves === null) return { key: 'describe.filter.waiting', params };
      return {
        key: 'describe.filter.working',
        // To the nearest 5%: a figure that does not change with every update while playing.
        params: { ...params, percent: Math.round(drug.filterRemoves * 20) * 5 },
      };
    });
}

function exploreLines(procedure: Procedure, explore: SceneDescriptionInput['explore']): DescriptionPhrase[] {
  const lines: DescriptionPhrase[] = [];
  for (const id of explore.isolated)
    lines.push({ key: 'describe.explore.only', params: { name: structureName(procedure, id) } });
  for (const id of explore.hidden)
    lines.push({ key: 'describe.explore.hidden', params: { name: structureName(procedure, id) } });
  if (explore.cut.axis)
    lines.push({
      key: 'describe.explore.cut',
      params: { axis: { key: `explore.cutAxis.${explore.cut.axis}` } },
    });
  if (explore.xray) lines.push({ key: 'describe.explore.xray' });
  if (explore.segmentTint) lines.push({ key: 'describe.explore.segments' });
  return lines;
}

/** What the view shows now: the step, what is closed and by what, the drug, the filter, what Explore changed. */
export function describeScene(input: SceneDescriptionInput): DescriptionPhrase[] {
  const { procedure, devices, drug } = input;
  return [
    ...stepLine(procedure, input.stepIndex),
    ...deviceLines(procedure, devices),
    ...drugLines(procedure, drug),
    ...filterLines(procedure, devices, drug),
    ...exploreLines(procedure, input.explore),
  ];
}

/** A translate function, as i18next's `t`. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Translates a phrase, its translatable parameters first. */
export function renderPhrase(phrase: DescriptionPhrase, t: Translate): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {}))
    params[name] = typeof value === 'object' ? renderPhrase(value, t) : value;
  return t(phrase.key, params);
}

/** The whole description as one text, sentence after sentence. */
export function renderDescription(phrases: readonly DescriptionPhrase[], t: Translate): string {
  return phrases.map((phrase) => renderPhrase(phrase, t)).join(' ');
}
