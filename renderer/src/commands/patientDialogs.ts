import { captureHandle, renderStill } from '../handout/sceneCapture';
import { i18next } from '../i18n';
import type { Command, CommandContext } from './types';

const notKiosk = ({ app }: CommandContext) => app.getState().mode !== 'kiosk';
const handoutOpen = (ctx: CommandContext) => ctx.app.getState().patientDialog === 'handout' && notKiosk(ctx);
const pictureOpen = (ctx: CommandContext) => ctx.app.getState().patientDialog === 'picture' && notKiosk(ctx);

/** Renders the view at the chosen size and background and hands the PNG to the shell; then closes. */
async function savePictureNow(ctx: CommandContext): Promise<void> {
  const { app, platform } = ctx;
  const { scale, transparent } = app.getState().patientPicture;
  const fail = (reason: string) => {
    app.getState().addNotice(i18next.t('patient.picture.failed', { reason }));
    app.getState().setPatientDialog(null);
  };
  const capture = captureHandle();
  if (!capture) {
    fail(i18next.t('app.webglUnavailable'));
    return;
  }
  app.getState().setPatientPicture({ saving: true });
  try {
    const element = capture.gl.domElement;
    capture.advance();
    const still = renderStill(
      capture,
      capture.camera,
      element.clientWidth * scale,
      element.clientHeight * scale,
      transparent,
    );
    await platform.saveScreenshot(still.canvas.toDataURL('image/png'));
    app.getState().setPatientDialog(null);
  } catch (error) {
    fail(String(error));
  } finally {
    app.getState().setPatientPicture({ saving: false });
  }
}

async function saveHandoutPdf(ctx: CommandContext): Promise<void> {
  const result = await ctx.platform.saveHandoutPdf();
  if (result.path) ctx.app.getState().addNotice(i18next.t('patient.handout.saved', { path: result.path }));
}

/** Inside the patient dialogs: the picture's size and background, saving it, printing the handout, closing. */
export const patientDialogCommands: readonly Command[] = [
  {
    id: 'closePatientDialog',
    labelKey: 'patient.expect.close',
    keys: [],
    perform: ({ app }) => app.getState().setPatientDialog(null),
    isEnabled: ({ app }) => app.getState().patientDialog !== null,
  },
  {
    id: 'choosePictureScale',
    labelKey: 'patient.picture.size',
    keys: [],
    args: () => [1, 2],
    perform: ({ app }, arg) => app.getState().setPatientPicture({ scale: arg === 2 ? 2 : 1 }),
    isPressed: ({ app }, arg) => app.getState().patientPicture.scale === arg,
  },
  {
    id: 'togglePictureTransparent',
    labelKey: 'patient.picture.transparent',
    keys: [],
    perform: ({ app }) =>
      app.getState().setPatientPicture({ transparent: !app.getState().patientPicture.transparent }),
    isPressed: ({ app }) => app.getState().patientPicture.transparent,
  },
  {
    id: 'savePictureNow',
    labelKey: 'patient.picture.save',
    keys: [],
    perform: (ctx) => void savePictureNow(ctx),
    isEnabled: (ctx) => pictureOpen(ctx) && !ctx.app.getState().patientPicture.saving,
  },
  {
    id: 'printHandout',
    labelKey: 'patient.handout.print',
    keys: [],
    perform: (ctx) => void ctx.platform.printHandout(),
    isEnabled: handoutOpen,
  },
  {
    id: 'saveHandoutPdf',
    labelKey: 'patient.handout.savePdf',
    keys: [],
    perform: (ctx) => void saveHandoutPdf(ctx),
    isEnabled: (ctx) => handoutOpen(ctx) && ctx.platform.isDesktop(),
  },
];
