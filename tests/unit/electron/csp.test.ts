import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY, parseCsp } from '../../../electron/shared/csp';

describe('CONTENT_SECURITY_POLICY', () => {
  it('is exactly the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never lets scripts run from strings, inline code or other hosts', () => {
    const script = parseCsp(CONTENT_SECURITY_POLICY).get('script-src') ?? '';
    expect(script).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('the dev variant differs only by inline scripts for the React Refresh preamble', () => {
    const prod = parseCsp(CONTENT_SECURITY_POLICY);
    const dev = parseCsp(DEV_CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toBe("'self' 'unsafe-inline'");
    dev.delete('script-src');
    prod.delete('script-src');
    expect(dev).toEqual(prod);
  });
});

describe('parseCsp', () => {
  it('ignores spacing, case of names and empty parts', () => {
    expect(parseCsp("  Default-Src   'self' ;; img-src data:  ")).toEqual(
      new Map([
        ['default-src', "'self'"],
        ['img-src', 'data:'],
      ]),
    );
  });
});
