import { useClassroomStore } from '../classroom/classroomStore';
import {
  getHepaticApi,
  openAudienceWindow,
  printHandout,
  rememberLanguage,
  saveHandoutPdf,
  saveScreenshot,
} from '../platform/platform';
import { useAppStore } from '../store/appStore';
import { useExploreStore } from '../store/exploreStore';
import type { CommandContext } from './types';

const appContextValue: CommandContext = {
  app: useAppStore,
  explore: useExploreStore,
  platform: {
    isDesktop: () => getHepaticApi() !== undefined,
    saveScreenshot,
    printHandout,
    saveHandoutPdf,
    openAudienceWindow,
    rememberLanguage,
  },
  classroom: useClassroomStore,
};

/** The running app's context: its two stores and the desktop shell (or the browser's stand-ins). */
export function appContext(): CommandContext {
  return appContextValue;
}
