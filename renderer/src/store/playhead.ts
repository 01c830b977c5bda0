/**
 * The fast-moving procedure time. The scene advances and reads it every frame; React never
 * subscribes to it. The store mirrors it a few times a second for the DOM (see publishPlayhead).
 */
export const playhead = {
  /** Procedure time in seconds. */
  timeS: 0,
};
