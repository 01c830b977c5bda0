import { describe, expect, it } from 'vitest';
import {
  COMPARTMENTS,
  createSample,
  defaultParams,
  sampleAt,
  solveProcedure,
} from '../../../renderer/src/physiology';
import {
  type DrugLegendNodes,
  DrugLegendPainter,
  markParts,
} from '../../../renderer/src/ui/drugLegendPainter';
import { load } from '../physiology/fixtures';

/** Stand-ins for the legend's three nodes: only what the painter writes. */
function fakeNodes() {
  const node = () => ({ textContent: '', style: { bottom: '' }, writes: 0 });
  const nodes = { figure: { hidden: false }, liver: node(), body: node() };
  return { nodes, asNodes: nodes as unknown as DrugLegendNodes };
}

describe('drug legend painter', () => {
  const procedure = load('php');
  const solution = solveProcedure(procedure, defaultParams(procedure), { dtS: 5 });
  const two = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  const one = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  const text = {
    solution,
    liverParts: markParts((value) => `Liver: ${value}`),
    bodyParts: markParts((value) => `Body: ${value}`),
    oneDecimal: one,
    twoDecimals: two,
  };
  const liverAt = (timeS: number) =>
    sampleAt(solution, timeS, createSample()).conc[COMPARTMENTS.indexOf('liverTissue')] ?? 0;

  it('splits a translated sentence around its value', () => {
    expect(markParts((value) => `Liver: ${value} mg/L`)).toEqual(['Liver: ', ' mg/L']);
  });

  it('hides the legend before the drug and shows the liver and body in numbers once it is given', () => {
    const { nodes, asNodes } = fakeNodes();
    const painter = new DrugLegendPainter();
    painter.paint(asNodes, text, 0);
    expect(nodes.figure.hidden).toBe(true);
    const end = solution.durationS;
    // Some moment with drug in the liver: the mark reads its value as the old legend formatted it.
    let timeS = 0;
    while (timeS < end && liverAt(timeS) <= 0) timeS += 30;
    painter.paint(asNodes, text, timeS);
    const liver = liverAt(timeS);
    expect(nodes.figure.hidden).toBe(false);
    expect(nodes.liver.textContent).toBe(`Liver: ${(liver < 1 ? two : one).format(liver)}`);
    expect(nodes.body.textContent).toMatch(/^Body: /);
    expect(nodes.liver.style.bottom).toMatch(/%$/);
  });
});
