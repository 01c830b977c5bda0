import ihpData from '@assets/procedures/ihp.json';
import phpData from '@assets/procedures/php.json';
import { Box3, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { boxCorner, fitCamera, projectToView } from '../../../renderer/src/explore/cameraFit';
import { subjectBounds, unknownSubjectStructures } from '../../../renderer/src/explore/subjectBounds';
import { parseProcedure } from '../../../renderer/src/procedure/loader';
import type { Procedure } from '../../../renderer/src/procedure/schema';
import { DEFAULT_CAMERA_LIMITS } from '../../../renderer/src/scene/cameraLimits';
import { KIOSK_CAMERA_LIMITS } from '../../../renderer/src/scene/kioskCamera';

function load(data: unknown): Procedure {
  const result = parseProcedure(data, 'test');
  if (!result.ok) throw new Error(result.error);
  return result.procedure;
}
const procedures = [load(phpData), load(ihpData)];

/** The scene's camera (SceneView) and the caption band the fit is asked to keep clear of. */
const FOV_DEG = 35;
const ASPECTS = [
  { name: '1366×768', aspect: 1366 / 768 },
  { name: '1920×1080', aspect: 1920 / 1080 },
  { name: '1080×1920', aspect: 1080 / 1920 },
  // The scene itself in a 1080×1920 window, beside the side panel: about 776 × 1700 px.
  { name: "the 1080×1920 window's scene", aspect: 0.45 },
];
/** A tall caption: more of the view than the caption covers at any of the three window sizes. */
const BAND = 0.3;

const corner = new Vector3();
const ndc = { x: 0, y: 0, depth: 0 };

describe('camera fit', () => {
  it('names only known devices and structures in every step subject', () => {
    for (const procedure of procedures) {
      for (const step of procedure.steps) {
        expect(step.subject, `${procedure.id} ${step.id} has a subject`).toBeDefined();
        expect(unknownSubjectStructures(step), `${procedure.id} ${step.id}`).toEqual([]);
        expect(subjectBounds(procedure, step), `${procedure.id} ${step.id}`).not.toBeNull();
      }
    }
  });

  for (const { name, aspect } of ASPECTS) {
    it(`frames every step's subject inside the view and above the caption at ${name}`, () => {
      for (const procedure of procedures) {
        procedure.steps.forEach((step) => {
          const box = subjectBounds(procedure, step) as Box3;
          const bookmark = procedure.cameras[step.camera];
          if (!bookmark) throw new Error(`no bookmark ${step.camera}`);
          const direction = new Vector3(...bookmark.position).sub(new Vector3(...bookmark.target));
          const view = {
            aspect,
            fovDeg: FOV_DEG,
            bottomBand: BAND,
            minDistanceMm: DEFAULT_CAMERA_LIMITS.minDistance,
          };
          const fit = fitCamera(box, direction, view);
          const label = `${procedure.id} ${step.id} at ${name}`;
          // Same viewing direction as the bookmark.
          const looking = fit.position.clone().sub(fit.target).normalize();
          expect(looking.dot(direction.clone().normalize()), label).toBeCloseTo(1, 6);
          const distance = fit.position.distanceTo(fit.target);
          expect(distance, label).toBeGreaterThanOrEqual(DEFAULT_CAMERA_LIMITS.minDistance - 1e-6);
          expect(distance, label).toBeLessThanOrEqual(DEFAULT_CAMERA_LIMITS.maxDistance);
          // A kiosk screen is landscape: its tighter limit must not cut the framing short there.
          if (aspect > 1) expect(distance, label).toBeLessThanOrEqual(KIOSK_CAMERA_LIMITS.maxDistance);
          let lowest = 1;
          for (let i = 0; i < 8; i++) {
            projectToView(boxCorner(box, i, corner), fit.position, fit.target, view, ndc);
            expect(ndc.depth, label).toBeGreaterThan(0);
            expect(Math.abs(ndc.x), label).toBeLessThanOrEqual(1);
            expect(ndc.y, label).toBeLessThanOrEqual(1);
            lowest = Math.min(lowest, ndc.y);
          }
          // The caption covers NDC y below −1 + 2·band.
          expect(lowest, label).toBeGreaterThanOrEqual(-1 + 2 * BAND);
        });
      }
    });
  }

  it("uses the view: the subject reaches the clear area's edge on at least one side", () => {
    const box = new Box3(new Vector3(-50, -30, -20), new Vector3(50, 30, 20));
    const view = { aspect: 16 / 9, fovDeg: 35, bottomBand: 0.2, margin: 0.05 };
    const fit = fitCamera(box, new Vector3(0.3, 0.2, 1), view);
    let extreme = 0;
    for (let i = 0; i < 8; i++) {
      projectToView(boxCorner(box, i, corner), fit.position, fit.target, view, ndc);
      extreme = Math.max(extreme, Math.abs(ndc.x) / 0.95, (ndc.y + 1 - 0.4) / 1.55);
    }
    expect(extreme).toBeGreaterThan(0.99);
    expect(extreme).toBeLessThan(1.01);
  });

  it('comes no further out than the rig allows, so the camera can settle on its goal', () => {
    const box = new Box3(new Vector3(-900, -900, -900), new Vector3(900, 900, 900));
    const fit = fitCamera(box, new Vector3(1, 0, 1), {
      aspect: 0.5,
      fovDeg: 35,
      bottomBand: 0.2,
      maxDistanceMm: 1600,
    });
    expect(fit.position.distanceTo(fit.target)).toBeCloseTo(1600, 6);
  });

  it('steps back to the least distance the rig allows, keeping the subject in the clear area', () => {
    const box = new Box3(new Vector3(-5, -5, -5), new Vector3(5, 5, 5));
    const view = { aspect: 1, fovDeg: 35, bottomBand: 0.25, minDistanceMm: 300 };
    const fit = fitCamera(box, new Vector3(0, 0, 1), view);
    expect(fit.position.distanceTo(fit.target)).toBeCloseTo(300, 6);
    for (let i = 0; i < 8; i++) {
      projectToView(boxCorner(box, i, corner), fit.position, fit.target, view, ndc);
      expect(ndc.y).toBeGreaterThan(-0.5);
    }
  });
});
