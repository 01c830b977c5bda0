/**
 * The one "no flow" threshold of the app (mL/min): a flow smaller than this in magnitude is
 * numerical dust, counts as none when deciding which way blood moves, and shows no moving blood.
 */
export const NO_FLOW_ML_MIN = 1e-9;

/** Direction of a flow: 1 along the path, -1 against it, 0 for no flow. */
export function flowSign(flowMlMin: number): 1 | -1 | 0 {
  return flowMlMin > NO_FLOW_ML_MIN ? 1 : flowMlMin < -NO_FLOW_ML_MIN ? -1 : 0;
}
