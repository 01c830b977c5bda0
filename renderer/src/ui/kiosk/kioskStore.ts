import { create } from 'zustand';
import { DEFAULT_IDLE_SECONDS, type LaunchOptions } from '../../../../electron/shared/launchOptions';

/** Kiosk settings from the launch options, and what only the operator should see. */
export interface KioskState {
  idleSeconds: number;
  /** Config and launch problems: shown on the operator's PIN screen, never to visitors. */
  operatorWarnings: readonly string[];
  configure(options: Pick<LaunchOptions, 'idleSeconds' | 'configWarnings'>): void;
}

export const useKioskStore = create<KioskState>()((set) => ({
  idleSeconds: DEFAULT_IDLE_SECONDS,
  operatorWarnings: [],
  configure: (options) =>
    set({ idleSeconds: options.idleSeconds, operatorWarnings: [...options.configWarnings] }),
}));
