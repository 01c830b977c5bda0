import { defaultParams, presetParams, presetsFor } from '../physiology';
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
    // Published protocol variants (IHP: NCI, Leiden): choosing one sets its parameters at once.
    id: 'choosePreset',
    labelKey: 'physiology.preset.label',
    keys: [],
    args: ({ app }) => presetsFor(currentProcedure(app.getState()).id).map((preset) => preset.id),
    perform: ({ app }, arg) => {
      const state = app.getState();
      const chosen = presetParams(currentProcedure(state).id, String(arg));
      if (chosen.ok) state.setPhysiologyParams(chosen.params);
    },
    // A preset is chosen while every one of its parameters has its value (a default or a change).
    isPressed: ({ app }, arg) => {
      const state = app.getState();
      const procedure = currentProcedure(state);
      const preset = presetsFor(procedure.id).find((p) => p.id === arg);
      if (!preset) return false;
      const params = { ...defaultParams(procedure), ...state.physiologyOverrides[state.procedureId] };
      return Object.entries(preset.params).every(([name, value]) => params[name] === value);
    },
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
