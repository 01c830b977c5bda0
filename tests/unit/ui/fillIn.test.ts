import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fillIn } from '../../../renderer/src/ui/useFillIn';

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  initAsync: false,
  interpolation: { escapeValue: false },
  resources: {
    en: {
      translation: {
        clock: 'Condensed time {{time}}',
        value: '{{step}}, {{time}}',
        twice: '{{time}} and {{time}}',
        none: 'No time here',
      },
    },
  },
});
const t = (key: string, values: Record<string, string>) => i18n.t(key, values);

describe('fillIn', () => {
  it('gives what the translator gives, for every value', () => {
    const clock = fillIn(t, 'clock', 'time');
    for (const time of ['0:00', '12:34', '1:02:03']) expect(clock(time)).toBe(i18n.t('clock', { time }));
  });

  it('keeps the fixed values', () => {
    const value = fillIn(t, 'value', 'time', { step: 'Balloons inflated' });
    expect(value('3:07')).toBe('Balloons inflated, 3:07');
  });

  it('translates each time when the value is not in the message exactly once', () => {
    expect(fillIn(t, 'twice', 'time')('1:00')).toBe('1:00 and 1:00');
    expect(fillIn(t, 'none', 'time')('1:00')).toBe('No time here');
  });
});
