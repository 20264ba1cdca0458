import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import throughline from '../../src/integration/index.ts';
import { groupByMonth } from '../../src/pages/_lib/archive.ts';
import { describeChannelOutput, summarizeOutput } from '../../src/pages/_lib/output-heatmap.ts';
import { readingMinutes } from '../../src/pages/_lib/reading-time.ts';
import type { SiteData, SitePost } from '../../src/pages/_lib/site-data.ts';
import { absoluteUrl, tagSlug } from '../../src/pages/_lib/urls.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Ada', label: 'The baker', timezone: 'Europe/Berlin', pillars: [{ id: 'bread', name: 'Bread' }] },
  channels: [{ id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00' }],
});

function post(id: string, publishedAt: string): Post {
  const data = PostFrontmatterSchema.parse({ title: id, channel: 'zhihu', status: 'published', publishedAt });
  return { id, file: `content/posts/${id}.md`, data, body: 'text' };
}

function sitePost(p: Post, date: string, epoch: number): SitePost {
  return { post: p, date, epoch, entry: { id: p.id } } as unknown as SitePost;
}

describe('the portfolio heatmap figures', () => {
  it('say "1 of 1 slots kept" like check when the only post fills the pending slot (they used to say 1 of 2)', () => {
    // Monday 2026-09-07 is the first slot; it is still pending on that day, and a post fills it.
    const now = Date.parse('2026-09-07T12:00:00+02:00');
    const first = post('first', '2026-09-07T09:00:00');
    const site = { planner, now, posts: [sitePost(first, '2026-09-07', now - 3_600_000)], copies: [], project: [], lang: 'en', tag: 'en', tags: [] } as SiteData;
    const { figures } = summarizeOutput(site, now);
    const check = buildCheckReport({ planner, posts: [first], now }).channels[0]!;
    expect(figures[0]!.stats).toEqual(check);
    expect(describeChannelOutput(figures[0]!.stats, 1, 'en', true)).toBe(`${check.fulfilled} of ${check.expected} slots kept, current streak 1, longest 1`);
    expect(describeChannelOutput(figures[0]!.stats, 1, 'en', true)).toMatch(/^1 of 1 slots kept/);
    expect(describeChannelOutput(figures[0]!.stats, 1, 'zh', true)).toMatch(/^按时 1\/1，/);
  });

  it('show only what was published unless the author opts in', () => {
    const now = Date.parse('2026-09-22T12:00:00+02:00');
    const site = { planner, posts: [], copies: [], lang: 'en', tags: [] } as unknown as SiteData;
    const { svg, figures } = summarizeOutput(site, now);
    expect(svg).not.toContain('tl-out-missed');
    expect(describeChannelOutput(figures[0]!.stats, 0, 'en', false)).toBe('0 posts');
    const optedIn = { ...site, planner: { ...planner, portfolio: { showConsistency: true } } } as SiteData;
    expect(summarizeOutput(optedIn, now).svg).toContain('tl-out-missed');
  });

  it('mark as missed only the gaps check counts, not the slot still open after its day', () => {
    // Monday slots: 09-07 and 09-14 are gaps; 09-21's day is over but a post before 09-28 still fills it.
    const now = Date.parse('2026-09-22T12:00:00+02:00');
    const site = { planner: { ...planner, portfolio: { showConsistency: true } }, posts: [], copies: [], lang: 'en', tags: [] } as unknown as SiteData;
    const { svg, figures } = summarizeOutput(site, now);
    expect(figures[0]!.stats.missed).toEqual(['2026-09-07', '2026-09-14']);
    const marked = [...svg.matchAll(/<rect class="[^"]*tl-out-missed[^"]*"[^>]*data-date="([\d-]+)"/g)].map((m) => m[1]);
    expect(marked).toEqual(figures[0]!.stats.missed);
  });

  it("write a day's tooltip with the site language's punctuation", () => {
    const now = Date.parse('2026-09-22T12:00:00+02:00');
    const optedIn = (lang: string) => ({ planner: { ...planner, portfolio: { showConsistency: true } }, posts: [], copies: [], lang, tags: [] }) as unknown as SiteData;
    const zh = summarizeOutput(optedIn('zh'), now).svg;
    expect(zh).toMatch(/<title>2026-09-14：[^<]*，[^<]*<\/title>/);
    expect(zh).not.toMatch(/<title>\d{4}-\d{2}-\d{2}: /);
    expect(summarizeOutput(optedIn('en'), now).svg).toMatch(/<title>2026-09-14: [^<]*, [^<]*<\/title>/);
  });

  it('have a phone-width version that fits a 390 px screen, whose month labels all fit inside it', () => {
    for (const at of ['2026-09-22T12:00:00+02:00', '2026-11-30T12:00:00+02:00', '2027-02-27T12:00:00+02:00']) {
      const site = { planner, posts: [], copies: [], lang: 'zh', tags: [] } as unknown as SiteData;
      const { recentSvg, svg } = summarizeOutput(site, Date.parse(at));
      const width = Number(/width="(\d+)"/.exec(recentSvg)![1]);
      expect(width).toBeLessThanOrEqual(390 - 32);
      // A label is at most "12月" (about 24 px at 11 px): it must end inside the picture.
      for (const svgText of [recentSvg, svg]) {
        const w = Number(/width="(\d+)"/.exec(svgText)![1]);
        for (const m of svgText.matchAll(/<text x="(\d+)" y="12">/g)) expect(Number(m[1]) + 24, at).toBeLessThanOrEqual(w);
      }
      expect(recentSvg.match(/<text x="\d+" y="12">/g)!.length).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('the archive', () => {
  it('lists years, months and posts all newest first, whatever order the posts come in', () => {
    const p = (date: string) => sitePost(post(date, date), date, Date.parse(date));
    const years = groupByMonth([p('2025-12-30'), p('2026-01-02'), p('2026-01-20'), p('2026-03-01')]);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.key, m.posts.map((x) => x.date)])])).toEqual([
      ['2026', [['2026-03', ['2026-03-01']], ['2026-01', ['2026-01-20', '2026-01-02']]]],
      ['2025', [['2025-12', ['2025-12-30']]]],
    ]);
  });
});

describe('reading time', () => {
  it('counts English by words and Chinese by characters', () => {
    expect(readingMinutes(Array(460).fill('word').join(' '))).toBe(2);
    expect(readingMinutes('面'.repeat(740))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });

  it('counts only the words a reader sees: not the text of a script element, link addresses or MDX exports', () => {
    const prose = Array(230).fill('word').join(' ');
    const script = `<script>\n${Array(600).fill('var x = 1;').join('\n')}\n</script>`;
    const exported = `export const meta = {\n${Array(300).fill('  words: "hidden words here",').join('\n')}\n};`;
    expect(readingMinutes(`${prose}\n\n${script}\n`)).toBe(1);
    expect(readingMinutes(`${exported}\n\n${prose}\n`, 'mdx')).toBe(1);
  });

  it('does not count a Chinese paragraph as a single word', () => {
    expect(readingMinutes('发酵的时间决定了味道。'.repeat(200))).toBeGreaterThan(4);
  });
});

describe('tag slugs and absolute addresses', () => {
  it('lower-cases tags and keeps Chinese letters', () => {
    expect(tagSlug('Food Photography')).toBe('food-photography');
    expect(tagSlug('家常菜')).toBe('家常菜');
    expect(tagSlug(' C++ & Rust ')).toBe('c-plus-plus-and-rust');
    // One rule with post and pillar ids (core/slug-words.ts), but for ß, ø and the like (below).
    expect(tagSlug('Crème brûlée')).toBe('creme-brulee');
    // A tag's page keeps ß and ø as published: only new post and pillar ids fold them.
    expect(tagSlug('Größe')).toBe('große');
  });

  it('gives C, C++ and C# (and F and F#) tag pages of their own, while Bread and bread stay one tag', () => {
    const slugs = ['C', 'C++', 'C#', 'F', 'F#', 'A+'].map(tagSlug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(tagSlug('Bread')).toBe(tagSlug('bread'));
    expect(tagSlug('#weeknight')).toBe(tagSlug('weeknight'));
  });

  it('makes no absolute address without a site', () => {
    expect(absoluteUrl('/posts/x/', undefined)).toBeUndefined();
    expect(absoluteUrl('/posts/x/', 'https://me.example/')).toBe('https://me.example/posts/x/');
  });
});

describe('the build without SITE_URL', () => {
  it('says once that SITE_URL is unset, and nothing when it is set', async () => {
    // A real build's setup: the build check runs on a project that passes it, into a temp outDir.
    const root = mkdtempSync(join(tmpdir(), 'tl-site-url-'));
    cpSync(join(import.meta.dirname, '../fixtures/roots/portfolio/content'), join(root, 'content'), { recursive: true });
    const run = async (site: string | undefined) => {
      const warn = vi.fn();
      const logger = { warn, info: () => {}, error: () => {}, debug: () => {} };
      const hooks = throughline().hooks as Record<string, (o: unknown) => unknown>;
      let building: URL | undefined;
      const updateConfig = (c: { outDir?: URL }) => (building = c.outDir ?? building);
      await hooks['astro:config:setup']!({ command: 'build', config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${root}/dist/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) }, updateConfig, addMiddleware: () => {}, logger });
      hooks['astro:config:done']!({ config: { site, cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) }, logger });
      // The build's end, as Astro calls it: the check, card drawers and search index started
      // above finish writing under root before it is removed (else rmSync can meet ENOTEMPTY).
      mkdirSync(building!, { recursive: true });
      await hooks['astro:build:done']!({ dir: building, pages: [], logger });
      return warn.mock.calls.map((c) => c[0] as string).filter((m) => /SITE_URL/.test(m));
    };
    try {
      const messages = await run(undefined);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/SITE_URL is not set/);
      expect(await run('https://me.example')).toEqual([]);
      // In the locale's language, as the build's other warnings: a Chinese or Taiwan locale reads it in Chinese.
      const saved = { LC_ALL: process.env.LC_ALL, LC_MESSAGES: process.env.LC_MESSAGES, LANG: process.env.LANG };
      try {
        delete process.env.LC_ALL;
        delete process.env.LC_MESSAGES;
        process.env.LANG = 'zh_CN.UTF-8';
        expect(await run(undefined)).toEqual([expect.stringMatching(/^没有设置 SITE_URL：页面使用相对链接.*订阅源.*SITE_URL=https:\/\/your\.site npm run build$/)]);
        process.env.LANG = 'zh_TW.UTF-8';
        expect(await run(undefined)).toEqual([expect.stringMatching(/^沒有設定 SITE_URL：頁面使用相對連結/)]);
      } finally {
        for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the planner fields of the portfolio', () => {
  const channel = { id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07' };
  const withChannel = (extra: object) => PlannerSchema.safeParse({ ...planner, channels: [{ ...channel, ...extra }] });

  it('accepts an http(s) profileUrl on a channel and refuses any other scheme', () => {
    expect(withChannel({ profileUrl: 'https://www.zhihu.com/people/ada' }).success).toBe(true);
    const bad = withChannel({ profileUrl: 'javascript:alert(1)' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['channels', 0, 'profileUrl']);
  });

  it('accepts portfolio.showConsistency as a boolean only', () => {
    expect(PlannerSchema.safeParse({ ...planner, portfolio: { showConsistency: true } }).success).toBe(true);
    expect(PlannerSchema.safeParse({ ...planner, portfolio: { showConsistency: 'yes' } }).success).toBe(false);
  });
});

describe('social images', () => {
  it('are drawn once per content and read from the cache after that', async () => {
    const { mkdtemp, readdir, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { socialCardPng } = await import('../../src/pages/_lib/social/render.ts');
    const dir = await mkdtemp(join(tmpdir(), 'tl-og-'));
    try {
      const card = { title: '在家烤面包的第一步', eyebrow: 'Bread', name: 'Ada', footer: 'The baker', lang: 'zh' as const };
      const png = await socialCardPng(card, dir);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const [file] = await readdir(dir);
      // A cached card is returned as stored, without drawing it again.
      await writeFile(join(dir, file!), 'cached');
      expect((await socialCardPng(card, dir)).toString()).toBe('cached');
      await socialCardPng({ ...card, title: '第二篇' }, dir);
      expect(await readdir(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the build output', () => {
  it("passes on Rolldown's warnings except the one about Astro's own head-inject directive in each MDX file", async () => {
    const config = (await import('../../astro.config.mjs')).default;
    const onwarn = (config.vite?.build?.rollupOptions as { onwarn: (w: object, warn: (w: object) => void) => void }).onwarn;
    const passed: object[] = [];
    const headInject = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "content/posts/x.mdx?astroPropagatedAssets" may not be preserved' };
    const other = { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved' };
    onwarn(headInject, (w) => passed.push(w));
    onwarn(other, (w) => passed.push(w));
    expect(passed).toEqual([other]);
  });
});
