/**
 * Update dates that are a tool's stamp (core/update-stamps.ts) on the built site: an AstroPaper
 * post's Obsidian Linter `updated:` and a day five Hexo posts share in `updated:` show no
 * "Updated" line, feed modified date or sitemap lastmod (a real blog of 179 posts showed
 * "Updated 2026-04-13" on 127 and "Updated 2026-04-10" on 52); a Hexo post's own `updated:` and an
 * `updatedAt:` still do.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

let root: string;
const page = (slug: string) => readFileSync(join(root, 'dist/posts/2025', slug, 'index.html'), 'utf8');
const post = (name: string, lines: string) => writeFileSync(join(root, 'content/posts/2025', `${name}.md`), `---\ntitle: ${name}\nchannel: blog\n${lines}\n---\nA tempo run, written up.\n`);

beforeAll(async () => {
  root = await makeRoot('tl-update-stamps-');
  rmSync(join(root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(root, 'content/posts/2025'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Sam Hart', label: 'the runner who knows data analysis', audience: 'Amateur runners', strengths: ['running'], timezone: 'UTC', pillars: [{ id: 'training', name: 'Training' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2025-01-06' }],
    breaks: [],
  }));
  post('paper', 'pubDatetime: 2025-03-01T08:00:00Z\nupdated: 2025-09-13T10:00:00Z');
  for (const i of [1, 2, 3, 4, 5]) post(`bulk${i}`, `date: 2025-0${i}-02\nupdated: 2025-10-04 10:0${i}:00`);
  post('edited', 'date: 2025-06-02\nupdated: 2025-07-01');
  post('own', 'date: 2025-07-02\nupdatedAt: 2025-10-04');
  await buildPortfolio(root);
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('an update date that is a stamp', () => {
  it("shows no Updated line for an AstroPaper post's updated: nor for a day five posts share", () => {
    expect(page('paper')).not.toContain('Updated');
    expect(page('bulk3')).not.toContain('Updated');
    expect(page('bulk3')).not.toContain('dateModified":"2025-10-04');
  });

  it('still shows a Hexo post\'s own updated: and an updatedAt written on a stamped day', () => {
    expect(page('edited')).toMatch(/Updated <time datetime="2025-07-01">/);
    expect(page('own')).toMatch(/Updated <time datetime="2025-10-04">/);
  });

  it('gives the stamped posts their publication date as the sitemap lastmod', () => {
    const sitemap = readFileSync(join(root, 'dist/sitemap.xml'), 'utf8');
    expect(sitemap).toMatch(/posts\/2025\/bulk3\/<\/loc><lastmod>2025-03-02/);
    expect(sitemap).not.toMatch(/posts\/2025\/paper\/<\/loc><lastmod>2025-09-13/);
  });
});
