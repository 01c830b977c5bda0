// The static page shown after the renderer has failed too often. A data: URL: it must
// load even when the app's own files are what keeps crashing. No script at all.
import type { MainStrings } from './strings';

const ERROR_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function errorPageHtml(
  strings: Pick<MainStrings, 'errorPageTitle' | 'errorPageMessage' | 'errorPageHint'>,
  background: string,
): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${ERROR_PAGE_CSP}">
<title>${escapeHtml(strings.errorPageTitle)}</title>
<style>body{margin:0;height:100vh;display:grid;place-items:center;background:${background};color:#e6edf3;font:20px/1.5 system-ui,sans-serif;text-align:center}main{max-width:36em;padding:2em}</style>
</head><body><main><h1>${escapeHtml(strings.errorPageTitle)}</h1><p>${escapeHtml(strings.errorPageMessage)}</p><p>${escapeHtml(strings.errorPageHint)}</p></main></body></html>`;
}

export function errorPageDataUrl(html: string): string {
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
