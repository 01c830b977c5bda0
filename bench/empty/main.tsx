// The baseline the benchmark divides by: an r3f canvas with nothing in it, built and rendered the
// way the app's is (same renderer options), sized like the app's canvas via ?w=&h= (CSS pixels).
import { Canvas, useFrame } from '@react-three/fiber';
import { createRoot } from 'react-dom/client';

const probe = { frames: 0 };
(window as unknown as { __bench: typeof probe }).__bench = probe;

function Counter() {
  useFrame(() => {
    probe.frames++;
  });
  return null;
}

const params = new URLSearchParams(window.location.search);
const width = Number(params.get('w')) || window.innerWidth;
const height = Number(params.get('h')) || window.innerHeight;
const root = document.getElementById('root');
if (root) {
  root.style.width = `${width}px`;
  root.style.height = `${height}px`;
  createRoot(root).render(
    <Canvas
      camera={{ fov: 35, near: 5, far: 8000, position: [250, 150, 1100] }}
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
    >
      <Counter />
    </Canvas>,
  );
}
