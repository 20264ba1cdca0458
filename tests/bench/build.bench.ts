/**
 * Build cost of the portfolio: N synthetic posts (English and Chinese, ~500 words, 5 channels,
 * 3 years) built with Astro's build() as the real portfolio (pages, feeds, search index, social
 * images) and as a bare Astro site (the same content collection and one page per post), each
 * twice in the same folder, each build in a fresh process as `npm run build` runs (build-child.ts):
 * first with empty caches, then again with nothing changed.
 * Targets: the first build within 1.5x of the bare site's first, the second within 1.2x of its second.
 */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '../../src/core/zoned-time.ts';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { PROJECT } from '../fixtures/roots/portfolio/build-fixture.ts';

const START = '2023-11-01';
const DAYS = 3 * 365;
const CHANNELS = ['blog', 'newsletter', 'zhihu', 'weibo', 'linkedin'];
const PILLARS = ['recipes', 'photography', 'stories'];
const EN = 'the braise simmers slowly while ginger and soy sauce build a deep glossy colour over low heat and window light falls across the wooden board beside a bowl of noodles'.split(' ');
const ZH = ['红烧', '面条', '光线', '构图', '外婆', '菜市场', '家常', '小火', '慢炖', '酱汁', '米饭', '拍摄', '窗边', '生抽', '姜片'];

function planner(): object {
  return {
    version: 1,
    brand: {
      name: 'Bench Cook', label: 'The home cook who photographs her food', audience: 'Busy home cooks', strengths: ['cooking'], timezone: 'Asia/Shanghai',
      pillars: PILLARS.map((id) => ({ id, name: id, description: `All about ${id}`, keywords: [id] })),
    },
    channels: CHANNELS.map((id, i) => ({ id, name: id, platform: 'other', cadence: i === 0 ? 'FREQ=DAILY' : 'FREQ=WEEKLY;BYDAY=MO,TH', start: START, time: '09:00', pillars: PILLARS })),
    breaks: [{ from: '2024-08-01', to: '2024-08-14' }],
  };
}

/** ~500 words (English) or ~500 two-character words (Chinese), in paragraphs. */
function bodyOf(i: number, zh: boolean): string {
  const words = zh ? ZH : EN;
  const paragraphs: string[] = [];
  for (let p = 0; p < 5; p++) {
    const line = Array.from({ length: 100 }, (_, w) => words[(i * 7 + p * 13 + w * 3) % words.length]);
    paragraphs.push(zh ? `${line.join('')}。` : `${line.join(' ')}.`);
  }
  return `## Part ${i}\n\n${paragraphs.join('\n\n')}\n`;
}

async function writeContent(root: string, n: number): Promise<void> {
  await mkdir(join(root, 'content/posts'), { recursive: true });
  await writeFile(join(root, 'content/planner.json'), JSON.stringify(planner(), null, 2));
  await Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const zh = i % 3 === 0;
      const date = addDays(START, Math.floor((i * DAYS) / n));
      const dir = join(root, 'content/posts', date.slice(0, 4));
      await mkdir(dir, { recursive: true });
      const title = zh ? `第 ${i} 篇：${ZH[i % ZH.length]}的做法` : `Post ${i}: ${EN[i % EN.length]} at home`;
      const front = `---\ntitle: "${title}"\nchannel: ${CHANNELS[i % CHANNELS.length]}\nstatus: published\npillar: ${PILLARS[i % PILLARS.length]}\npublishedAt: ${date}\n---\n\n`;
      await writeFile(join(dir, `post-${i}.${i % 2 ? 'md' : 'mdx'}`), front + bodyOf(i, zh));
    }),
  );
}

export const BARE_FILES: Record<string, string> = {
  'astro.config.mjs': "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://example.com', integrations: [mdx()] });\n",
  'src/content.config.ts':
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nconst posts = defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/posts' }) });\nexport const collections = { posts };\n",
  'src/pages/posts/[...id].astro':
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  const posts = await getCollection('posts');\n  return posts.map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"en\"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n",
};

/** Caches that tools keep inside node_modules: each bench root starts without them. */
const NODE_MODULES_CACHES = new Set(['.cache', '.astro', '.vite']);

/**
 * A temp root with `n` posts. Its node_modules is a folder of its own linking each package of
 * the project's: a link to the whole folder would share node_modules/.cache (frontmatter, the
 * Chinese lexicon) between the bare and portfolio builds and between rounds, so a "first" build
 * would find the previous root's caches warm.
 */
export async function makeBenchRoot(prefix: string, n: number): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await writeContent(root, n);
  await mkdir(join(root, 'node_modules'));
  const names = (await readdir(join(PROJECT, 'node_modules'))).filter((name) => !NODE_MODULES_CACHES.has(name));
  await Promise.all(names.map((name) => symlink(join(PROJECT, 'node_modules', name), join(root, 'node_modules', name))));
  return root;
}

/** build-child.ts for `kind` in `root`, with this process's Node; rejects on a failed build. */
function runChild(kind: 'bare' | 'site', root: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./build-child.ts', import.meta.url)), kind, root], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${kind} build in ${root} exited with ${code}`))));
  });
}

async function timeIt(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return Math.round(performance.now() - t0);
}

/**
 * One Astro build is noisy (JIT warm-up, the heap the previous build left): up to 2,000 posts
 * both sites are built in two rounds, in alternating order, and the faster of each figure counts.
 */
export async function benchBuild(opts: { posts?: number; rounds?: number } = {}): Promise<{ name: string; ms: number; target: number }[]> {
  const n = opts.posts ?? 2000;
  const rounds = opts.rounds ?? (n <= 2000 ? 2 : 1);
  const times = { bare: [] as BuildTimes[], site: [] as BuildTimes[] };
  for (let round = 0; round < rounds; round++) {
    const order: ('bare' | 'site')[] = round % 2 === 0 ? ['bare', 'site'] : ['site', 'bare'];
    for (const kind of order) times[kind].push(await buildTwice(kind, n));
  }
  const best = (list: BuildTimes[], which: keyof BuildTimes) => Math.min(...list.map((t) => t[which]));
  const [bareCold, siteCold, bareWarm, siteWarm] = [best(times.bare, 'cold'), best(times.site, 'cold'), best(times.bare, 'warm'), best(times.site, 'warm')];
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return [
    { name: `build: bare Astro site, ${n} posts, empty caches (reference)`, ms: bareCold, target: Number.NaN },
    { name: `build: portfolio, ${n} posts, empty caches (1.5x the bare site)`, ms: siteCold, target: Math.round(bareCold * 1.5) },
    { name: 'build: portfolio / bare site ratio, empty caches', ms: ratio(siteCold, bareCold), target: 1.5 },
    { name: `build: bare Astro site, ${n} posts, nothing changed (reference)`, ms: bareWarm, target: Number.NaN },
    { name: `build: portfolio, ${n} posts, nothing changed (1.2x the bare site)`, ms: siteWarm, target: Math.round(bareWarm * 1.2) },
    { name: 'build: portfolio / bare site ratio, nothing changed', ms: ratio(siteWarm, bareWarm), target: 1.2 },
  ];
}

interface BuildTimes {
  cold: number;
  warm: number;
}

async function buildTwice(kind: 'bare' | 'site', n: number): Promise<BuildTimes> {
  const root = await makeBenchRoot(`tl-bench-${kind}-`, n);
  // The previous root's cache folder, which the integration names in the environment, is not this root's.
  delete process.env.THROUGHLINE_CACHE_DIR;
  try {
    if (kind === 'bare')
      for (const [file, text] of Object.entries(BARE_FILES)) {
        await mkdir(join(root, file, '..'), { recursive: true });
        await writeFile(join(root, file), text);
      }
    // Each build in a fresh process, as a user runs `npm run build` (build-child.ts).
    const build = () => runChild(kind, root);
    return { cold: await timeIt(build), warm: await timeIt(build) };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchBuild({ posts: Number(process.argv[2] ?? 2000), rounds: Number(process.argv[3] ?? 0) || undefined }));
