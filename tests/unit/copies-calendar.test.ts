/**
 * The public calendars with a copy (`copyOf`) that gives no `url` (a newsletter issue with no web
 * archive): its published slot linked /posts/<copy>/, a page the site does not build (a copy has
 * none: the piece is on its original's page), so a subscriber's link answered 404. It links the
 * original's page, and nothing while the original waits for its date (no word of it before then).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run as runExport } from '../../src/cli/commands/export.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { publicCalendar } from '../../src/pages/_lib/calendars.ts';
import type { SiteData } from '../../src/pages/_lib/site-data.ts';
import { isOnPortfolio } from '../../src/core/portfolio.ts';
import { loadProject } from '../../src/store/project.ts';

const root = mkdtempSync(join(tmpdir(), 'copies-calendar-'));
const saved = { root: process.env.THROUGHLINE_ROOT, url: process.env.SITE_URL };
afterAll(() => {
  for (const [key, value] of [['THROUGHLINE_ROOT', saved.root], ['SITE_URL', saved.url]] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  rmSync(root, { recursive: true, force: true });
});

mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
mkdirSync(join(root, 'content/posts/letter'), { recursive: true });
writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
  version: 1,
  brand: { name: 'Ada', label: 'The TypeScript teacher', timezone: 'UTC', pillars: [{ id: 'ts', name: 'TypeScript' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07' },
    { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-09-09' },
  ],
  breaks: [],
}));
const original = (publishedAt: string) =>
  writeFileSync(join(root, 'content/posts/blog/type-guards.md'), `---\ntitle: Type guards in practice\nchannel: blog\nstatus: published\npublishedAt: ${publishedAt}\n---\nNarrowing a union with a type guard.\n`);
writeFileSync(join(root, 'content/posts/letter/type-guards.md'), '---\ntitle: Type guards in practice\nchannel: letter\nstatus: published\npublishedAt: 2026-09-09\ncopyOf: blog/type-guards\n---\n');
const NOW = Date.parse('2026-09-20T00:00:00Z');

/** The letter channel's public calendar as the site serves it and as export ics --public writes it, at NOW. */
async function calendars(): Promise<{ served: string; exported: string }> {
  process.env.THROUGHLINE_ROOT = root;
  process.env.SITE_URL = 'https://ada.dev/';
  const { planner, posts } = await loadProject(root);
  // The site's own list: the posts with a page on the portfolio (site-data.ts).
  const site = { planner, now: NOW, posts: posts.filter((p) => !p.data.copyOf && isOnPortfolio(p, planner, NOW)).map((post) => ({ post })), copies: [], project: posts, lang: 'en', tag: 'en', tags: [] } as unknown as SiteData;
  const served = await publicCalendar(site, new URL('https://ada.dev/'), 'letter');
  let exported = '';
  const ctx = { lang: 'en', root, now: NOW, stdout: (t: string) => (exported += t), stderr: () => {}, isTTY: false, color: false, stdin: process.stdin } as CliContext;
  expect(await runExport(['ics', '--public', '--channel', 'letter'], ctx)).toBe(0);
  const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
  return { served: unfold(served), exported: unfold(exported) };
}

test("a copy's published slot links its original's page, on the site's calendar as in export ics --public", async () => {
  original('2026-09-07');
  const { served, exported } = await calendars();
  expect(served).toContain('\r\nURL:https://ada.dev/posts/blog/type-guards/\r\n');
  expect(served).not.toContain('/posts/letter/');
  expect(exported).toBe(served);
});

test("while the original waits for its date, the copy's slot links nothing: not the original's future address", async () => {
  original('2026-10-01');
  const { served, exported } = await calendars();
  expect(served).toContain('Type guards in practice');
  expect(served).not.toContain('/posts/');
  expect(exported).toBe(served);
});
