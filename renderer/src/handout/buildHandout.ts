import type { CommandContext } from '../commands/types';
import { contentFor } from '../patient/content';
import { bundledReferences } from '../references/bundled';
import { currentProcedure } from '../store/appStore';
import { buildHandoutModel, type Translate } from './handoutModel';
import { renderHandoutPictures } from './handoutPictures';
import { useHandout } from './handoutStore';
import { captureHandle } from './sceneCapture';

/**
 * Builds the handout for the procedure and tumours on screen: the content first, then the
 * pictures, rendered off-screen one by one. Playback pauses while it works. Nothing is saved.
 */
export async function buildHandout(ctx: CommandContext, t: Translate, date = new Date()): Promise<void> {
  const state = ctx.app.getState();
  const procedure = currentProcedure(state);
  const examples = state.patientTumours === null;
  const tumours = procedure.tumours.map((tumour) => ({
    segment: tumour.segment,
    diameterMm: tumour.diameterMm,
  }));
  const model = buildHandoutModel({
    procedure,
    content: contentFor(state.procedureId),
    references: bundledReferences.references,
    tumours,
    examples,
    date,
    language: state.language,
    t,
  });
  useHandout.setState({
    status: 'building',
    model,
    pictures: null,
    error: null,
    done: 0,
    total: model.steps.length + 1,
  });
  const capture = captureHandle();
  if (!capture) {
    useHandout.setState({ status: 'failed', error: t('app.webglUnavailable') });
    return;
  }
  if (state.playing) state.pause();
  try {
    const pictures = await renderHandoutPictures(
      capture,
      model,
      procedure.tumours,
      ctx.explore.getState(),
      (done, total) => useHandout.setState({ done, total }),
    );
    useHandout.setState({ status: 'ready', pictures });
  } catch (error) {
    useHandout.setState({ status: 'failed', error: error instanceof Error ? error.message : String(error) });
  }
}
