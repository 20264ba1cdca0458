/**
 * Studio speed with 2,000 posts, against one dev server (astro dev, as a user runs it): every
 * studio page warm (median of 5 after 2 warm-up loads; target <= 300 ms), the first load of the
 * dashboard, drafts list and editor after a post file changed (touched, or a draft's line added;
 * median of 3 changes; target <= 1 s) and the editor's live theme score (POST /studio/api/theme
 * with a 500-word draft; target <= 100 ms). Timings only.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
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

/** `from`: a folder whose `content/` is used instead of the synthetic posts (a real blog, imported: `npx node tests/bench/studio.bench.ts DIR`). */
export async function benchStudio({ posts = 2000, from }: { posts?: number; from?: string } = {}): Promise<Row[]> {
  const fixture = from ?? mkdtempSync(join(tmpdir(), 'throughline-studio-bench-'));
  if (!from) writeSyntheticContent(fixture, posts);
  const studio = await startStudio(fixture);
  // The studio's own copy of the posts: the one to change.
  const postsDir = join(studio.root, 'content/posts');
  const files = readdirSync(postsDir, { recursive: true }).map(String).filter((f) => /\.mdx?$/.test(f)).sort();
  if (from) posts = files.length;
  const idOf = (file: string) => file.replace(/\.mdx?$/, '').split(sep).join('/');
  const withStatus = (status: string) => files.find((f) => readFileSync(join(postsDir, f), 'utf8').includes(`\nstatus: ${status}\n`))!;
  try {
    // The synthetic writer files posts by year: find where post 1 landed.
    const first = files.find((f) => f.endsWith('post-1.md')) ?? withStatus('published');
    const id = idOf(first);
    const pages = ['/studio', '/studio/brand', '/studio/channels', '/studio/plan', '/studio/drafts', '/studio/drafts?q=braise&sort=score', `/studio/drafts/${id}`, `/studio/publish/${id}`];
    const rows: Row[] = [];
    for (const page of pages) {
      const url = `${studio.url}${page}`;
      await load(url).catch(() => undefined);
      await load(url).catch(() => undefined);
      rows.push({ name: `studio page ${page} (${posts} posts, warm)`, ms: await median(5, () => load(url)), target: 300 });
    }
    // The first load after a change: each page's own, as a user's next click after saving in an editor.
    const draft = withStatus('draft');
    const draftId = idOf(draft);
    const changes: [string, () => void][] = [
      ['a post file touched', () => utimesSync(join(postsDir, first), new Date(), new Date())],
      ['a line added to a draft', () => appendFileSync(join(postsDir, draft), `\nOne more line, braise ${Math.random()}.\n`)],
    ];
    for (const [change, make] of changes)
      for (const page of ['/studio', '/studio/drafts', `/studio/drafts/${draftId}`]) {
        const url = `${studio.url}${page}`;
        await load(url);
        rows.push({ name: `studio page ${page.replace(draftId, '<draft>')}, first load after ${change} (${posts} posts)`, ms: await median(3, async () => { make(); await load(url); }), target: 1000 });
      }
    const { body } = syntheticBody(prng(7));
    const score = () => load(`${studio.url}/studio/api/theme`, { method: 'POST', headers: { 'content-type': 'application/json', origin: studio.url }, body: JSON.stringify({ title: 'Weeknight braise', body: `${body} ${Math.random()}` }) });
    await score();
    rows.push({ name: `live theme score, 500 words (${posts} posts)`, ms: await median(7, score), target: 100 });
    return rows;
  } finally {
    await studio.stop();
    if (!from) rmSync(fixture, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  const from = process.argv[2];
  for (const r of await benchStudio(from ? { from } : {})) console.log(`${r.name.padEnd(100)} ${r.ms.toFixed(0).padStart(7)} ms  (target <= ${r.target} ms)`);
}
