import type { SegmentId } from '../anatomy/types';
import { segmentView } from './segmentView';
import { type GroupId, isShown } from './structureGroups';

/** What is hidden and isolated: the two sets the structure list changes. */
export interface Visibility {
  hidden: ReadonlySet<string>;
  isolated: ReadonlySet<string>;
}

/** Each group with its structures, as the structure list shows them (explore/structureList.ts). */
export type StructureGroups = ReadonlyArray<{ group: GroupId; members: readonly string[] }>;

function groupWith(
  groups: StructureGroups,
  id: string,
): { group: GroupId; members: readonly string[] } | null {
  return groups.find((g) => g.group === id || g.members.includes(id)) ?? null;
}

function memberShown(id: string, group: GroupId, visibility: Visibility): boolean {
  if (id.startsWith('segment:')) {
    const view = segmentView({ ...visibility, segmentTint: false });
    return view.shown.has(id.slice(8) as SegmentId);
  }
  return isShown(id, group, visibility.hidden, visibility.isolated);
}

/**
 * Whether a structure or group is shown, as its box in the structure list should say: a structure
 * when neither it nor its group is hidden and, while anything is isolated, it or its group is; a
 * group when any of its structures is shown (or, for a group that is its own only structure, when it is).
 */
export function isStructureShown(id: string, visibility: Visibility, groups: StructureGroups): boolean {
  const entry = groupWith(groups, id);
  if (!entry) return !visibility.hidden.has(id);
  if (entry.group === id) {
    if (entry.members.length === 0 || id === 'liver')
      return isShown(id, entry.group, visibility.hidden, visibility.isolated);
    return entry.members.some((member) => memberShown(member, entry.group, visibility));
  }
  return memberShown(id, entry.group, visibility);
}

function without(set: ReadonlySet<string>, ...ids: string[]): Set<string> {
  const next = new Set(set);
  for (const id of ids) next.delete(id);
  return next;
}

/**
 * The visibility after ticking (show) or unticking (hide) one structure or group's box, so that
 * afterwards the box says what was asked. Hiding adds it to the hidden set. Showing takes it (and,
 * for a group, its structures) out of the hidden set; a structure whose group is hidden comes back
 * alone (its group's other structures stay hidden); a segment brings the liver back; while something
 * is isolated, it joins what is isolated.
 */
export function withShown(
  id: string,
  show: boolean,
  visibility: Visibility,
  groups: StructureGroups,
): Visibility {
  if (!show)
    return { hidden: new Set([...visibility.hidden, id]), isolated: without(visibility.isolated, id) };
  const entry = groupWith(groups, id);
  let hidden = without(visibility.hidden, id);
  let isolated: ReadonlySet<string> = visibility.isolated;
  // Segments are parts of the liver: they show only while it does.
  if (id === 'segments' || id.startsWith('segment:')) hidden.delete('liver');
  if (entry && entry.group === id) hidden = without(hidden, ...entry.members);
  else if (entry && hidden.has(entry.group)) {
    hidden = without(hidden, entry.group);
    for (const member of entry.members) if (member !== id) hidden.add(member);
  }
  const next = { hidden, isolated };
  if (isolated.size > 0 && !isStructureShown(id, next, groups)) isolated = new Set([...isolated, id]);
  return { hidden, isolated };
}
