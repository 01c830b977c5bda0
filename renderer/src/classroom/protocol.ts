// The messages a presenter console and its audience windows exchange over a BroadcastChannel.
// Everything received is untrusted: `parseMessage` checks its shape and bounds and returns null
// for anything else, so a stray or hostile message is ignored rather than crashing the window.

import { z } from 'zod';
import { LANGUAGES } from '../../../electron/shared/languages';
import { PROCEDURE_IDS } from '../procedure/registry';
import { PLAYBACK_SPEEDS, type PlaybackSpeed } from '../store/appStore';

/** Bumped when a message's meaning changes; other versions are ignored. */
export const PROTOCOL_VERSION = 1;
/** One channel per origin: a console and its audience windows. */
export const CHANNEL_NAME = 'hepatic-classroom';
/** How often the console says it is still there, ms. */
export const HEARTBEAT_MS = 1000;
/** After this long without a word from the console, the audience shows that it is waiting, ms. */
export const PRESENTER_TIMEOUT_MS = 3500;

const finite = z.number().finite();
/** Millimetres in the body frame; the scene spans a couple of metres, so ±10 m is generous. */
const coordinate = finite.min(-10_000).max(10_000);
const vector = z.tuple([coordinate, coordinate, coordinate]);
/** Structure or group ids: short plain names, e.g. `tumour:t1`, `segment:IVa`, `arteries`. */
const unit = finite.min(-1).max(1);
const structureId = z.string().regex(/^[a-zA-Z0-9:_-]{1,64}$/);
const structureIds = z.array(structureId).max(200);

export const cameraPoseSchema = z.object({ position: vector, target: vector });

export const exploreSyncSchema = z.object({
  xray: z.boolean(),
  cut: z.object({
    axis: z.enum(['axial', 'coronal', 'sagittal', 'free']).nullable(),
    offsetMm: finite.min(-1000).max(1000),
    normal: z.tuple([unit, unit, unit]),
  }),
  hidden: structureIds,
  isolated: structureIds,
  segmentTint: z.boolean(),
  opacity: z.record(structureId, finite.min(0).max(1)),
});

export const blankSchema = z.enum(['black', 'white']).nullable();

/** Everything the audience shows, as the console sees it. */
export const classroomStateSchema = z.object({
  procedureId: z.enum(PROCEDURE_IDS),
  timeS: finite.min(0).max(7 * 24 * 3600),
  playing: z.boolean(),
  speed: z.custom<PlaybackSpeed>((value) => (PLAYBACK_SPEEDS as readonly unknown[]).includes(value)),
  camera: cameraPoseSchema.nullable(),
  explore: exploreSyncSchema,
  /** Labels on or off, and whether all of them show (the console's density, resolved for its mode). */
  labels: z.object({ on: z.boolean(), all: z.boolean() }),
  blank: blankSchema,
  highContrast: z.boolean(),
  /** The console's language, so the room reads what the lecturer reads; absent from an older console. */
  language: z.enum(LANGUAGES).optional(),
});

export type CameraPose = z.infer<typeof cameraPoseSchema>;
export type ExploreSync = z.infer<typeof exploreSyncSchema>;
export type Blank = z.infer<typeof blankSchema>;
export type ClassroomState = z.infer<typeof classroomStateSchema>;
export type ClassroomPatch = Partial<ClassroomState>;

/**
 * Commands an audience window may ask the console to perform: a clicker's keys reach whichever
 * window has focus, and after `window.open` that is often the audience. The console performs them,
 * so it stays the only writer.
 */
export const FORWARDED_COMMANDS = [
  'nextStep',
  'previousStep',
  'togglePlay',
  'start',
  'end',
  'blankBlack',
  'blankWhite',
] as const;
export type ForwardedCommand = (typeof FORWARDED_COMMANDS)[number];

export function isForwardedCommand(id: string): id is ForwardedCommand {
  return (FORWARDED_COMMANDS as readonly string[]).includes(id);
}

const sender = z.string().regex(/^[a-zA-Z0-9-]{1,64}$/);
const envelope = { v: z.literal(PROTOCOL_VERSION), from: sender };

export const messageSchema = z.discriminatedUnion('type', [
  /** An audience window that has just opened (or reloaded) asks for the whole picture. */
  z.object({ type: z.literal('hello'), ...envelope }),
  /** The console's whole state; `seq` numbers every state message from one console. */
  z.object({
    type: z.literal('snapshot'),
    ...envelope,
    seq: z.number().int().min(0),
    state: classroomStateSchema,
  }),
  /** Only what changed since the previous state message. */
  z.object({
    type: z.literal('patch'),
    ...envelope,
    seq: z.number().int().min(0),
    patch: classroomStateSchema.partial(),
  }),
  /** The console is still there. */
  z.object({ type: z.literal('heartbeat'), ...envelope, seq: z.number().int().min(0) }),
  /** The console is closing. */
  z.object({ type: z.literal('bye'), ...envelope }),
  /** An audience window passes on a clicker key it received. */
  z.object({ type: z.literal('command'), ...envelope, command: z.enum(FORWARDED_COMMANDS) }),
]);

export type ClassroomMessage = z.infer<typeof messageSchema>;

/** The message, or null when `data` is not a well-formed message of this version. Never throws. */
export function parseMessage(data: unknown): ClassroomMessage | null {
  try {
    const result = messageSchema.safeParse(data);
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
