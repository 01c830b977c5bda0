import { describe, expect, it } from 'vitest';
import { AVAILABLE_LANGUAGES } from '../../../renderer/src/i18n/localeFiles';
import { buildCatalogue } from '../../../renderer/src/procedure/registry';
import { stepSettledS } from '../../../renderer/src/procedure/settledTime';
import { procedureDurationS } from '../../../renderer/src/procedure/timeline';
import { formatHash, parseHash } from '../../../renderer/src/store/urlHash';

const catalogue = buildCatalogue({});

describe('URL hash', () => {
  it('reads procedure and time', () => {
    expect(parseHash('#procedure=php&t=1260', catalogue)).toEqual({
      state: { procedureId: 'php', timeS: 1260 },
      problems: [],
    });
  });

  it('reads a step of the named procedure as its settled moment (its outcome shown)', () => {
    const ihp = catalogue.procedures.ihp;
    const index = ihp.steps.findIndex((step) => step.id === 'perfusion');
    expect(parseHash('#procedure=ihp&step=perfusion', catalogue).state).toEqual({
      procedureId: 'ihp',
      timeS: stepSettledS(ihp, index),
    });
    // The drug is visibly flowing then: later than the step's start.
    expect(stepSettledS(ihp, index)).toBeGreaterThan((ihp.steps[index]?.startMin ?? 0) * 60);
  });

  it('round-trips what it writes', () => {
    const hash = formatHash('ihp', 'washout', 6400.4);
    expect(hash).toBe('#procedure=ihp&step=washout&t=6400');
    expect(parseHash(hash, catalogue).state).toEqual({ procedureId: 'ihp', timeS: 6400 });
  });

  it('names each unusable field and keeps the usable ones', () => {
    const result = parseHash('#procedure=tace&t=-4&step=x', catalogue);
    expect(result.state).toEqual({});
    expect(result.problems.join(' ')).toMatch(/procedure "tace"/);
    expect(result.problems.join(' ')).toMatch(/t "-4"/);
    expect(result.problems.join(' ')).toMatch(/step "x"/);
  });

  it('rejects a time past the end', () => {
    const duration = procedureDurationS(catalogue.procedures.php);
    expect(parseHash('#t=999999', catalogue).problems[0]).toContain(`between 0 and ${duration}`);
  });

  it('reads and writes the language, leaving English (the default) out of the link', () => {
    expect(formatHash('php', 'infusion', 2100, null, 'en')).toBe('#procedure=php&step=infusion&t=2100');
    expect(formatHash('php', 'infusion', 2100, null, 'de')).toBe(
      '#procedure=php&step=infusion&t=2100&lang=de',
    );
    expect(parseHash('#procedure=php&lang=en', catalogue).state).toEqual({
      procedureId: 'php',
      language: 'en',
    });
    const other = AVAILABLE_LANGUAGES.find((code) => code !== 'en');
    if (other) expect(parseHash(`#lang=${other}`, catalogue).state).toEqual({ language: other });
  });

  it('names a language it does not have and stays in the one it has', () => {
    const result = parseHash('#procedure=php&lang=tlh', catalogue);
    expect(result.state).toEqual({ procedureId: 'php' });
    expect(result.problems).toEqual([
      expect.stringMatching(/language "tlh" is not one of en.*; using English/),
    ]);
  });
});
