import { create } from 'zustand';
import type { HandoutModel } from './handoutModel';
import type { HandoutPictures } from './handoutPictures';

export type HandoutStatus = 'idle' | 'building' | 'ready' | 'failed';

/** The handout being prepared or ready to print; kept in memory only, never written to disk. */
export interface HandoutState {
  status: HandoutStatus;
  model: HandoutModel | null;
  pictures: HandoutPictures | null;
  error: string | null;
}

export const useHandout = create<HandoutState>(() => ({
  status: 'idle',
  model: null,
  pictures: null,
  error: null,
}));
