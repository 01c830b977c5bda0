import { getAnatomy, type PathSystem, type SegmentId } from '../anatomy';
import { SEGMENT_IDS } from '../anatomy/types';

/**
 * Explore ids name what a person can identify, hide or isolate: a structure's locale id ('liver',
 * 'aorta', 'portalBranches'), 'segment:VII', 'tumour:tumour1' or 'station:phpPump'.
 */
export type ExploreId = string;

export const GROUP_IDS = [
  'liver',
  'segments',
  'tumours',
  'arteries',
  'portal',
  'veins',
  'gallbladder',
  'circuit',
  'neighbours',
  'bodyOutline',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

const SYSTEM_GROUP: Record<PathSystem, GroupId> = {
  artery: 'arteries',
  portal: 'portal',
  vein: 'veins',
  circuit: 'circuit',
};

const FIXED_GROUP: Record<string, GroupId> = {
  liver: 'liver',
  gallbladder: 'gallbladder',
  bileDucts: 'gallbladder',
  bodyOutline: 'bodyOutline',
  diaphragm: 'neighbours',
  stomach: 'neighbours',
  rightKidney: 'neighbours',
  arterialBranches: 'arteries',
  tumourArteries: 'arteries',
  portalBranches: 'portal',
  hepaticVeinBranches: 'veins',
};

export function segmentExploreId(segment: SegmentId): ExploreId {
  return `segment:${segment}`;
}

export const SEGMENT_EXPLORE_IDS: readonly ExploreId[] = SEGMENT_IDS.map(segmentExploreId);

/** A vessel's or circuit line's system from the anatomy's centre lines; undefined for anything else. */
export function systemOf(id: string): PathSystem | undefined {
  return getAnatomy().centreLines.get(id as never)?.system;
}

/**
 * The group an explore id belongs to; `systemOf` gives a vessel's or circuit line's system (the
 * anatomy's, unless a test passes its own).
 */
export function groupOf(
  id: ExploreId,
  systemOfId: (id: string) => PathSystem | undefined = systemOf,
): GroupId | null {
  if (id.startsWith('segment:')) return 'segments';
  if (id.startsWith('tumour:')) return 'tumours';
  if (id.startsWith('station:')) return 'circuit';
  const fixed = FIXED_GROUP[id];
  if (fixed) return fixed;
  const system = systemOfId(id);
  return system ? SYSTEM_GROUP[system] : null;
}

/**
 * Whether a structure is shown: not hidden itself or through its group, and, while anything is
 * isolated, isolated itself or through its group.
 */
export function isShown(
  id: ExploreId,
  group: GroupId | null,
  hidden: ReadonlySet<string>,
  isolated: ReadonlySet<string>,
): boolean {
  if (hidden.has(id) || (group !== null && hidden.has(group))) return false;
  if (isolated.size === 0) return true;
  return isolated.has(id) || (group !== null && isolated.has(group));
}

/** The explore id of a scene object from its userData, or null for objects that are not anatomy. */
export function exploreIdOf(userData: Record<string, unknown>): ExploreId | null {
  if (typeof userData.station === 'string') return `station:${userData.station}`;
  if (userData.structure === 'tumour' && typeof userData.tumour === 'string')
    return `tumour:${userData.tumour}`;
  return typeof userData.structure === 'string' ? userData.structure : null;
}

/** Locale keys of an explore id's name and its one-sentence description. */
export function localeKeysOf(id: ExploreId): { name: string; about: string } {
  const [kind, rest] = id.includes(':') ? (id.split(':', 2) as [string, string]) : ['structure', id];
  if (kind === 'segment')
    return { name: `anatomy.segment.${rest}.name`, about: `anatomy.segment.${rest}.about` };
  if (kind === 'station')
    return { name: `anatomy.station.${rest}.name`, about: `anatomy.station.${rest}.about` };
  if (kind === 'tumour')
    return { name: 'anatomy.structure.tumour.name', about: 'anatomy.structure.tumour.about' };
  return { name: `anatomy.structure.${rest}.name`, about: `anatomy.structure.${rest}.about` };
}
