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
  /** Pictures rendered so far, of `total`. */
  done: number;
  total: number;
}

export const useHandout = create<HandoutState>(() => ({
  status: 'idle',
  model: null,
  pictures: null,
  error: null,
  done: 0,
  total: 0,
}));
