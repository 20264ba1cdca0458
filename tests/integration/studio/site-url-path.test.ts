/**
 * `npm start` with a SITE_URL that has a path (https://you.github.io/blog/, Astro's base for the
 * build): the studio and its preview of the pages are served at the root, but every address they
 * name of the published site carries the path: the plan page's calendar to subscribe to, and the
 * preview's canonical and og:url (before: https://you.github.io/posts/b/ and /calendar.ics).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
const before = { site: process.env.SITE_URL, base: process.env.THROUGHLINE_PUBLIC_BASE };
beforeAll(async () => {
  process.env.SITE_URL = 'https://you.github.io/blog/';
  studio = await startStudio(join(import.meta.dirname, '../../fixtures/roots/basic'));
});
afterAll(async () => {
  await studio?.stop();
  // The dev server recorded the published base in this process's environment too (integration/index.ts).
  for (const [key, value] of [['SITE_URL', before.site], ['THROUGHLINE_PUBLIC_BASE', before.base]] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
});

const page = async (path: string, lang = 'en') => (await fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();

describe('npm start under a SITE_URL with a path', () => {
  it("names the published calendar with the site's path on the plan page, in English and Chinese", async () => {
    expect(await page('/studio/plan')).toContain('subscribe to the calendar of your published site, https://you.github.io/blog/calendar.ics (its About page');
    expect(await page('/studio/plan', 'zh')).toContain('请订阅发布后网站上的日历 https://you.github.io/blog/calendar.ics（');
  });

  it("gives the preview's canonical and og:url the site's path, while its links stay at the root", async () => {
    const html = await page('/posts/b/');
    expect(html).toContain('<link rel="canonical" href="https://you.github.io/blog/posts/b/"');
    expect(html).toMatch(/<meta property="og:url" content="https:\/\/you\.github\.io\/blog\/posts\/b\/"/);
    expect(html).toMatch(/href="\/about\/"/);
  });
});
