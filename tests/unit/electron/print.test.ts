import { describe, expect, it, vi } from 'vitest';
import { printHandout } from '../../../electron/main/print';

type PrintCallback = (success: boolean, failureReason: string) => void;

describe('printHandout', () => {
  it('prints with backgrounds and reports success', async () => {
    const print = vi.fn((_options: unknown, callback: PrintCallback) => callback(true, ''));
    await expect(printHandout({ print } as never)).resolves.toEqual({ ok: true });
    expect(print).toHaveBeenCalledWith({ printBackground: true }, expect.any(Function));
  });

  it('reports a cancelled or failed print as not ok', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cancelled = vi.fn((_o: unknown, cb: PrintCallback) => cb(false, 'Print job canceled'));
    await expect(printHandout({ print: cancelled } as never)).resolves.toEqual({ ok: false });
    expect(warn).not.toHaveBeenCalled();
    const failed = vi.fn((_o: unknown, cb: PrintCallback) => cb(false, 'Print job failed'));
    await expect(printHandout({ print: failed } as never)).resolves.toEqual({ ok: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Print job failed'));
    warn.mockRestore();
  });
});
