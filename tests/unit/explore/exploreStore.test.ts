import { describe, expect, it } from 'vitest';
import { CUT_OFFSET_LIMIT_MM, createExploreStore } from '../../../renderer/src/store/exploreStore';

describe('explore store', () => {
  it('hides, isolates and shows everything again', () => {
    const store = createExploreStore();
    store.getState().setHidden('arteries', true);
    store.getState().toggleIsolated('liver');
    expect(store.getState().hidden.has('arteries')).toBe(true);
    expect(store.getState().isolated.has('liver')).toBe(true);
    store.getState().toggleIsolated('liver');
    expect(store.getState().isolated.size).toBe(0);
    store.getState().toggleIsolated('tumours');
    store.getState().showAll();
    expect(store.getState().hidden.size).toBe(0);
    expect(store.getState().isolated.size).toBe(0);
  });

  it('changes hovered only when the structure changes', () => {
    const store = createExploreStore();
    let updates = 0;
    store.subscribe(() => updates++);
    store.getState().setHovered('liver');
    store.getState().setHovered('liver');
    store.getState().setHovered('aorta');
    expect(updates).toBe(2);
  });

  it('keeps opacity within 0..1 and clears it with null', () => {
    const store = createExploreStore();
    store.getState().setOpacity('liver', 1.7);
    expect(store.getState().opacity.liver).toBe(1);
    store.getState().setOpacity('liver', -1);
    expect(store.getState().opacity.liver).toBe(0);
    store.getState().setOpacity('liver', null);
    expect('liver' in store.getState().opacity).toBe(false);
  });

  it('limits the cut offset and keeps the axis', () => {
    const store = createExploreStore();
    store.getState().setCutAxis('sagittal');
    store.getState().setCutOffset(1e6);
    expect(store.getState().cut).toMatchObject({ axis: 'sagittal', offsetMm: CUT_OFFSET_LIMIT_MM });
    store.getState().setCutOffset(Number.NaN);
    expect(store.getState().cut.offsetMm).toBe(0);
  });
});
