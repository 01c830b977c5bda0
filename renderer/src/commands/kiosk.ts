// The kiosk's commands. They go into the shared registry (commands/registry.ts) like every other command,
// so the "Start again" button and the idle/attract loop are just two more callers of it.
import { PROCEDURE_IDS, type ProcedureId } from '../procedure/registry';
import { INITIAL_EXPLORE } from '../store/exploreStore';
import type { Command, CommandContext } from './types';

/** The commands the kiosk's idle machine asks for (ui/kiosk/idleMachine.ts). */
export type KioskCommandId = 'kioskResetAll' | 'kioskAttractLoop' | 'kioskLeaveAttract' | 'kioskReturnView';

/** The procedure a reset kiosk shows first. */
export const KIOSK_DEFAULT_PROCEDURE: ProcedureId = 'php';

/** Explore state back to nothing selected, hidden, cut, tinted or see-through. */
function clearExplore({ explore }: CommandContext): void {
  explore.setState({ ...INITIAL_EXPLORE, hidden: new Set(), isolated: new Set(), opacity: {} });
}

/** Step 1 of the procedure on show, from the step's own view, explore cleared. */
function toStart(ctx: CommandContext): void {
  const s = ctx.app.getState();
  s.seek(0);
  clearExplore(ctx);
  s.resetView();
}

/** Everything as a fresh kiosk: default procedure, step 1, paused, default view, parameters and language. */
function resetAll(ctx: CommandContext): void {
  const s = ctx.app.getState();
  s.pause();
  // Parameters are kept per procedure: put each back to its defaults.
  for (const id of PROCEDURE_IDS) {
    s.setProcedure(id);
    s.resetPhysiologyParams();
  }
  s.setProcedure(KIOSK_DEFAULT_PROCEDURE);
  s.setSpeed(1);
  s.setLabels(true);
  // A visitor's language goes with the visitor.
  s.setLanguage(s.homeLanguage);
  toStart(ctx);
}

type KioskCommand = Command & { id: KioskCommandId | 'kioskStartAgain' };

export const kioskCommands: readonly KioskCommand[] = [
  {
    // The big "Start again" button: this procedure from its first step, playing.
    id: 'kioskStartAgain',
    labelKey: 'kiosk.startAgain',
    keys: [],
    perform: (ctx) => {
      toStart(ctx);
      ctx.app.getState().play();
    },
  },
  { id: 'kioskResetAll', labelKey: 'kiosk.command.resetAll', keys: [], perform: resetAll },
  {
    // One more pass of the attract loop: from the start, playing.
    id: 'kioskAttractLoop',
    labelKey: 'kiosk.command.attractLoop',
    keys: [],
    perform: ({ app }) => {
      const s = app.getState();
      s.seek(0);
      s.resetView();
      s.play();
    },
  },
  {
    id: 'kioskLeaveAttract',
    labelKey: 'kiosk.command.leaveAttract',
    keys: [],
    perform: (ctx) => {
      ctx.app.getState().pause();
      toStart(ctx);
    },
  },
  {
    // Glide back to the step's view (no cut) if a visitor moved the camera.
    id: 'kioskReturnView',
    labelKey: 'controls.resetView',
    keys: [],
    perform: ({ app, explore }) => {
      app.getState().setFollowSteps(true);
      if (explore.getState().focus) explore.getState().setFocus(null);
    },
  },
];
