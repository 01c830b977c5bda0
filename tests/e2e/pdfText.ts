// Just enough of PDF to test what Chromium prints: pages, image XObjects and the text, read from
// the bytes (Flate streams inflated, glyph codes mapped through each font's ToUnicode CMap).
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const pattern = /(\d+) 0 obj\b([\s\S]*?)endobj/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[2] ?? '';
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let start = streamAt + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const end = body.lastIndexOf('endstream');
    let raw: Buffer = Buffer.from(body.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        raw = inflateSync(raw);
      } catch {
        // Trailing end-of-line bytes before endstream: inflate what is there.
        raw = inflateSync(raw.subarray(0, raw.length - 1));
      }
    }
    objects.set(Number(match[1]), { dict, stream: raw });
  }
  return objects;
}

function hexToCodes(hex: string, width: number): number[] {
  const clean = hex.replace(/\s/g, '');
  const codes: number[] = [];
  for (let i = 0; i + width * 2 <= clean.length; i += width * 2)
    codes.push(Number.parseInt(clean.slice(i, i + width * 2), 16));
  return codes;
}

function utf16(hex: string): string {
  const clean = hex.replace(/\s/g, '');
  let out = '';
  for (let i = 0; i + 4 <= clean.length; i += 4)
    out += String.fromCharCode(Number.parseInt(clean.slice(i, i + 4), 16));
  return out;
}

function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(Number.parseInt(pair[1] ?? '0', 16), utf16(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g,
    )) {
      const lo = Number.parseInt(range[1] ?? '0', 16);
      const hi = Number.parseInt(range[2] ?? '0', 16);
      const base = Number.parseInt(range[3] ?? '0', 16);
      for (let code = lo; code <= hi; code++) map.set(code, String.fromCharCode(base + code - lo));
    }
  }
  return map;
}

export interface PdfFacts {
  pages: number;
  images: number;
  /** All text shown, in content-stream order, without the spacing (glyphs are placed one by one). */
  text: string;
}

export function pdfFacts(pdf: Buffer): PdfFacts {
  const objects = readObjects(pdf);
  const all = pdf.toString('latin1');
  const pages = (all.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
  const images = (all.match(/\/Subtype\s*\/Image\b/g) ?? []).length;
  // Font resource name → ToUnicode map (Chromium names each font uniquely in a document).
  const fonts = new Map<string, Map<number, string>>();
  const resolve = (ref: string) => objects.get(Number(ref));
  for (const { dict } of objects.values()) {
    for (const fontDict of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const entry of (fontDict[1] ?? '').matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const font = resolve(entry[2] ?? '');
        const toUnicode = font?.dict.match(/\/ToUnicode\s+(\d+) 0 R/);
        const cmap = toUnicode ? resolve(toUnicode[1] ?? '')?.stream : null;
        if (cmap) fonts.set(entry[1] ?? '', parseCMap(cmap.toString('latin1')));
      }
    }
  }
  let text = '';
  for (const { stream } of objects.values()) {
    if (!stream) continue;
    const content = stream.toString('latin1');
    if (!/\bT[fj]\b|\bTJ\b/.test(content)) continue;
    let font: Map<number, string> | undefined;
    for (const token of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>/g)) {
      if (token[1] !== undefined) font = fonts.get(token[1]);
      else if (font) for (const code of hexToCodes(token[2] ?? '', 2)) text += font.get(code) ?? '';
    }
  }
  return { pages, images, text };
}

/** For comparing against text that the PDF holds without spaces. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
