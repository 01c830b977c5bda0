import type { ChannelLike } from './channel';
import {
  type CameraPose,
  type ClassroomMessage,
  type ClassroomState,
  type ForwardedCommand,
  HEARTBEAT_MS,
  PROTOCOL_VERSION,
  parseMessage,
} from './protocol';
import { captureState, diffState, type SyncStores } from './state';

/** How often the console samples the camera (and anything else) for changes, ms: a glide reaches the room at 30 frames a second. */
export const SAMPLE_MS = 33;

export interface PresenterLinkDeps {
  channel: ChannelLike;
  stores: SyncStores;
  id: string;
  readCamera(): CameraPose | null;
  /** Whether this console shows every label (its density resolved for its mode). */
  showsAllLabels(): boolean;
  /** Performs a command an audience window passed on (a clicker key pressed there). */
  perform(command: ForwardedCommand): void;
}

/**
 * The console's side: the single writer. It sends what changed, answers an audience's hello with
 * the whole state, says it is alive every second, and says goodbye when it closes.
 */
export class PresenterLink {
  private last: ClassroomState | null = null;
  private seq = 0;
  private timers: ReturnType<typeof setInterval>[] = [];
  private unsubscribers: Array<() => void> = [];
  private tickQueued = false;
  private readonly onMessage = (event: MessageEvent) => this.receive(event.data);

  constructor(private readonly deps: PresenterLinkDeps) {}

  start(): void {
    this.deps.channel.addEventListener('message', this.onMessage);
    this.sendSnapshot();
    // A change a person makes goes out at once (after the action's last store update); the camera,
    // which lives outside the stores, is sampled.
    const { app, explore, classroom } = this.deps.stores;
    this.unsubscribers = [app, explore, classroom].map((store) => store.subscribe(() => this.queueTick()));
    this.timers.push(setInterval(() => this.tick(), SAMPLE_MS));
    this.timers.push(setInterval(() => this.post({ type: 'heartbeat', seq: this.seq }), HEARTBEAT_MS));
  }

  /** Says goodbye and stops; the channel stays the caller's to close. */
  stop(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    for (const unsubscribe of this.unsubscribers) unsubscribe();
    this.unsubscribers = [];
    this.deps.channel.removeEventListener('message', this.onMessage);
    this.post({ type: 'bye' });
  }

  /** Sends what changed since the last message, if anything. */
  tick(): void {
    const next = this.capture();
    const patch = diffState(this.last, next);
    if (Object.keys(patch).length === 0) return;
    this.last = next;
    this.seq += 1;
    this.post({ type: 'patch', seq: this.seq, patch });
  }

  private queueTick(): void {
    if (this.tickQueued) return;
    this.tickQueued = true;
    queueMicrotask(() => {
      this.tickQueued = false;
      if (this.timers.length > 0) this.tick();
    });
  }

  sendSnapshot(): void {
    this.last = this.capture();
    this.seq += 1;
    this.post({ type: 'snapshot', seq: this.seq, state: this.last });
  }

  receive(data: unknown): void {
    const message = parseMessage(data);
    // Only an audience's requests matter here; another console's messages are not ours to follow.
    if (message?.type === 'hello') this.sendSnapshot();
    else if (message?.type === 'command') this.deps.perform(message.command);
  }

  private capture(): ClassroomState {
    return captureState(this.deps.stores, this.deps.readCamera(), this.deps.showsAllLabels());
  }

  private post(body: DistributiveOmit<ClassroomMessage, 'v' | 'from'>): void {
    try {
      this.deps.channel.postMessage({ ...body, v: PROTOCOL_VERSION, from: this.deps.id });
    } catch (error) {
      // A closed channel (the page is going away) must not break the console.
      console.warn('Classroom message not sent:', error);
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
