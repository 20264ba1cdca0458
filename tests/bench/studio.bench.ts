/**
 * Studio speed with 2,000 posts, against one dev server (astro dev, as a user runs it): every
 * studio page warm (median of 5 after 2 warm-up loads; target <= 300 ms) and the editor's live
 * theme score (POST /studio/api/theme with a 500-word draft; target <= 100 ms). Timings only.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { startStudio } from '../e2e/studio-server.ts';
import { prng, syntheticBody, writeSyntheticContent } from './synthetic.ts';

type Row = { name: string; ms: number; target: number };

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const spent: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    await run();
    spent.push(performance.now() - start);
  }
  return spent.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

async function load(url: string, init?: RequestInit): Promise<void> {
  const response = await fetch(url, init);
  await response.text();
  if (!response.ok) throw new Error(`bench: ${url} answered ${response.status}`);
}

export async function benchStudio({ posts = 2000 } = {}): Promise<Row[]> {
  const fixture = mkdtempSync(join(tmpdir(), 'throughline-studio-bench-'));
  writeSyntheticContent(fixture, posts);
  const studio = await startStudio(fixture);
  try {
    // The synthetic writer files posts by year: find where post 1 landed.
    const first = readdirSync(join(fixture, 'content/posts'), { recursive: true }).map(String).find((f) => f.endsWith('post-1.md'))!;
    const id = first.replace(/\.md$/, '').split(sep).join('/');
    const pages = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts?q=braise&sort=score', `/studio/drafts/${id}`, `/studio/publish/${id}`];
    const rows: Row[] = [];
    for (const page of pages) {
      const url = `${studio.url}${page}`;
      await load(url).catch(() => undefined);
      await load(url).catch(() => undefined);
      rows.push({ name: `studio page ${page} (${posts} posts, warm)`, ms: await median(5, () => load(url)), target: 300 });
    }
    const { body } = syntheticBody(prng(7));
    const score = () => load(`${studio.url}/studio/api/theme`, { method: 'POST', headers: { 'content-type': 'application/json', origin: studio.url }, body: JSON.stringify({ title: 'Weeknight braise', body: `${body} ${Math.random()}` }) });
    await score();
    rows.push({ name: `live theme score, 500 words (${posts} posts)`, ms: await median(7, score), target: 100 });
    return rows;
  } finally {
    await studio.stop();
    rmSync(fixture, { recursive: true, force: true });
  }
}
