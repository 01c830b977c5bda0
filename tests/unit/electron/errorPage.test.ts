import { describe, expect, it } from 'vitest';
import { errorPageDataUrl, errorPageHtml } from '../../../electron/main/errorPage';
import { mainStrings } from '../../../electron/main/strings';

describe('error page', () => {
  const strings = mainStrings('en');

  it('shows the localized title, message and hint', () => {
    const html = errorPageHtml(strings, '#000000');
    expect(html).toContain(strings.errorPageTitle);
    expect(html).toContain(strings.errorPageMessage);
    expect(html).toContain(strings.errorPageHint);
  });

  it('runs no script and forbids any', () => {
    const html = errorPageHtml(strings, '#000000');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes the strings', () => {
    const html = errorPageHtml(
      { errorPageTitle: '<b>', errorPageMessage: 'a & b', errorPageHint: '"q"' },
      '#000000',
    );
    expect(html).toContain('&#60;b&#62;');
    expect(html).toContain('a &#38; b');
    expect(html).not.toContain('<b>');
  });

  it('is a data URL that decodes back to the page', () => {
    const html = errorPageHtml(strings, '#000000');
    const url = errorPageDataUrl(html);
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length))).toBe(html);
  });
});

describe('main-process strings', () => {
  it('every English string is present and non-empty', () => {
    for (const [key, value] of Object.entries(mainStrings('en'))) {
      expect(value.trim(), key).not.toBe('');
    }
  });
});
