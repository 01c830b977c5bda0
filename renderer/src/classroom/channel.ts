/** The part of BroadcastChannel the links use, so tests can hand in their own. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

/** A short random id naming this window in its messages. */
export function newSenderId(): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random()}`;
  return random.replace(/[^a-zA-Z0-9-]/g, '').slice(0, 36) || 'window';
}

/** The app's channel on its own origin, or null where BroadcastChannel is missing. */
export function openChannel(name: string): ChannelLike | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  try {
    return new BroadcastChannel(name);
  } catch {
    return null;
  }
}
