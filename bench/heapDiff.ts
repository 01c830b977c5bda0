// Finds what grows on the JS heap over the memory benchmark's loops: takes a CDP heap snapshot
// after loop A and after loop B, and prints the constructors whose count or size grew most.
// `npx tsx bench/heapDiff.ts [A=10] [B=30]` against the built renderer in out/renderer.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from '../scripts/staticServer';
import { launch, newContext, settle } from './browser';
import { loopInPage } from './memory';
import { PROCEDURES } from './pages';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function takeSnapshot(page: Page): Promise<Snapshot> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return JSON.parse(chunks.join('')) as Snapshot;
}

/** Count and self size per "type:name" (constructor name for objects). */
function summarise(s: Snapshot): Map<string, { count: number; size: number }> {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = types[s.nodes[i + typeAt] as number];
    let name = s.strings[s.nodes[i + nameAt] as number] ?? '';
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '';
    // Ids in names ("scope @123") change when code is recompiled; group by what is left.
    name = name.replace(/ @\d+/g, '');
    if (name.length > 80) name = `${name.slice(0, 80)}…`;
    const key = `${type}:${name}`;
    const entry = out.get(key) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += s.nodes[i + sizeAt] as number;
    out.set(key, entry);
  }
  return out;
}

async function main(): Promise<void> {
  const a = Number(process.argv[2] ?? 10);
  const b = Number(process.argv[3] ?? 30);
  const server = await serveStatic(resolve(import.meta.dirname, '../out/renderer'));
  const browser = await launch();
  try {
    const context = await newContext(browser, 1280, 720);
    const page = await context.newPage();
    await page.goto(`${server.origin}/index.html#procedure=php&t=0`);
    await settle(page);
    const order = [...PROCEDURES].reverse();
    for (let i = 1; i <= a; i++) await loopInPage(page, order);
    await settle(page);
    const first = await takeSnapshot(page);
    for (let i = a + 1; i <= b; i++) await loopInPage(page, order);
    await settle(page);
    const second = await takeSnapshot(page);
    if (process.env.HEAP_DIFF_SAVE) {
      writeFileSync(`${process.env.HEAP_DIFF_SAVE}/a.heapsnapshot`, JSON.stringify(first));
      writeFileSync(`${process.env.HEAP_DIFF_SAVE}/b.heapsnapshot`, JSON.stringify(second));
    }
    const sa = summarise(first);
    const sb = summarise(second);
    const rows = [...sb.entries()].map(([key, v]) => {
      const before = sa.get(key) ?? { count: 0, size: 0 };
      return { key, dCount: v.count - before.count, dSize: v.size - before.size, count: v.count };
    });
    const total = (m: Map<string, { size: number }>) => [...m.values()].reduce((t, v) => t + v.size, 0);
    console.log(`total self size: ${total(sa)} → ${total(sb)}`);
    rows.sort((x, y) => y.dSize - x.dSize);
    for (const r of rows.slice(0, 60)) console.log(r.dSize, r.dCount, r.count, r.key);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
