/**
 * The runtime layer between the stores and the scene. Its public API, kept small on purpose:
 *
 * - `frame` (frame.ts): the one preallocated object every animated part reads; `Frame` documents
 *   the order in which it is filled and who writes the rest.
 * - `fillFrame(frame, stores, source, deltaS, nowMs)` (driver.ts): advances time and fills the
 *   frame; also publishes the playhead to the store at most every PUBLISH_INTERVAL_MS. The scene
 *   calls it once per frame (scene/FrameDriver.tsx); a test, a kiosk loop or a second window can
 *   call it with its own stores and frame.
 * - `pointerInput` (pointer.ts): what the pointer is over, written by the picker.
 * - `installProbe(frame)` (probe.ts): the window probe, read by tests and the benchmark only.
 * - `viewInsets` (viewInsets.ts): how much of the view the caption covers, for the camera's framing.
 */

export { type FrameSource, type FrameStores, fillFrame, PUBLISH_INTERVAL_MS } from './driver';
export { DRUG_COLOUR, drugIntensity } from './drugColour';
export { createFrame, type Frame, frame, type TumourInfo } from './frame';
export { pointerInput } from './pointer';
export { installProbe, type Probe, probeOf } from './probe';
export { captionBandOf, onViewInsetsChange, setCaptionBand, viewInsets } from './viewInsets';
