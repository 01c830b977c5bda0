import { describe, expect, it } from 'vitest';
import { withPatientTumours } from '../../../renderer/src/patient/patientProcedure';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';
import { procedureSchema } from '../../../renderer/src/procedure/schema';
import { createAppStore, currentProcedure } from '../../../renderer/src/store/appStore';

const php = buildCatalogue({}).procedures.php;

describe('the procedure with the patient tumours', () => {
  it('is the procedure itself when none are set', () => {
    expect(withPatientTumours(php, null)).toBe(php);
  });

  it('replaces the tumours, stays valid and is the same object for the same list', () => {
    const list = [
      { segment: 'VI' as const, diameterMm: 150 },
      { segment: 'VI' as const, diameterMm: 5 },
    ];
    const derived = withPatientTumours(php, list);
    expect(withPatientTumours(php, list)).toBe(derived);
    expect(derived.tumours.map((t) => [t.segment, t.diameterMm])).toEqual([
      ['VI', 150],
      ['VI', 5],
    ]);
    // The second tumour of a segment sits beside the first rather than on it.
    expect(derived.tumours[1]?.position).toBeDefined();
    expect(procedureSchema.safeParse(derived).success).toBe(true);
    expect(withPatientTumours(php, []).tumours).toEqual([]);
  }, 30_000);

  it('is what the store hands the scene and the physiology', () => {
    const store = createAppStore();
    const list = [{ segment: 'VII' as const, diameterMm: 30 }];
    store.getState().setPatientTumours(list);
    const a = currentProcedure(store.getState());
    expect(a.tumours).toHaveLength(1);
    expect(currentProcedure(store.getState())).toBe(a);
    store.getState().setMode('patient');
    expect(store.getState().patientView).toBe(true);
  });
});
