/**
 * The audience window's address: the same page on the same origin (so the BroadcastChannel
 * reaches it), with `?mode=audience` and nothing else from the console's query or hash.
 */
export function audienceUrl(consoleHref: string): string {
  const url = new URL(consoleHref);
  url.search = '?mode=audience';
  url.hash = '';
  return url.toString();
}
