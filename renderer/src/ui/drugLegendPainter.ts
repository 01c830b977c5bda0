import { COMPARTMENTS, createSample, type Solution, sampleAt, scalePosition } from '../physiology';
import { markPositions } from './drugLegendMarks';

const LIVER_TISSUE = COMPARTMENTS.indexOf('liverTissue');
const SYSTEMIC = COMPARTMENTS.indexOf('systemic');
/** Stands in for the value while a mark's sentence is translated once, then split around it. */
const VALUE_SLOT = '\u0000';

/** The legend's nodes that change with the playhead. */
export interface DrugLegendNodes {
  figure: HTMLElement;
  liver: HTMLElement;
  body: HTMLElement;
}

/** What a painter needs that changes only with the language or the procedure. */
export interface DrugLegendText {
  solution: Solution;
  /** A mark's sentence with its name filled in and the value left out: the parts around the value. */
  liverParts: readonly string[];
  bodyParts: readonly string[];
  /** The language's formatters for one and two decimals. */
  oneDecimal: Intl.NumberFormat;
  twoDecimals: Intl.NumberFormat;
}

/** A mark's sentence, translated once with `sentence(VALUE_SLOT)`, as the parts around its value. */
export function markParts(sentence: (value: string) => string): readonly string[] {
  return sentence(VALUE_SLOT).split(VALUE_SLOT);
}

/** One mark's last written value and position: a node is written only when what it shows changes. */
class MarkWriter {
  private value = Number.NaN;
  private at = Number.NaN;

  reset(): void {
    this.value = Number.NaN;
    this.at = Number.NaN;
  }

  write(node: HTMLElement, parts: readonly string[], format: Intl.NumberFormat, value: number, at: number) {
    if (value !== this.value) {
      this.value = value;
      node.textContent = parts.join(format.format(value));
    }
    if (at !== this.at) {
      this.at = at;
      node.style.bottom = `${at * 100}%`;
    }
  }
}

/**
 * Writes the legend's marks and visibility for a moment straight into its nodes, so the legend
 * follows the playhead without re-rendering (and without allocating while nothing it shows
 * changes). One scratch sample, refilled each time.
 */
export class DrugLegendPainter {
  private readonly sample = createSample();
  private readonly liver = new MarkWriter();
  private readonly body = new MarkWriter();
  private hidden: boolean | null = null;
  private liverMgL = Number.NaN;
  private bodyMgL = Number.NaN;

  /** Forgets what was written: the next paint writes every node (new nodes, language or procedure). */
  reset(): void {
    this.liver.reset();
    this.body.reset();
    this.hidden = null;
    this.liverMgL = Number.NaN;
    this.bodyMgL = Number.NaN;
  }

  paint(nodes: DrugLegendNodes, text: DrugLegendText, timeS: number): void {
    const conc = sampleAt(text.solution, timeS, this.sample).conc;
    const liver = conc[LIVER_TISSUE] ?? 0;
    const body = conc[SYSTEMIC] ?? 0;
    let anyDrug = false;
    for (let i = 0; i < conc.length; i++) if ((conc[i] as number) > 0) anyDrug = true;
    if (this.hidden !== !anyDrug) {
      this.hidden = !anyDrug;
      nodes.figure.hidden = !anyDrug;
    }
    if (liver === this.liverMgL && body === this.bodyMgL) return;
    this.liverMgL = liver;
    this.bodyMgL = body;
    // The liver's mark above the body's when they meet: it holds more in every procedure shown.
    const liverHigher = liver >= body;
    const [upper, lower] = markPositions(
      scalePosition(liverHigher ? liver : body),
      scalePosition(liverHigher ? body : liver),
    );
    this.liver.write(
      nodes.liver,
      text.liverParts,
      liver < 1 ? text.twoDecimals : text.oneDecimal,
      liver,
      liverHigher ? upper : lower,
    );
    this.body.write(
      nodes.body,
      text.bodyParts,
      body < 1 ? text.twoDecimals : text.oneDecimal,
      body,
      liverHigher ? lower : upper,
    );
  }
}
