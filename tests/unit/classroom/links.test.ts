import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AudienceLink } from '../../../renderer/src/classroom/audienceLink';
import type { ChannelLike } from '../../../renderer/src/classroom/channel';
import { createClassroomStore } from '../../../renderer/src/classroom/classroomStore';
import { PresenterLink } from '../../../renderer/src/classroom/presenterLink';
import type { ForwardedCommand } from '../../../renderer/src/classroom/protocol';
import {
  HEARTBEAT_MS,
  PRESENTER_TIMEOUT_MS,
  PROTOCOL_VERSION,
} from '../../../renderer/src/classroom/protocol';
import type { SyncStores } from '../../../renderer/src/classroom/state';
import { createAppStore } from '../../../renderer/src/store/appStore';
import { createExploreStore } from '../../../renderer/src/store/exploreStore';
import { playhead } from '../../../renderer/src/store/playhead';

/** An in-memory broadcast channel: a message reaches every other member, asynchronously, in order. */
class Bus {
  members = new Set<FakeChannel>();
  sent: unknown[] = [];
  join(): FakeChannel {
    const channel = new FakeChannel(this);
    this.members.add(channel);
    return channel;
  }
}

class FakeChannel implements ChannelLike {
  private listeners = new Set<(event: MessageEvent) => void>();
  constructor(private readonly bus: Bus) {}
  closed = false;
  postMessage(message: unknown): void {
    if (this.closed) return; // a crashed window sends nothing
    const data = structuredClone(message);
    this.bus.sent.push(data);
    for (const member of this.bus.members) {
      if (member !== this) queueMicrotask(() => member.deliver(data));
    }
  }
  deliver(data: unknown): void {
    for (const listener of this.listeners) listener({ data } as MessageEvent);
  }
  addEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void): void {
    this.listeners.delete(listener);
  }
  close(): void {
    this.closed = true;
    this.bus.members.delete(this);
  }
}

function stores(): SyncStores {
  return { app: createAppStore(), explore: createExploreStore(), classroom: createClassroomStore() };
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('presenter and audience links', () => {
  let bus: Bus;
  let now: number;
  let performed: ForwardedCommand[];
  let cameraAtConsole: { position: [number, number, number]; target: [number, number, number] };
  beforeEach(() => {
    vi.useFakeTimers();
    bus = new Bus();
    now = 0;
    cameraAtConsole = { position: [250, 150, 1100], target: [0, 0, 0] };
    playhead.timeS = 0;
    performed = [];
  });
  afterEach(() => vi.useRealTimers());

  function presenter(s = stores()) {
    const channel = bus.join();
    const link = new PresenterLink({
      channel,
      stores: s,
      id: 'console',
      readCamera: () => cameraAtConsole,
      showsAllLabels: () => true,
      perform: (command: ForwardedCommand) => {
        performed.push(command);
        if (command === 'nextStep') s.app.getState().nextStep();
      },
    });
    return { link, stores: s, channel };
  }

  function audience() {
    const s = stores();
    const applyCamera = vi.fn();
    const link = new AudienceLink({
      channel: bus.join(),
      stores: s,
      id: 'room',
      readLocalTime: () => s.app.getState().timeS,
      applyCamera,
      now: () => now,
    });
    return { link, stores: s, applyCamera };
  }

  it('an audience opened late asks and gets the whole picture at once', async () => {
    const p = presenter();
    p.link.start();
    p.stores.app.getState().goToStep(2);
    p.stores.explore.getState().setXray(true);
    await flush();
    const a = audience();
    a.link.start();
    await flush();
    expect(a.stores.app.getState().stepIndex).toBe(2);
    expect(a.stores.explore.getState().xray).toBe(true);
    expect(a.applyCamera).toHaveBeenLastCalledWith(cameraAtConsole);
    expect(a.stores.classroom.getState().presenterPresent).toBe(true);
    p.link.stop();
  });

  it('changes reach the audience without waiting for the sampler; the camera is sampled', async () => {
    const p = presenter();
    const a = audience();
    a.link.start();
    p.link.start();
    await flush();
    p.stores.app.getState().nextStep();
    p.stores.classroom.getState().toggleBlank('white');
    await flush();
    expect(a.stores.app.getState().stepIndex).toBe(1);
    expect(a.stores.classroom.getState().blank).toBe('white');
    cameraAtConsole = { position: [300, 100, 900], target: [10, 0, 0] };
    vi.advanceTimersByTime(40);
    await flush();
    expect(a.applyCamera).toHaveBeenLastCalledWith(cameraAtConsole);
    p.link.stop();
  });

  it('the audience never writes: it sends only hellos', async () => {
    const p = presenter();
    const a = audience();
    p.link.start();
    a.link.start();
    a.stores.explore.getState().setXray(true); // a local change does not go anywhere
    vi.advanceTimersByTime(5 * HEARTBEAT_MS);
    await flush();
    const fromAudience = bus.sent.filter((m) => (m as { from: string }).from === 'room');
    expect(fromAudience.every((m) => (m as { type: string }).type === 'hello')).toBe(true);
    p.link.stop();
  });

  it('after a goodbye, or when the heartbeats stop, the audience waits and keeps its picture', async () => {
    const p = presenter();
    const a = audience();
    p.link.start();
    a.link.start();
    p.stores.app.getState().goToStep(4);
    await flush();
    p.link.stop();
    await flush();
    expect(a.stores.classroom.getState().presenterPresent).toBe(false);
    expect(a.stores.app.getState().stepIndex).toBe(4);

    // A console that vanishes without a goodbye: silence past the timeout.
    const q = presenter();
    q.link.start();
    await flush();
    expect(a.stores.classroom.getState().presenterPresent).toBe(true);
    q.channel.close();
    now += PRESENTER_TIMEOUT_MS + 1;
    vi.advanceTimersByTime(1000);
    await flush();
    expect(a.stores.classroom.getState().presenterPresent).toBe(false);
    expect(a.stores.app.getState().stepIndex).toBe(0);
    q.link.stop();
  });

  it('a new console (a reloaded one) is followed after it answers the hello', async () => {
    const a = audience();
    a.link.start();
    const first = presenter();
    first.link.start();
    first.stores.app.getState().goToStep(1);
    await flush();
    first.link.stop();
    const second = presenter();
    second.stores.app.getState().goToStep(6);
    second.link.start();
    await flush();
    expect(a.stores.app.getState().stepIndex).toBe(6);
    expect(a.stores.classroom.getState().presenterPresent).toBe(true);
    second.link.stop();
  });

  it('a missed message makes the audience ask for everything again', async () => {
    const a = audience();
    a.link.start();
    const p = presenter();
    p.link.start();
    await flush();
    bus.sent.length = 0;
    now += 1000;
    a.link.receive({ type: 'patch', v: PROTOCOL_VERSION, from: 'console', seq: 99, patch: { xray: true } });
    expect(bus.sent).toContainEqual({ type: 'hello', v: PROTOCOL_VERSION, from: 'room' });
    p.link.stop();
  });

  it('a clicker key pressed in the audience window is performed by the console, then shown everywhere', async () => {
    const p = presenter();
    const a = audience();
    p.link.start();
    a.link.start();
    await flush();
    a.link.forward('nextStep');
    await flush();
    expect(performed).toEqual(['nextStep']);
    expect(p.stores.app.getState().stepIndex).toBe(1);
    expect(a.stores.app.getState().stepIndex).toBe(1);
    p.link.receive({ type: 'command', v: PROTOCOL_VERSION, from: 'room', command: 'openAudienceWindow' });
    p.link.receive({ type: 'command', v: PROTOCOL_VERSION, from: 'room', command: 'toggleXray' });
    expect(performed).toEqual(['nextStep']);
    p.link.stop();
  });

  it('malformed and hostile messages are ignored without a crash', async () => {
    const a = audience();
    a.link.start();
    const before = a.stores.app.getState();
    for (const junk of [
      undefined,
      42,
      'snapshot',
      { type: 'snapshot', v: PROTOCOL_VERSION, from: 'x', seq: 1, state: { procedureId: 'php' } },
      { type: 'patch', v: PROTOCOL_VERSION, from: 'x', seq: 1, patch: { timeS: 'soon' } },
      { __proto__: { type: 'bye' } },
    ])
      expect(() => a.link.receive(junk)).not.toThrow();
    expect(a.stores.app.getState()).toBe(before);
  });
});
