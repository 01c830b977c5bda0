import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  type CanvasTexture,
  Color,
  Data3DTexture,
  DoubleSide,
  LinearFilter,
  type Mesh,
  PlaneGeometry,
  Quaternion,
  RedFormat,
  ShaderMaterial,
  UnsignedByteType,
  Vector3,
  Vector4,
} from 'three';
import { getAnatomy, SEGMENT_IDS, type SegmentId } from '../../anatomy';
import { SECTORS, SEGMENT_OF, type SegmentModel } from '../../anatomy/couinaud';
import { CUT_WITH_LIVER, getLiverCentre } from '../../explore/cutScope';
import type { PlaneFrame } from '../../explore/sectionShapes';
import { currentSegmentView } from '../../explore/segmentView';
import { groupOf, isShown } from '../../explore/structureGroups';
import type { Tumour } from '../../procedure/schema';
import { frame } from '../../runtime';
import { useExploreStore } from '../../store/exploreStore';
import { HIDDEN_LAYER } from './ExploreEffects';
import {
  SECTION_SPAN_MM,
  SectionPainter,
  sectionPaletteVersion,
  sectionSweeps,
  setActiveSectionPainter,
} from './sectionPainter';
import { SEGMENT_COLOURS } from './segmentTint';
import { tumourFeeders } from './tumourFeederGeometry';

/** Distances beyond ±this many mm saturate in the texture: only the sign near the surface matters. */
const SDF_RANGE_MM = 12;

/**
 * The liver's distance field as a small 3D texture, so a single plane can fill the cut face exactly
 * where the plane is inside the liver: a solid-looking cap without a stencil buffer or an extra pass.
 */
function buildSdfTexture(): Data3DTexture {
  const { nx, ny, nz, values } = getAnatomy().liver.grid;
  const data = new Uint8Array(nx * ny * nz);
  for (let n = 0; n < data.length; n++) {
    const d = values[n] as number;
    data[n] = Math.round(Math.min(255, Math.max(0, 127.5 + (d / SDF_RANGE_MM) * 127.5)));
  }
  const texture = new Data3DTexture(data, nx, ny, nz);
  texture.format = RedFormat;
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
  varying vec2 vUv;
  void main() {
    vec4 world = modelMatrix * vec4(position, 1.0);
    vWorld = world.xyz;
    vUv = uv;
    // A hair behind the cut, so the clipped walls' edges never flicker against the face.
    gl_Position = projectionMatrix * viewMatrix * vec4(world.xyz + pushBack, 1.0);
  }
`;

// The segment of a point, as classifySegment in anatomy/couinaud.ts decides it: the caudate
// ellipsoid, then the sector between the hepatic vein planes, then above or below its portal plane.
const fragmentShader = /* glsl */ `
  precision highp sampler3D;
  uniform sampler3D field;
  uniform vec3 gridOrigin;
  uniform float cellMm;
  uniform vec3 gridSize;
  uniform vec3 tissue;
  uniform float tint;
  uniform vec3 segmentColours[9];
  uniform float segmentShown[9];
  uniform vec4 veinPlanes[3];
  uniform vec4 portalPlanes[4];
  uniform ivec2 sectorSegments[4];
  uniform vec3 caudateCentre;
  uniform vec3 caudateRadii;
  uniform sampler2D sections;
  varying vec3 vWorld;
  varying vec2 vUv;

  int segmentAt(vec3 p) {
    if (length((p - caudateCentre) / caudateRadii) < 1.0) return 0;
    int sector = 0;
    if (dot(veinPlanes[2].xyz, p) > veinPlanes[2].w) sector = 3;
    else if (dot(veinPlanes[1].xyz, p) > veinPlanes[1].w) sector = 2;
    else if (dot(veinPlanes[0].xyz, p) > veinPlanes[0].w) sector = 1;
    ivec2 pair = sectorSegments[sector];
    return dot(portalPlanes[sector].xyz, p) > portalPlanes[sector].w ? pair.x : pair.y;
  }

  void main() {
    // Vessels, ducts and tumours cut by the plane, painted flat: they cover the tissue.
    vec4 section = texture2D(sections, vUv);
    if (section.a > 0.5) {
      gl_FragColor = vec4(section.rgb, 1.0);
    } else {
      vec3 cell = (vWorld - gridOrigin) / cellMm;
      vec3 uvw = (cell + 0.5) / gridSize;
      if (any(lessThan(uvw, vec3(0.0))) || any(greaterThan(uvw, vec3(1.0)))) discard;
      float d = texture(field, uvw).r;
      if (d > 0.5) discard;
      int s = segmentAt(vWorld);
      if (segmentShown[s] < 0.5) discard;
      vec3 colour = tint > 0.5 ? mix(segmentColours[s], tissue, 0.35) : tissue;
      // Darker towards the capsule, so the face reads as a cut through something solid.
      float depth = clamp((0.5 - d) * 12.0, 0.0, 1.0);
      gl_FragColor = vec4(colour * (0.72 + 0.28 * depth), 1.0);
    }
    #include <tonemapping_fragment>
    #include <colorspace_fragment>
  }
`;

function planeUniform(plane: SegmentModel['portal']['lateral']): Vector4 {
  return new Vector4(plane.normal.x, plane.normal.y, plane.normal.z, plane.offset);
}

const up = new Vector3(0, 0, 1);
const quaternion = new Quaternion();
const centreOnPlane = new Vector3();

export interface CutCapProps {
  /** Tumours from the procedure, drawn in section where the plane cuts them. */
  tumours: readonly Tumour[];
}

/** Last state painted into the sections texture, compared by identity (stores make new objects on change). */
interface Painted {
  cut: unknown;
  hidden: unknown;
  isolated: unknown;
  tumours: unknown;
  palette: number;
}

const sectionFrame: PlaneFrame = {
  origin: new Vector3(),
  u: new Vector3(),
  v: new Vector3(),
  normal: new Vector3(),
};

/**
 * Fills the cut face: the liver's tissue (shaded from its distance field, by segment when tinted)
 * with the vessels, ducts and tumours the plane passes through drawn in section on top.
 */
export function CutCap({ tumours }: CutCapProps) {
  const ref = useRef<Mesh>(null);
  // Made the first time a cut is made, like the distance-field texture: nothing at start-up.
  const painterRef = useRef<SectionPainter | null>(null);
  useEffect(
    () => () => {
      setActiveSectionPainter(null);
      painterRef.current?.dispose();
    },
    [],
  );
  const sweeps = useMemo(() => sectionSweeps(CUT_WITH_LIVER, tumourFeeders(tumours).feeders), [tumours]);
  const painted = useRef<Painted | null>(null);
  const uniforms = useMemo(() => {
    const { grid } = getAnatomy().liver;
    const model = getAnatomy().segmentModel;
    return {
      field: { value: null as Data3DTexture | null },
      gridOrigin: { value: new Vector3(...grid.origin) },
      cellMm: { value: grid.cellMm },
      gridSize: { value: new Vector3(grid.nx, grid.ny, grid.nz) },
      tissue: { value: new Color('#9a4536') },
      tint: { value: 0 },
      segmentColours: { value: SEGMENT_IDS.map((id) => new Color(SEGMENT_COLOURS[id])) },
      segmentShown: { value: SEGMENT_IDS.map(() => 1) },
      veinPlanes: { value: [model.sector.right, model.sector.middle, model.sector.left].map(planeUniform) },
      portalPlanes: { value: SECTORS.map((sector) => planeUniform(model.portal[sector])) },
      sectorSegments: {
        value: SECTORS.flatMap((sector) => SEGMENT_OF[sector].map((id) => SEGMENT_IDS.indexOf(id))),
      },
      caudateCentre: { value: model.caudateCentre.clone() },
      caudateRadii: { value: model.caudateRadii.clone() },
      pushBack: { value: new Vector3() },
      sections: { value: null as CanvasTexture | null },
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
  const geometry = useMemo(() => new PlaneGeometry(SECTION_SPAN_MM, SECTION_SPAN_MM), []);

  useFrame(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const s = useExploreStore.getState();
    const segments = currentSegmentView(s);
    const on = frame.cut.active;
    mesh.visible = on;
    mesh.layers.set(on ? 0 : HIDDEN_LAYER);
    if (!on) return;
    // The texture is built the first time a cut is made, not at start-up.
    uniforms.field.value ??= buildSdfTexture();
    uniforms.tint.value = segments.tinted ? 1 : 0;
    for (let i = 0; i < SEGMENT_IDS.length; i++) {
      uniforms.segmentShown.value[i] = segments.shown.has(SEGMENT_IDS[i] as SegmentId) ? 1 : 0;
    }
    const normal = frame.cut.plane.normal;
    frame.cut.plane.projectPoint(getLiverCentre(), centreOnPlane);
    mesh.position.copy(centreOnPlane);
    mesh.quaternion.copy(quaternion.setFromUnitVectors(up, normal));
    uniforms.pushBack.value.copy(normal).multiplyScalar(0.3);
    const last = painted.current;
    if (
      !last ||
      last.cut !== s.cut ||
      last.hidden !== s.hidden ||
      last.isolated !== s.isolated ||
      last.tumours !== tumours ||
      last.palette !== sectionPaletteVersion.value
    ) {
      painted.current = {
        cut: s.cut,
        hidden: s.hidden,
        isolated: s.isolated,
        tumours,
        palette: sectionPaletteVersion.value,
      };
      // The plane geometry's own axes, so the painted texture lines up with its uv.
      sectionFrame.origin.copy(centreOnPlane);
      sectionFrame.u.set(1, 0, 0).applyQuaternion(mesh.quaternion);
      sectionFrame.v.set(0, 1, 0).applyQuaternion(mesh.quaternion);
      sectionFrame.normal.copy(normal);
      if (!painterRef.current) {
        painterRef.current = new SectionPainter();
        setActiveSectionPainter(painterRef.current);
      }
      const painter = painterRef.current;
      uniforms.sections.value = painter.texture;
      const started = performance.now();
      const count = painter.paint(sectionFrame, sweeps, tumours, (id) => {
        const group = groupOf(id);
        return isShown(id, group, s.hidden, s.isolated);
      });
      frame.section.discs = count.discs;
      frame.section.tumours = count.tumours;
      frame.section.paintMs = performance.now() - started;
    }
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
