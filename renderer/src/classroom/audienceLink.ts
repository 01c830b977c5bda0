import type { ChannelLike } from './channel';
import {
  type CameraPose,
  type ClassroomMessage,
  type ForwardedCommand,
  PRESENTER_TIMEOUT_MS,
  PROTOCOL_VERSION,
  parseMessage,
} from './protocol';
import { applyPatch, type SyncStores } from './state';

/** How often the audience checks whether the console has gone quiet, ms. */
export const PRESENCE_CHECK_MS = 500;
/** An audience asks again for the whole picture at most this often, ms. */
export const HELLO_INTERVAL_MS = 300;

export interface AudienceLinkDeps {
  channel: ChannelLike;
  stores: SyncStores;
  id: string;
  /** This window's playhead, seconds. */
  readLocalTime(): number;
  applyCamera(pose: CameraPose): void;
  now(): number;
}

/**
 * The audience's side: it never writes, it only applies. On opening it asks for the whole picture;
 * after that it applies changes in order, asks again when it sees a gap or a console it does not
 * know, and marks the console absent after a goodbye or when the heartbeats stop. The picture
 * stays as it was while it waits.
 */
export class AudienceLink {
  private source: string | null = null;
  private lastSeq = 0;
  private lastHeardAt = Number.NEGATIVE_INFINITY;
  private lastHelloAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly onMessage = (event: MessageEvent) => this.receive(event.data);

  constructor(private readonly deps: AudienceLinkDeps) {}

  start(): void {
    this.deps.channel.addEventListener('message', this.onMessage);
    this.hello();
    this.timer = setInterval(() => this.checkPresence(), PRESENCE_CHECK_MS);
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.deps.channel.removeEventListener('message', this.onMessage);
  }

  /** Handles one received message; anything malformed is ignored. */
  receive(data: unknown): void {
    const message = parseMessage(data);
    if (!message) return;
    try {
      this.handle(message);
    } catch (error) {
      // A message that passed validation but could not be applied: keep the picture, ask afresh.
      console.warn('Classroom message not applied:', error);
      this.source = null;
      this.hello();
    }
  }

  checkPresence(): void {
    const present = this.source !== null && this.deps.now() - this.lastHeardAt < PRESENTER_TIMEOUT_MS;
    this.deps.stores.classroom.getState().setPresenterPresent(present);
  }

  private handle(message: ClassroomMessage): void {
    switch (message.type) {
      case 'hello':
      case 'command':
        return; // another audience window talking to the console
      case 'snapshot':
        this.source = message.from;
        this.lastSeq = message.seq;
        this.heard();
        applyPatch(message.state, this.deps.stores, this.deps.readLocalTime(), this.deps.applyCamera);
        return;
      case 'patch':
        if (message.from !== this.source) {
          this.hello();
          return;
        }
        this.heard();
        applyPatch(message.patch, this.deps.stores, this.deps.readLocalTime(), this.deps.applyCamera);
        // A missed message means this window may differ: apply what came, then ask for everything.
        if (message.seq !== this.lastSeq + 1) this.hello();
        this.lastSeq = message.seq;
        return;
      case 'heartbeat':
        if (message.from !== this.source) {
          this.hello();
          return;
        }
        this.heard();
        if (message.seq !== this.lastSeq) this.hello();
        return;
      case 'bye':
        if (message.from !== this.source) return;
        this.source = null;
        this.deps.stores.classroom.getState().setPresenterPresent(false);
        return;
    }
  }

  /** Passes a clicker key's command on to the console, which performs it. */
  forward(command: ForwardedCommand): void {
    try {
      this.deps.channel.postMessage({ type: 'command', v: PROTOCOL_VERSION, from: this.deps.id, command });
    } catch (error) {
      console.warn('Classroom message not sent:', error);
    }
  }

  private heard(): void {
    this.lastHeardAt = this.deps.now();
    this.deps.stores.classroom.getState().setPresenterPresent(true);
  }

  private hello(): void {
    const now = this.deps.now();
    if (now - this.lastHelloAt < HELLO_INTERVAL_MS) return;
    this.lastHelloAt = now;
    try {
      this.deps.channel.postMessage({ type: 'hello', v: PROTOCOL_VERSION, from: this.deps.id });
    } catch (error) {
      console.warn('Classroom message not sent:', error);
    }
  }
}
