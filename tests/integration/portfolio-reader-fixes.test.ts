/**
 * Faults a reader of the built portfolio found, on one build of the portfolio fixture with a few
 * posts added: a tag written twice in one post (`raft` and `RAFT`, or a Hexo category that is also
 * a tag) shows once on its page, in the feeds and in the structured data; a cover URL with a space
 * is given to link previews percent-encoded; a brand with no label or audience yet (a new project)
 * has feeds with the channel description RSS requires, and no page with an empty description; a
 * post's path-relative links are absolute in the feeds, resolved against the post's address; an
 * `updatedAt` before `publishedAt` is no update anywhere (page, feeds, JSON-LD, sitemap).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}\n`;

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

let root: string;
let files: Map<string, string>;
const text = (path: string) => files.get(path) ?? '';

beforeAll(async () => {
  root = await makeRoot('tl-reader-');
  // One tag in three spellings, a tag that is the post's pillar's name, and a Fuwari `category`
  // that is one of the tags too.
  write(root, '2026/twice.md', post({ title: 'TWICE tagged', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-22', tags: '[Rye, rye, RYE, bread, Crumb]', category: 'crumb' }, 'A rye loaf, tagged twice.'));
  write(root, '2026/spaced-cover.md', post({ title: 'SPACED cover', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-23', cover: '"https://cdn.example.org/my loaf.jpg?w=1200&h=630"' }, 'A cover whose address has a space.'));
  write(root, '2026/relative-links.md', post({ title: 'RELATIVE links', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-24' }, 'See [the crust post](../crust/), [notes](notes.html) and [below](#below).\n\n## Below\n\nText.'));
  // An "update" dated before the post was published (a Hugo lastmod older than a date moved ahead).
  write(root, '2026/update-before.md', post({ title: 'UPDATE before publication', channel: 'blog', pillar: 'bread', status: 'published', publishedAt: '2026-09-25T10:00:00', updatedAt: '2026-09-01' }, 'Dates out of order.'));
  // A new brand: no label or audience yet, and a pillar without a description.
  const plannerFile = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
  planner.brand.label = '';
  planner.brand.audience = '';
  delete planner.brand.pillars[1].description;
  writeFileSync(plannerFile, JSON.stringify(planner, null, 2));
  const { outDir } = await buildPortfolio(root);
  const names = await readdir(outDir, { recursive: true, withFileTypes: true });
  files = new Map();
  for (const d of names.filter((n) => n.isFile())) {
    const path = relative(outDir, join(d.parentPath, d.name)).split('\\').join('/');
    if (/\.(html|xml|json)$/.test(path)) files.set(path, await readFile(join(d.parentPath, d.name), 'utf8'));
  }
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a tag written more than once in one post', () => {
  it('shows once on the post page, in the spelling the site names the tag by (tagNames: `bread` here, `Bread` in the fixture\'s older post)', () => {
    const page = text('posts/2026/twice/index.html');
    const chips = [...page.matchAll(/<a href="\/tags\/([^"]+)\/">#([^<]+)<\/a>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(chips).toEqual(['rye:Rye', 'bread:Bread', 'crumb:Crumb']);
  });

  it('is one category in each feed (the pillar\'s name included) and one keyword in the structured data', () => {
    const item = /<item>(?:(?!<\/item>)[\s\S])*?TWICE tagged[\s\S]*?<\/item>/.exec(text('rss.xml'))?.[0] ?? '';
    expect([...item.matchAll(/<category>\s*([^<]*?)\s*<\/category>/g)].map((m) => m[1])).toEqual(['Bread', 'Rye', 'Crumb']);
    const json = JSON.parse(text('feed.json')) as { items: { title: string; tags: string[] }[] };
    expect(json.items.find((i) => i.title === 'TWICE tagged')?.tags).toEqual(['Bread', 'Rye', 'Crumb']);
    const entry = /<entry[^>]*>(?:(?!<\/entry>)[\s\S])*?TWICE tagged[\s\S]*?<\/entry>/.exec(text('atom.xml'))?.[0] ?? '';
    expect([...entry.matchAll(/<category term="([^"]*)"/g)].map((m) => m[1])).toEqual(['Bread', 'Rye', 'Crumb']);
    expect(text('posts/2026/twice/index.html')).toContain('"keywords":"Rye, Bread, Crumb"');
  });

  it('counts the post once on the tag pages', () => {
    expect(text('tags/rye/index.html').match(/href="\/posts\/2026\/twice\/"/g)?.length).toBe(1);
  });
});

describe('a cover URL with a space', () => {
  it('is given to link previews and the structured data percent-encoded', () => {
    const page = text('posts/2026/spaced-cover/index.html');
    const url = 'https://cdn.example.org/my%20loaf.jpg?w=1200&amp;h=630';
    expect(page).toContain(`<meta property="og:image" content="${url}"`);
    expect(page).toContain(`<meta name="twitter:image" content="${url}"`);
    expect(page).toContain('"image":"https://cdn.example.org/my%20loaf.jpg?w=1200&h=630"');
    expect(page).not.toContain('my loaf.jpg');
  });
});

describe('a brand with no label or audience yet', () => {
  it('has feeds whose RSS channel carries a description, as RSS 2.0 requires', () => {
    const description = (path: string) => /<channel>[\s\S]*?<description>\s*([^<]*?)\s*<\/description>[\s\S]*?(?:<item>|<\/channel>)/.exec(text(path))?.[1];
    expect(description('rss.xml')).toBe('Ada Fixture');
    expect(description('pillars/science/rss.xml')).toBe('Ada Fixture: Science');
  });

  it('gives no page an empty description, meta or Open Graph', () => {
    const empty = [...files].filter(([path, html]) => path.endsWith('.html') && /<meta (?:name|property)="(?:og:|twitter:)?description" content(?:="")?>/.test(html)).map(([path]) => path);
    expect(empty).toEqual([]);
    // A page with words to describe it still has them.
    expect(text('posts/2026/twice/index.html')).toContain('<meta name="description" content="A rye loaf, tagged twice.">');
  });
});

describe('a path-relative link in a post body', () => {
  it('is absolute in every feed, resolved against the post address as on its page', () => {
    const crust = 'https://example.com/posts/2026/crust/';
    const notes = 'https://example.com/posts/2026/relative-links/notes.html';
    expect(text('posts/2026/relative-links/index.html')).toContain('href="../crust/"');
    for (const feed of ['rss.xml', 'atom.xml']) {
      expect(text(feed), feed).toContain(`href="${crust}"`);
      expect(text(feed), feed).toContain(`href="${notes}"`);
      expect(text(feed), feed).not.toContain('href="../crust/"');
    }
    const json = JSON.parse(text('feed.json')) as { items: { title: string; content_html: string }[] };
    const html = json.items.find((i) => i.title === 'RELATIVE links')!.content_html;
    expect(html).toContain(`href="${crust}"`);
    // An in-page fragment is the post's page with it: the entry is on no page of its own in a reader.
    expect(html).toContain('href="https://example.com/posts/2026/relative-links/#below"');
    expect(html).not.toContain('href="#below"');
  });
});

describe('an updatedAt before the post was published', () => {
  it('is no update: no "Updated" line, and modified dates are the publication everywhere', () => {
    const page = text('posts/2026/update-before/index.html');
    const published = '2026-09-25T08:00:00.000Z';
    expect(page).not.toContain('Updated');
    expect(page).not.toContain('article:modified_time');
    expect(page).toContain(`"dateModified":"${published}"`);
    const entry = /<entry[^>]*>(?:(?!<\/entry>)[\s\S])*?UPDATE before publication[\s\S]*?<\/entry>/.exec(text('atom.xml'))?.[0] ?? '';
    expect(entry).toContain(`<updated>${published}</updated>`);
    const json = JSON.parse(text('feed.json')) as { items: { title: string; date_modified?: string }[] };
    expect(json.items.find((i) => i.title === 'UPDATE before publication')?.date_modified).toBeUndefined();
    expect(text('sitemap.xml')).toContain(`<loc>https://example.com/posts/2026/update-before/</loc><lastmod>${published}</lastmod>`);
  });
});
