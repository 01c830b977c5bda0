import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import {
  Color,
  Data3DTexture,
  DoubleSide,
  LinearFilter,
  type Mesh,
  PlaneGeometry,
  Quaternion,
  RGFormat,
  ShaderMaterial,
  UnsignedByteType,
  Vector3,
} from 'three';
import { classifySegment, getAnatomy, SEGMENT_IDS } from '../../anatomy';
import { useExploreStore } from '../../store/exploreStore';
import { getLiverCentre, HIDDEN_LAYER, sharedCutPlane } from './ExploreEffects';
import { SEGMENT_COLOURS } from './segmentTint';

/** Distances beyond ±this many mm saturate in the texture: only the sign near the surface matters. */
const SDF_RANGE_MM = 12;

/**
 * The liver's distance field as a small 3D texture (red: distance, green: segment index + 1), so a
 * single plane can fill the cut face exactly where the plane is inside the liver: a solid-looking
 * cap without a stencil buffer or an extra pass.
 */
function buildSdfTexture(): Data3DTexture {
  const { grid } = getAnatomy().liver;
  const model = getAnatomy().segmentModel;
  const { nx, ny, nz, origin, cellMm, values } = grid;
  const data = new Uint8Array(nx * ny * nz * 2);
  let n = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, n++) {
        const d = values[n] as number;
        data[n * 2] = Math.round(Math.min(255, Math.max(0, 127.5 + (d / SDF_RANGE_MM) * 127.5)));
        if (d < cellMm) {
          const segment = classifySegment(
            model,
            origin[0] + i * cellMm,
            origin[1] + j * cellMm,
            origin[2] + k * cellMm,
          );
          data[n * 2 + 1] = SEGMENT_IDS.indexOf(segment) + 1;
        }
      }
    }
  }
  const texture = new Data3DTexture(data, nx, ny, nz);
  texture.format = RGFormat;
  texture.type = UnsignedByteType;
  texture.minFilter = LinearFilter;
  texture.magFilter = LinearFilter;
  texture.unpackAlignment = 1;
  texture.needsUpdate = true;
  return texture;
}

const vertexShader = /* glsl */ `
  uniform vec3 pushBack;
  varying vec3 vWorld;
  void main() {
    vec4 world = modelMatrix * vec4(position, 1.0);
    vWorld = world.xyz;
    // Drawn a little behind the cut, so cut vessels show their open ends in front of the face.
    gl_Position = projectionMatrix * viewMatrix * vec4(world.xyz + pushBack, 1.0);
  }
`;

const fragmentShader = /* glsl */ `
  precision highp sampler3D;
  uniform sampler3D field;
  uniform vec3 gridOrigin;
  uniform float cellMm;
  uniform vec3 gridSize;
  uniform vec3 tissue;
  uniform float tint;
  uniform vec3 segmentColours[9];
  varying vec3 vWorld;
  void main() {
    vec3 cell = (vWorld - gridOrigin) / cellMm;
    vec3 uvw = (cell + 0.5) / gridSize;
    if (any(lessThan(uvw, vec3(0.0))) || any(greaterThan(uvw, vec3(1.0)))) discard;
    float d = texture(field, uvw).r;
    if (d > 0.5) discard;
    vec3 colour = tissue;
    if (tint > 0.5) {
      int s = int(texelFetch(field, ivec3(floor(cell + 0.5)), 0).g * 255.0 + 0.5) - 1;
      for (int i = 0; i < 9; i++) if (i == s) colour = mix(segmentColours[i], tissue, 0.35);
    }
    // Darker towards the capsule, so the face reads as a cut through something solid.
    float depth = clamp((0.5 - d) * 12.0, 0.0, 1.0);
    gl_FragColor = vec4(colour * (0.72 + 0.28 * depth), 1.0);
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`;

const up = new Vector3(0, 0, 1);
const quaternion = new Quaternion();
const centreOnPlane = new Vector3();

/** Fills the cut face of the liver: one plane, shaded from the liver's distance field. */
export function CutCap() {
  const ref = useRef<Mesh>(null);
  const uniforms = useMemo(() => {
    const { grid } = getAnatomy().liver;
    return {
      field: { value: null as Data3DTexture | null },
      gridOrigin: { value: new Vector3(...grid.origin) },
      cellMm: { value: grid.cellMm },
      gridSize: { value: new Vector3(grid.nx, grid.ny, grid.nz) },
      tissue: { value: new Color('#9a4536') },
      tint: { value: 0 },
      segmentColours: { value: SEGMENT_IDS.map((id) => new Color(SEGMENT_COLOURS[id])) },
      pushBack: { value: new Vector3() },
    };
  }, []);
  const material = useMemo(() => {
    return new ShaderMaterial({
      name: 'cutCap',
      uniforms,
      vertexShader,
      fragmentShader,
      side: DoubleSide,
    });
  }, [uniforms]);
  const geometry = useMemo(() => new PlaneGeometry(420, 420), []);

  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const s = useExploreStore.getState();
    const liverHidden = s.hidden.has('liver') || (s.isolated.size > 0 && !s.isolated.has('liver'));
    const on = s.cut.axis !== null && !liverHidden && sharedCutPlane.normal.lengthSq() > 0;
    mesh.visible = on;
    mesh.layers.set(on ? 0 : HIDDEN_LAYER);
    if (!on) return;
    // The texture is built the first time a cut is made, not at start-up.
    uniforms.field.value ??= buildSdfTexture();
    uniforms.tint.value = s.segmentTint ? 1 : 0;
    const normal = sharedCutPlane.normal;
    sharedCutPlane.projectPoint(getLiverCentre(), centreOnPlane);
    mesh.position.copy(centreOnPlane);
    mesh.quaternion.copy(quaternion.setFromUnitVectors(up, normal));
    uniforms.pushBack.value.copy(normal).multiplyScalar(1.2);
  });

  return (
    <mesh
      ref={ref}
      name="cutCap"
      geometry={geometry}
      material={material}
      visible={false}
      renderOrder={1}
      userData={{ structure: 'liver', capOnly: true }}
    />
  );
}
