import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../../scripts/simulate';
import { ID } from './fixtures';

function memoryIo(): CliIo & { written: Map<string, string> } {
  const written = new Map<string, string>();
  return {
    written,
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => {
      written.set(path, text);
    },
  };
}

describe('simulate command line', () => {
  it('prints one JSON object with the figures for a procedure', () => {
    const result = runCli(['--procedure', ID.php, '--step', '5'], memoryIo());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out.procedure).toBe(ID.php);
    expect(out.params.dose).toBe(3);
    for (const key of ['liver', 'tumour', 'systemic']) expect(out.auc[key]).toBeGreaterThan(0);
    for (const key of ['liver', 'systemic']) expect(out.peak[key]).toBeGreaterThan(0);
    expect(out.regionalAdvantage).toBeGreaterThan(1);
    const { removed, eliminated, inBody } = out.doseFractions;
    expect(removed + eliminated + inBody).toBeCloseTo(1, 4);
    expect(out.comparator.auc.systemic).toBeGreaterThan(out.auc.systemic);
    expect(out.comparator.peak.systemic).toBeGreaterThan(out.peak.systemic);
    expect(out.filterExtractionMean).toBeGreaterThan(0.8);
  });

  it('takes weight, dose and any parameter, and reports the values used', () => {
    const result = runCli(
      [
        '--procedure',
        ID.ihp,
        '--weight',
        '80',
        '--dose=3',
        '--param',
        'leakFraction=0.1',
        '--param',
        'circuitFlow=500',
        '--param',
        'idealWeightDosing=0',
        '--step',
        '10',
      ],
      memoryIo(),
    );
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.params).toMatchObject({ weight: 80, dose: 3, leakFraction: 0.1, circuitFlow: 500 });
    // Dosed by actual weight here: 3 mg/kg × 80 kg.
    expect(out.doseMg).toBe(240);
  });

  it('runs the IHP protocol presets, and lets other options override them', () => {
    for (const preset of ['nci', 'leiden']) {
      const result = runCli(['--procedure', ID.ihp, '--preset', preset, '--step', '10'], memoryIo());
      expect(result.code, result.stderr).toBe(0);
      const out = JSON.parse(result.stdout);
      expect(out.preset).toBe(preset);
      expect(out.params.leakFraction).toBe(preset === 'nci' ? 0 : 0.042);
    }
    const overridden = runCli(
      ['--procedure', ID.ihp, '--preset', 'leiden', '--dose', '2', '--step', '10'],
      memoryIo(),
    );
    expect(JSON.parse(overridden.stdout).params.dose).toBe(2);
  });

  it('writes the time series with --csv', () => {
    const io = memoryIo();
    const result = runCli(['--procedure', ID.php, '--csv', 'out.csv', '--step', '30'], io);
    expect(result.code).toBe(0);
    const lines = (io.written.get('out.csv') ?? '').trim().split('\n');
    expect(lines[0]).toMatch(/^timeS,timeMin,systemicMgL,liverBloodMgL,.*ivComparatorSystemicMgL/);
    expect(lines).toHaveLength(110 * 2 + 2);
    expect(JSON.parse(result.stdout).csv).toBe('out.csv');
  });

  it.each([
    [[], /--procedure is required/],
    [['--procedure'], /--procedure needs a value/],
    [['--procedure', 'nope'], /no procedure "nope"/],
    [['--procedure', ID.php, '--weight', 'heavy'], /--weight needs a number, got "heavy"/],
    [['--procedure', ID.php, '--dose', '50'], /dose = 50 is out of range \(allowed 0\.1…10 mg\/kg\)/],
    [['--procedure', ID.php, '--param', 'bypassFlow=100'], /unknown parameter "bypassFlow"/],
    [['--procedure', ID.php, '--param', 'leak'], /--param needs NAME=VALUE/],
    [['--procedure', ID.php, '--colour', 'red'], /unknown option --colour/],
    [[ID.php], /unexpected argument "php"/],
    [
      ['--procedure', ID.ihp, '--preset', 'rotterdam'],
      /--preset: unknown preset "rotterdam" for ihp \(choose nci, leiden\)/,
    ],
    [['--procedure', ID.php, '--preset', 'nci'], /--preset: php has no presets/],
  ])('rejects %j with one clear line and a non-zero code', (argv, message) => {
    const result = runCli(argv as string[], memoryIo());
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a file it cannot write as one line', () => {
    const io = memoryIo();
    io.writeFile = () => {
      throw new Error('EACCES: permission denied');
    };
    const result = runCli(['--procedure', ID.php, '--csv', '/nope/out.csv', '--step', '60'], io);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^simulate: could not write \/nope\/out\.csv: EACCES/);
  });

  it('prints its usage with --help', () => {
    const result = runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: simulate --procedure php\|ihp/);
  });
});
