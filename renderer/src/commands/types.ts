import type { StoreApi } from 'zustand';
import type { Language } from '../../../electron/shared/languages';
import type { ClassroomStore } from '../classroom/classroomStore';
import type { OpenAudienceResult, PrintHandoutResult, SaveScreenshotResult } from '../platform/platform';
import type { AppStore } from '../store/appStore';
import type { ExploreStore } from '../store/exploreStore';

/** What the desktop shell (or the browser in its place) can do for a command. */
export interface PlatformActions {
  isDesktop(): boolean;
  saveScreenshot(pngDataUrl: string): Promise<SaveScreenshotResult>;
  printHandout(): Promise<PrintHandoutResult>;
  /** Desktop: asks where to save the handout as a PDF. Browser: the print dialog (which offers PDF). */
  saveHandoutPdf(): Promise<PrintHandoutResult>;
  /** Opens the audience window: on the second display on the desktop, a new window in a browser. */
  openAudienceWindow(): Promise<OpenAudienceResult>;
  /** Desktop: keeps the chosen language for the next start (and the shell's own dialogs). Browser: nothing. */
  rememberLanguage(language: Language): Promise<void>;
}

/**
 * Everything a command may change, passed in rather than reached for: a button, a key, a
 * presenter's clicker, the kiosk loop and a test all hand the same kind of context.
 */
export interface CommandContext {
  app: StoreApi<AppStore>;
  explore: StoreApi<ExploreStore>;
  platform: PlatformActions;
  /** How this window presents to a room: blank screen, panels, full screen, contrast. */
  classroom: StoreApi<ClassroomStore>;
}

/**
 * One user action. Buttons take their label, shortcut hint, disabled and pressed state from it;
 * the keyboard finds it by key.
 */
export interface Command {
  id: string;
  /** Locale key of the command's name. */
  labelKey: string;
  /** Locale key of the name while pressed, where pressing changes what it does (Play → Pause). */
  pressedLabelKey?: string;
  /** Keys (KeyboardEvent.key) that trigger it when focus is not in a text field; may be empty. */
  keys: readonly string[];
  /**
   * 'scene': the keys act only while the 3D view has focus (arrows turn the view there, and step
   * through the procedure everywhere else); 'Shift+ArrowLeft' names a key with Shift. Absent: window-wide.
   */
  scope?: 'scene';
  /**
   * `arg` is for commands that act on one of several things (a step index, a procedure id, a
   * structure id); `args` lists the ones that make sense now.
   */
  perform(ctx: CommandContext, arg?: CommandArg): void;
  /** Whether it can run now; absent means always. */
  isEnabled?(ctx: CommandContext, arg?: CommandArg): boolean;
  /** For toggles and choices: whether it is on (this choice is made) now; absent for plain actions. */
  isPressed?(ctx: CommandContext, arg?: CommandArg): boolean;
  /** For commands that take an argument: the arguments that make sense now. */
  args?(ctx: CommandContext): readonly CommandArg[];
}

/** What a command acts on, where it acts on one of several things. */
export type CommandArg = string | number;
