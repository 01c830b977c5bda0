import ihp from '@assets/procedures/ihp.json';
import php from '@assets/procedures/php.json';
import { describe, expect, it } from 'vitest';
import { parseProcedure } from '../../../renderer/src/procedure/loader';

describe('speaker notes', () => {
  it.each([
    ['php', php],
    ['ihp', ihp],
  ])('every %s step has notes for the presenter console', (_id, data) => {
    for (const step of data.steps) expect(step.notesKey, step.id).toMatch(/^notes\.(php|ihp)\.[a-zA-Z]+$/);
  });

  it('notesKey is optional, and validated like the other keys when present', () => {
    const withoutNotes = structuredClone(php) as { steps: Array<Record<string, unknown>> };
    delete withoutNotes.steps[0]?.notesKey;
    expect(parseProcedure(withoutNotes, 'php.json').ok).toBe(true);

    const broken = structuredClone(php) as { steps: Array<Record<string, unknown>> };
    (broken.steps[2] as Record<string, unknown>).notesKey = 'notes about <b>';
    const result = parseProcedure(broken, 'broken.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('steps.2.notesKey');
  });
});
