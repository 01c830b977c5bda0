// electron-builder afterPack hook: flips the Electron fuses of the packaged binary before it is
// signed or wrapped into an installer. CommonJS because electron-builder require()s hooks.
// The fuse list is data (FUSE_SETTINGS) so tests/unit/electron/packaging.test.ts can check it.
const { join } = require('node:path');

/**
 * What each fuse is set to, by its name in @electron/fuses' FuseV1Options.
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js.
 * - NODE_OPTIONS and --inspect off: nobody injects code or attaches a debugger from outside.
 * - ASAR integrity on, and only app.asar loaded: a modified or swapped app folder does not run
 *   (integrity is enforced by Electron on macOS and Windows).
 * - File-protocol extra privileges off: the page comes from app://, file:// needs none.
 */
const FUSE_SETTINGS = Object.freeze({
  RunAsNode: false,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  GrantFileProtocolExtraPrivileges: false,
});

/** electron-builder's Arch enum: arm64 = 3, universal = 4. */
const ARM64_OR_UNIVERSAL = new Set([3, 4]);

/** The Electron binary (or .app bundle) inside the packed folder, per platform. */
function electronBinaryPath(context) {
  const { electronPlatformName, appOutDir, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/** The argument for flipFuses: every fuse in FUSE_SETTINGS by its numeric id. */
function fuseConfig(fuses, context) {
  const config = { version: fuses.FuseVersion.V1, strictlyRequireAllFuses: false };
  for (const [name, on] of Object.entries(FUSE_SETTINGS)) {
    const id = fuses.FuseV1Options[name];
    if (typeof id !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[id] = on;
  }
  // Apple Silicon refuses a binary whose ad-hoc signature no longer matches after the flip.
  if (context.electronPlatformName === 'darwin' && ARM64_OR_UNIVERSAL.has(context.arch)) {
    config.resetAdHocDarwinSignature = true;
  }
  return config;
}

async function afterPack(context, fuses = require('@electron/fuses')) {
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, fuseConfig(fuses, context));
  console.log(`afterPack: fuses flipped in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSE_SETTINGS = FUSE_SETTINGS;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
