/**
 * The site's /calendar.ics and /calendar/<channel>.ics (pages/_lib/calendars.ts) are
 * `export ics --public` at the site's moment: the site built them from its published posts only,
 * so a slot with a planned draft or scheduled post lacked its `publishing slot (pillar)` override.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { isOnPortfolio } from '../../src/core/portfolio.ts';
import { run as runExport } from '../../src/cli/commands/export.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { publicCalendar } from '../../src/pages/_lib/calendars.ts';
import type { SiteData } from '../../src/pages/_lib/site-data.ts';
import { loadProject } from '../../src/store/project.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'public-calendars-'));
cpSync(FIXTURE, root, { recursive: true });
const before = process.env.THROUGHLINE_ROOT;
afterAll(() => {
  if (before === undefined) delete process.env.THROUGHLINE_ROOT;
  else process.env.THROUGHLINE_ROOT = before;
  rmSync(root, { recursive: true, force: true });
});

test('each public calendar of the site is export ics --public of the same moment', async () => {
  process.env.THROUGHLINE_ROOT = root;
  const now = Date.parse('2026-11-20T04:00:00Z');
  // As export ics reads the project (cli/commands/export.ts).
  const { planner, posts } = await loadProject(root);
  // The site's own list holds the posts on the portfolio only (site-data.ts).
  const site = { planner, now, posts: posts.filter((p) => isOnPortfolio(p, planner, now)).map((post) => ({ post })), project: posts, lang: 'en', tag: 'en', tags: [] } as unknown as SiteData;
  const whole = buildCalendar({ planner, posts, now, public: true });
  // The scheduled post planned for Monday 2026-11-30 overrides its slot, with no word of it.
  expect(whole).toContain('RECURRENCE-ID;TZID=');
  expect(whole).not.toContain('LEAKMARKER');
  expect(await publicCalendar(site, undefined)).toBe(whole);
  for (const channel of planner.channels.map((c) => c.id)) expect(await publicCalendar(site, undefined, channel)).toBe(buildCalendar({ planner, posts, now, public: true, channel }));
});

test('under a SITE_URL path, the site links published posts on its calendars as export ics --public with that SITE_URL does', async () => {
  process.env.THROUGHLINE_ROOT = root;
  const now = Date.parse('2026-11-20T04:00:00Z');
  const { planner, posts } = await loadProject(root);
  const site = { planner, now, posts: posts.filter((p) => isOnPortfolio(p, planner, now)).map((post) => ({ post })), project: posts, lang: 'en', tag: 'en', tags: [] } as unknown as SiteData;
  const saved = { base: process.env.THROUGHLINE_BASE, url: process.env.SITE_URL };
  process.env.THROUGHLINE_BASE = '/blog/';
  process.env.SITE_URL = 'https://x.example/blog/';
  try {
    const served = await publicCalendar(site, new URL('https://x.example'));
    let exported = '';
    const ctx = { lang: 'en', root, now, stdout: (t: string) => (exported += t), stderr: () => {}, isTTY: false, color: false, stdin: process.stdin } as CliContext;
    expect(await runExport(['ics', '--public'], ctx)).toBe(0);
    expect(served.replace(/\r\n[ \t]/g, '')).toContain('\r\nURL:https://x.example/blog/posts/2026/crust/\r\n');
    expect(exported).toBe(served);
  } finally {
    for (const [key, value] of [['THROUGHLINE_BASE', saved.base], ['SITE_URL', saved.url]] as const)
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
  }
});
