import { useThree } from '@react-three/fiber';
import { type ReactNode, useLayoutEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * Renders DOM content over the canvas from inside the r3f tree (a separate React root, as drei's
 * <Html> does), for overlays that the frame loop then moves by writing styles, without React.
 */
export function DomOverlay({ children, className }: { children: ReactNode; className?: string }) {
  const gl = useThree((s) => s.gl);
  const [root, setRoot] = useState<Root | null>(null);
  useLayoutEffect(() => {
    const parent = gl.domElement.parentElement;
    if (!parent) return;
    const element = document.createElement('div');
    element.style.cssText = 'position:absolute;inset:0;pointer-events:none;overflow:hidden;';
    if (className) element.className = className;
    parent.appendChild(element);
    const created = createRoot(element);
    setRoot(created);
    return () => {
      setRoot(null);
      // Unmounting during another root's render is not allowed; do it after this tick.
      queueMicrotask(() => {
        created.unmount();
        element.remove();
      });
    };
  }, [gl, className]);
  useLayoutEffect(() => {
    root?.render(children);
  });
  return null;
}
