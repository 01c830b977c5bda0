import type { Vector3 } from 'three';
import { useAppStore } from '../store/appStore';

/**
 * Frame-rate independent easing toward a target: after `halfLifeS` seconds half the distance
 * is left. Gentle enough not to make anyone queasy; a reduced-motion viewer gets a cut instead.
 */
export function dampTowards(current: Vector3, target: Vector3, halfLifeS: number, deltaS: number): void {
  const k = 1 - 2 ** (-Math.max(0, deltaS) / halfLifeS);
  current.lerp(target, k);
}

/** Close enough to call the move finished, in millimetres. */
export const SETTLED_MM = 0.5;

let reducedMotion: MediaQueryList | null | undefined;

/** Whether the viewer asked for less motion; the query is made once and its live answer read after. */
export function prefersReducedMotion(): boolean {
  if (reducedMotion === undefined) {
    reducedMotion =
      typeof window !== 'undefined' && window.matchMedia
        ? window.matchMedia('(prefers-reduced-motion: reduce)')
        : null;
  }
  return reducedMotion?.matches === true;
}

/** Less motion, asked for by the system or in the app: camera cuts, still blood. */
export function motionReduced(): boolean {
  return useAppStore.getState().reduceMotion || prefersReducedMotion();
}
