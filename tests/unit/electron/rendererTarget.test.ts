import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererTarget } from '../../../electron/main/rendererTarget';

const mainDir = join('/opt', 'hepatic', 'out', 'main');
const built = {
  kind: 'app',
  root: join('/opt', 'hepatic', 'out', 'renderer'),
  url: 'app://hepatic/index.html',
};

describe('resolveRendererTarget', () => {
  it('the built renderer folder next to the main bundle, served as app://hepatic/, by default', () => {
    expect(resolveRendererTarget({ devServerUrl: undefined, isPackaged: false, mainDir })).toEqual({
      target: built,
    });
    expect(resolveRendererTarget({ devServerUrl: '', isPackaged: true, mainDir })).toEqual({ target: built });
  });

  it('the dev server when electron-vite sets one', () => {
    expect(
      resolveRendererTarget({ devServerUrl: 'http://localhost:5173', isPackaged: false, mainDir }),
    ).toEqual({
      target: { kind: 'dev', url: 'http://localhost:5173/' },
    });
    expect(
      resolveRendererTarget({ devServerUrl: 'http://127.0.0.1:5174/', isPackaged: false, mainDir }).target
        .kind,
    ).toBe('dev');
  });

  it('ignores the variable in a packaged app', () => {
    const result = resolveRendererTarget({
      devServerUrl: 'http://localhost:5173',
      isPackaged: true,
      mainDir,
    });
    expect(result.target).toEqual(built);
    expect(result.warning).toContain('packaged');
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.5:5173',
    'file:///tmp/x.html',
    'not a url',
    'javascript:alert(1)',
  ])('refuses %s and loads the built page', (url) => {
    const result = resolveRendererTarget({ devServerUrl: url, isPackaged: false, mainDir });
    expect(result.target).toEqual(built);
    expect(result.warning).toContain('ELECTRON_RENDERER_URL');
  });
});
