import { z } from 'zod';
import { CIRCUIT_IDS, DEVICE_KINDS, VESSEL_IDS } from './ids';

/** A point in the body frame, millimetres: x to the patient's left, y toward the head, z to the front. */
const point = z.tuple([z.number().finite(), z.number().finite(), z.number().finite()]);
const identifier = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, 'must be letters, digits or dashes');
const localeKey = z.string().regex(/^[a-zA-Z0-9.]+$/, 'must be a locale key such as step.php.access.title');
const flowPath = z.enum([...VESSEL_IDS, ...CIRCUIT_IDS]);

export const cameraBookmarkSchema = z.object({
  position: point,
  target: point,
});

export const deviceSchema = z.object({
  id: identifier,
  kind: z.enum(DEVICE_KINDS),
  /** The vessel or circuit line the device sits on or drives. */
  at: flowPath,
  /** Where along that vessel or line it sits, 0 at its start (upstream) … 1 at its end; default 0.5. */
  along: z.number().min(0).max(1).optional(),
  /** Tubing this device brings with it, shown as the device goes in (e.g. a catheter's drain line). */
  line: z.enum(CIRCUIT_IDS).optional(),
  /** How its tubing appears: growing from the line's start (a catheter being advanced) or fading in. */
  reveal: z.enum(['grow', 'fade']).optional(),
  /** How a clamp is drawn: vascular clamp, bulldog clamp or ligature; default from the vessel's size. */
  shape: z.enum(['clamp', 'bulldog', 'ligature']).optional(),
  labelKey: localeKey,
});

/**
 * A step's subject. `structures` are vessel and circuit-line ids, 'liver',
 * 'tumours' (the procedure's tumours) or 'station:<id>' (a machine beside the patient).
 */
export const stepSubjectSchema = z.object({
  devices: z.array(identifier).default([]),
  structures: z
    .array(z.string().regex(/^[a-zA-Z][a-zA-Z0-9:-]*$/, 'must be a structure id such as liver or aorta'))
    .default([]),
});

export const tumourSchema = z.object({
  id: identifier,
  segment: z.enum(['I', 'II', 'III', 'IVa', 'IVb', 'V', 'VI', 'VII', 'VIII']),
  /** Centre in the body frame, millimetres; when absent the tumour sits at its segment's centre. */
  position: point.optional(),
  diameterMm: z.number().min(3).max(150),
});

export const stepSchema = z.object({
  id: identifier,
  startMin: z.number().min(0),
  durationMin: z.number().positive().max(600),
  titleKey: localeKey,
  captionKey: localeKey,
  /** Speaker notes for a lecturer (presenter console); optional. */
  notesKey: localeKey.optional(),
  /** Camera bookmark id from the procedure's `cameras`. */
  camera: identifier,
  /** Reference ids from assets/references.json. */
  references: z.array(identifier).min(1),
  /** Device states reached during this step (0 open/absent/off … 1 closed/in place/on); others keep their value. */
  devices: z.record(identifier, z.number().min(0).max(1)),
  /** Minutes over which the devices move to their new state, from the step's start; default 2 or the step's length. */
  transitionMin: z.number().positive().optional(),
  /**
   * Minutes into the step at which its outcome shows (balloons filled, drug visibly flowing): where
   * selecting the step puts the playhead. Default: the end of its devices' transition.
   */
  settledMin: z.number().min(0).optional(),
  /** What the step acts on, which the camera frames: device ids of this file and anatomy structure ids. */
  subject: stepSubjectSchema.optional(),
  /**
   * How long the step really takes in patients (minutes), where published: the playback is
   * condensed, so `durationMin` is not the real length. Cites its sources.
   */
  typicalMin: z
    .object({
      low: z.number().positive().max(1000),
      high: z.number().positive().max(1000),
      references: z.array(identifier).min(1),
    })
    .refine((t) => t.low <= t.high, { message: 'typicalMin.low must not exceed typicalMin.high' })
    .optional(),
});

/** The longest a dose may take to go in and still be called a bolus (minutes). */
export const MAX_BOLUS_MIN = 5;

export const procedureSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: identifier,
    titleKey: localeKey,
    summaryKey: localeKey,
    /** Real seconds the whole procedure takes to play at 1×. */
    playbackSeconds: z.number().min(10).max(3600),
    drug: z
      .object({
        nameKey: localeKey,
        doseMgPerKg: z.number().positive().max(10),
        maxDoseMg: z.number().positive().optional(),
        doseBasis: z.enum(['idealBodyWeight', 'actualBodyWeight']),
        /**
         * How the dose goes in: an infusion over `infusionMin`, or a bolus (given within
         * `infusionMin`, at most 5 min) into a circuit that then runs on. Files written before
         * this field was added are infusions.
         */
        delivery: z.enum(['infusion', 'bolus']).default('infusion'),
        infusionMin: z.number().positive(),
        references: z.array(identifier).min(1),
      })
      .refine((drug) => drug.delivery !== 'bolus' || drug.infusionMin <= MAX_BOLUS_MIN, {
        message: `a bolus goes in within ${MAX_BOLUS_MIN} min: drug.infusionMin must be at most ${MAX_BOLUS_MIN} when drug.delivery is "bolus"`,
        path: ['infusionMin'],
      }),
    /** Extracorporeal lines this procedure uses. */
    circuit: z.array(z.enum(CIRCUIT_IDS)),
    devices: z.array(deviceSchema).min(1),
    tumours: z.array(tumourSchema),
    cameras: z.record(identifier, cameraBookmarkSchema),
    steps: z.array(stepSchema).min(1),
  })
  .superRefine((procedure, ctx) => {
    const deviceIds = new Set<string>();
    procedure.devices.forEach((device, i) => {
      if (deviceIds.has(device.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['devices', i, 'id'],
          message: `duplicate device id "${device.id}"`,
        });
      }
      deviceIds.add(device.id);
    });
    const stepIds = new Set<string>();
    let expectedStart = 0;
    procedure.steps.forEach((step, i) => {
      if (stepIds.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${step.id}"` });
      }
      stepIds.add(step.id);
      if (Math.abs(step.startMin - expectedStart) > 1e-9) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'startMin'],
          message: `must be ${expectedStart} (where the previous step ends); steps follow one another without gaps`,
        });
      }
      expectedStart = step.startMin + step.durationMin;
      // Own keys only: a camera called "toString" must not be found on Object.prototype.
      if (!Object.hasOwn(procedure.cameras, step.camera)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'camera'],
          message: `no camera bookmark "${step.camera}"`,
        });
      }
      step.subject?.devices.forEach((deviceId, j) => {
        if (!deviceIds.has(deviceId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'subject', 'devices', j],
            message: `no device "${deviceId}"`,
          });
        }
      });
      if (step.settledMin !== undefined && step.settledMin >= step.durationMin) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'settledMin'],
          message: `must be less than the step's durationMin (${step.durationMin})`,
        });
      }
      for (const deviceId of Object.keys(step.devices)) {
        if (!deviceIds.has(deviceId)) {
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'devices', deviceId],
            message: `no device "${deviceId}"`,
          });
        }
      }
    });
  });

export type CameraBookmark = z.infer<typeof cameraBookmarkSchema>;
export type Device = z.infer<typeof deviceSchema>;
export type Tumour = z.infer<typeof tumourSchema>;
export type Step = z.infer<typeof stepSchema>;
export type StepSubject = z.infer<typeof stepSubjectSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
