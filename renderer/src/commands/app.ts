import { defaultParams } from '../physiology';
import { currentProcedure, PANEL_TABS, type PanelTab } from '../store/appStore';
import type { Command } from './types';

/** The app around the scene: panels, dialogs, files, notices and the model's parameters. */
export const appCommands: readonly Command[] = [
  {
    id: 'showPanel',
    labelKey: 'panels.label',
    keys: [],
    args: () => PANEL_TABS,
    perform: ({ app }, arg) => {
      if (PANEL_TABS.includes(arg as PanelTab)) app.getState().setPanel(arg as PanelTab);
    },
    isPressed: ({ app }, arg) => app.getState().panel === arg,
  },
  {
    id: 'openReferences',
    labelKey: 'controls.references',
    keys: [],
    perform: ({ app }) => app.getState().setReferencesOpen(true),
  },
  {
    id: 'closeReferences',
    labelKey: 'controls.close',
    keys: [],
    perform: ({ app }) => app.getState().setReferencesOpen(false),
  },
  {
    id: 'openProcedureFile',
    labelKey: 'controls.openProcedure',
    keys: [],
    perform: ({ app }) => app.getState().requestProcedureFile(),
  },
  {
    id: 'dismissNotice',
    labelKey: 'controls.close',
    keys: [],
    args: ({ app }) => app.getState().notices.map((_, i) => i),
    perform: ({ app }, arg) => app.getState().dismissNotice(Number(arg ?? 0)),
  },
  {
    id: 'resetParameters',
    labelKey: 'parameters.reset',
    keys: [],
    perform: ({ app }) => app.getState().resetPhysiologyParams(),
    // Enabled while any parameter differs from its default.
    isEnabled: ({ app }) => {
      const state = app.getState();
      const defaults = defaultParams(currentProcedure(state));
      const overrides = state.physiologyOverrides[state.procedureId];
      return Object.keys(overrides).some((name) => overrides[name] !== defaults[name]);
    },
  },
];
