import type { ClassroomState } from '../../../renderer/src/classroom/protocol';

/** A plausible console state: PHP, two minutes in, paused, all labels. */
export const STATE: ClassroomState = {
  procedureId: 'php',
  timeS: 120,
  playing: false,
  speed: 1,
  camera: { position: [250, 150, 1100], target: [0, 0, 0] },
  explore: {
    xray: false,
    cut: { axis: null, offsetMm: 0, normal: [0.5, -0.5, -0.7] },
    hidden: [],
    isolated: [],
    segmentTint: false,
    opacity: {},
  },
  labels: { on: true, all: true },
  blank: null,
  highContrast: false,
};
