import { useEffect } from 'react';
import type { BufferGeometry } from 'three';

/**
 * Frees a geometry this component built for itself when it unmounts or builds another. react-three-fiber
 * does not dispose a geometry handed to a mesh as a prop, and devices remount at every change of
 * procedure, so a kiosk switching procedures for weeks would otherwise keep one more on the GPU each time.
 */
export function useDisposedOnUnmount(geometry: BufferGeometry | null | undefined): void {
  useEffect(() => () => geometry?.dispose(), [geometry]);
}
