import { vi } from 'vitest';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import type { CommandContext, PlatformActions } from '../../../renderer/src/commands/types';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';

/**
 * A fresh context for command tests: new stores and a browser-like platform whose calls are mocks
 * that succeed. `platform` replaces any of those calls. One builder, so a new platform call or
 * store is added here once for every command test.
 */
export function commandTestContext(platform: Partial<PlatformActions> = {}): CommandContext {
  return {
    app: createAppStore(),
    explore: createExploreStore(),
    classroom: createClassroomStore(),
    platform: {
      isDesktop: () => false,
      saveScreenshot: vi.fn(async () => ({ saved: true })),
      printHandout: vi.fn(async () => ({ ok: true })),
      saveHandoutPdf: vi.fn(async () => ({ ok: true })),
      openAudienceWindow: vi.fn(async () => ({ ok: true })),
      rememberLanguage: vi.fn(async () => {}),
      ...platform,
    },
  };
}
