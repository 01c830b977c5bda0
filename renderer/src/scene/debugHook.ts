/**
 * A few facts about the scene for tests and the benchmark, mutated in place (never React state).
 * Reading it costs the app nothing; it is on `window.__hepatic`.
 */
export const sceneProbe = {
  frames: 0,
  cameraSettled: false,
  contextLost: false,
  drawCalls: 0,
  triangles: 0,
  geometries: 0,
  textures: 0,
  /** Discs and tumour outlines the cut face last painted in section. */
  sectionDiscs: 0,
  sectionTumours: 0,
  /** How long the last repaint of the sections took, ms. */
  sectionPaintMs: 0,
};

if (typeof window !== 'undefined') {
  (window as unknown as { __hepatic: typeof sceneProbe }).__hepatic = sceneProbe;
}
