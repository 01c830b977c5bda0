// The packaging configuration and the fuse list, checked as data: the Electron binary cannot be
// downloaded here, so electron-builder itself is not run in tests.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as realFuses from '@electron/fuses';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../../..');
const config = JSON.parse(readFileSync(join(ROOT, 'electron-builder.json'), 'utf8'));
const hook = require(join(ROOT, 'build/afterPack.cjs')) as {
  (context: unknown, fuses?: unknown): Promise<void>;
  FUSE_SETTINGS: Record<string, boolean>;
  electronBinaryPath(context: unknown): string;
  fuseConfig(fuses: unknown, context: unknown): Record<string | number, unknown>;
};

const context = (electronPlatformName: string, arch = 1) => ({
  electronPlatformName,
  arch,
  appOutDir: '/tmp/pack',
  packager: {
    appInfo: { productFilename: 'Hepatic Perfusion Explainer' },
    executableName: 'hepatic-perfusion-explainer',
  },
});

describe('electron-builder configuration', () => {
  it('builds AppImage and deb, NSIS and portable, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('is offline: never publishes, no update files', () => {
    expect(config.publish).toBeNull();
    expect(config.detectUpdateChannel).toBe(false);
    expect(config.generateUpdatesFilesForAllChannels).toBe(false);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('electron-updater');
  });

  it("passes electron-builder's own schema validation", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(
      validateConfiguration(structuredClone(config), new DebugLogger(false)),
    ).resolves.toBeUndefined();
    await expect(
      validateConfiguration({ ...structuredClone(config), publsh: null }, new DebugLogger(false)),
    ).rejects.toThrow();
  }, 60_000); // loading app-builder-lib takes seconds

  it('packs the built app into an asar and runs the fuse hook after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toContain('out/**/*');
    expect(config.afterPack).toBe('build/afterPack.cjs');
    expect(existsSync(join(ROOT, config.afterPack))).toBe(true);
    expect(config.electronFuses).toBeUndefined(); // one place flips fuses: the hook
  });
});

describe('fuses', () => {
  it('the list the security checklist asks for', () => {
    expect(hook.FUSE_SETTINGS).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('every fuse name exists in @electron/fuses', () => {
    for (const name of Object.keys(hook.FUSE_SETTINGS)) {
      expect(typeof (realFuses.FuseV1Options as Record<string, unknown>)[name], name).toBe('number');
    }
    const built = hook.fuseConfig(realFuses, context('linux'));
    expect(built.version).toBe(realFuses.FuseVersion.V1);
    expect(built[realFuses.FuseV1Options.RunAsNode]).toBe(false);
    expect(built[realFuses.FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(built[realFuses.FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it.each([
    ['linux', '/tmp/pack/hepatic-perfusion-explainer'],
    ['win32', '/tmp/pack/Hepatic Perfusion Explainer.exe'],
    ['darwin', '/tmp/pack/Hepatic Perfusion Explainer.app'],
  ])('flips the fuses of the %s binary', async (platform, path) => {
    const flipFuses = vi.fn(async () => 1);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await hook(context(platform), { ...realFuses, flipFuses });
    expect(flipFuses).toHaveBeenCalledWith(
      path,
      expect.objectContaining({ version: realFuses.FuseVersion.V1 }),
    );
    log.mockRestore();
  });

  it('re-signs ad hoc only for Apple Silicon builds', () => {
    expect(hook.fuseConfig(realFuses, context('darwin', 3)).resetAdHocDarwinSignature).toBe(true);
    expect(hook.fuseConfig(realFuses, context('darwin', 1)).resetAdHocDarwinSignature).toBeUndefined();
    expect(hook.fuseConfig(realFuses, context('linux', 3)).resetAdHocDarwinSignature).toBeUndefined();
  });

  it('a fuse name @electron/fuses does not know stops the build', () => {
    const fuses = { ...realFuses, FuseV1Options: {} };
    expect(() => hook.fuseConfig(fuses, context('linux'))).toThrow('no fuse named RunAsNode');
  });
});
