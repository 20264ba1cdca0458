import { describe, expect, test } from 'vitest';
import { writeUnderAliases } from '../../src/core/schema/post-alias-writes.ts';
import { applyFrontmatterAliases } from '../../src/core/schema/post-aliases.ts';

type Fm = Record<string, unknown>;
const read = (fm: Fm) => applyFrontmatterAliases(fm) as Fm;

/** What a studio save hands over: the file as read, with `change` over it. */
function save(file: Fm, change: Fm = {}): Fm {
  const next: Fm = { ...read(file), ...change };
  for (const [k, v] of Object.entries(change)) if (v === undefined) delete next[k];
  const out = writeUnderAliases(file, next);
  // Whatever is written reads back as what the save meant (tags: the same names).
  const back = read(out);
  for (const key of ['status', 'publishedAt', 'cover', 'url', 'canonical']) expect(back[key], key).toEqual(next[key]);
  expect([...((back.tags as string[]) ?? [])].sort()).toEqual([...((next.tags as string[]) ?? [])].sort());
  return out;
}

const hexo = { title: 'T', channel: 'blog', date: '2024-05-01', draft: false, categories: ['a'], ogImage: '/x.png', canonicalURL: 'https://dev.to/x' };

describe('writeUnderAliases', () => {
  test('a save that changes nothing the alias keys give writes no status, tags, cover, url or canonical', () => {
    expect(save(hexo, { body: 'x' })).toEqual({ ...hexo, body: 'x' });
  });

  describe('status', () => {
    test.each([
      ['draft: false', { draft: false }, 'draft', { draft: true }],
      ['draft: true', { draft: true }, 'published', { draft: false }],
      ["Jekyll's published: false", { published: false }, 'published', { published: true }],
      ["Jekyll's published: true", { published: true }, 'draft', { published: false }],
      // A flag written as text is written back as text, in its own words and case.
      ['draft: yes', { draft: 'yes' }, 'published', { draft: 'no' }],
      ['draft: "True"', { draft: 'True' }, 'published', { draft: 'False' }],
      ['draft: OFF', { draft: 'OFF' }, 'draft', { draft: 'ON' }],
      ["Jekyll's published: \"false\"", { published: 'false' }, 'published', { published: 'true' }],
    ])('a new draft or published status on a file with %s is written as that flag', (_, flag, status, written) => {
      const out = save({ title: 'T', channel: 'blog', date: '2024-05-01', ...flag }, { status });
      expect(out).toEqual({ title: 'T', channel: 'blog', date: '2024-05-01', ...written });
    });

    test('a dated post with no flag marked draft gets status: draft (no flag to write it by)', () => {
      expect(save({ title: 'T', channel: 'blog', date: '2024-05-01' }, { status: 'draft' })).toMatchObject({ status: 'draft' });
    });

    test.each(['idea', 'scheduled'])('%s has no flag of its own: status is written, and the flag made to say draft', (status) => {
      expect(save({ title: 'T', channel: 'blog', date: '2024-05-01', draft: false }, { status })).toEqual({ title: 'T', channel: 'blog', date: '2024-05-01', draft: true, status });
    });

    test('a file with its own status keeps it while unchanged; a new status makes the flag agree, and goes when the flag says it alone', () => {
      const file = { title: 'T', channel: 'blog', date: '2024-05-01', status: 'scheduled', draft: true };
      expect(save(file, { status: 'published' })).toEqual({ title: 'T', channel: 'blog', date: '2024-05-01', draft: false });
      expect(save(file, { status: 'draft' })).toEqual({ title: 'T', channel: 'blog', date: '2024-05-01', draft: true });
      expect(save({ ...file, draft: false }, { status: 'idea' })).toEqual({ ...file, status: 'idea', draft: true });
      const conflicting = { ...file, status: 'published' };
      expect(save(conflicting, { title: 'U' })).toEqual({ ...conflicting, title: 'U' });
    });
  });

  describe('tags', () => {
    test('tags the categories give are not copied into tags', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', categories: ['a', 'b'] })).not.toHaveProperty('tags');
    });

    test("a file's tags as written (one string) stay so while they read the same", () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tags: '菜谱', categories: 'a' })).toMatchObject({ tags: '菜谱', categories: 'a' });
    });

    test("a tag added to tags written as one string (Jekyll's `tags: ruby rails`, or `a, b`) keeps it one string; a name that could not be told apart again makes it a list", () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tags: 'ruby rails' }, { tags: ['ruby', 'rails', 'gems'] })).toMatchObject({ tags: 'ruby rails gems' });
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tags: '菜谱, 家常菜' }, { tags: ['菜谱', '家常菜', '红烧'] })).toMatchObject({ tags: '菜谱, 家常菜, 红烧' });
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tags: 'ruby rails' }, { tags: ['ruby', 'ruby on rails'] })).toMatchObject({ tags: ['ruby', 'ruby on rails'] });
      // Hexo's one tag as a string: a second tag makes a list, not a string Hexo would read as one tag.
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tags: '项目分析' }, { tags: ['项目分析', '复盘'] })).toMatchObject({ tags: ['项目分析', '复盘'] });
    });

    test('a tag added in the studio is written under tags, without the categories', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', categories: ['a'] }, { tags: ['a', 'new'] })).toMatchObject({ tags: ['new'], categories: ['a'] });
    });

    test("a removed tag that a category gave leaves categories (Hexo's nested lists keep the rest)", () => {
      const out = save({ title: 'T', channel: 'blog', status: 'draft', tags: ['t'], categories: [['Diary', 'Life'], 'Food'] }, { tags: ['t', 'Diary', 'Food'] });
      expect(out).toMatchObject({ tags: ['t'], categories: [['Diary'], 'Food'] });
      expect(save({ title: 'T', channel: 'blog', status: 'draft', category: 'Life' }, { tags: [] })).not.toHaveProperty('category');
    });

    test("a removed tag that Jekyll's single tag: gave removes that key; one kept keeps it as written", () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tag: 'attention' }, { tags: [] })).not.toHaveProperty('tag');
      expect(save({ title: 'T', channel: 'blog', status: 'draft', tag: 'attention' }, { tags: ['attention', 'new'] })).toMatchObject({ tag: 'attention', tags: ['new'] });
    });

    test("a removed tag that Jekyll's space-separated categories gave leaves that string, the other names as written", () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', categories: 'rails audiopila' }, { tags: ['rails'] })).toMatchObject({ categories: 'rails' });
      expect(save({ title: 'T', channel: 'blog', status: 'draft', categories: 'rails audiopila' }, { tags: ['rails', 'audiopila'] })).toMatchObject({ categories: 'rails audiopila' });
      expect(save({ title: 'T', channel: 'blog', status: 'draft', categories: 'rails audiopila' }, { tags: [] })).not.toHaveProperty('categories');
    });
  });

  describe('cover', () => {
    test.each(['ogImage', 'image'])('a new served cover goes under %s', (key) => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', [key]: '/x.png' }, { cover: 'https://cdn.example/y.png' })).toEqual({ title: 'T', channel: 'blog', status: 'draft', [key]: 'https://cdn.example/y.png' });
    });

    test('a cover that is not a served image (a file beside the post) is cover:, beside an asset ogImage the reader never took', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', ogImage: '../../assets/og.png' }, { cover: 'cover.jpg' })).toMatchObject({ ogImage: '../../assets/og.png', cover: 'cover.jpg' });
    });

    test("PaperMod's cover object is kept as written, and a new image goes into it", () => {
      const paperMod = { title: 'T', channel: 'blog', status: 'draft', cover: { image: '/x.png', alt: 'Pork' } };
      expect(save(paperMod)).toEqual(paperMod);
      expect(save(paperMod, { cover: '/y.png' })).toEqual({ ...paperMod, cover: { image: '/y.png', alt: 'Pork' } });
    });

    test('a cleared cover removes the key that gave it', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', ogImage: '/x.png' }, { cover: undefined })).toEqual({ title: 'T', channel: 'blog', status: 'draft' });
    });

    test('a file with its own cover keeps writing it', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', cover: '/c.png', ogImage: '/x.png' }, { cover: '/d.png' })).toMatchObject({ cover: '/d.png', ogImage: '/x.png' });
    });
  });

  describe('url and canonical', () => {
    test('a new url goes under canonicalURL; a cleared one with canonical self removes it', () => {
      const file = { title: 'T', channel: 'blog', status: 'draft', canonicalURL: 'https://dev.to/x' };
      expect(save(file, { url: 'https://dev.to/y' })).toEqual({ ...file, canonicalURL: 'https://dev.to/y' });
      expect(save(file, { url: undefined, canonical: undefined })).toEqual({ title: 'T', channel: 'blog', status: 'draft' });
    });

    test("Hugo's site-path url and a theme's canonical flag, which the reader does not take, are kept", () => {
      const file = { title: 'T', channel: 'blog', date: '2024-05-01', url: '/2017/04/a/', canonical: true };
      expect(save(file, { title: 'U' })).toEqual({ ...file, title: 'U' });
    });

    test('a url: list keeps its other addresses: unchanged it stays as written, a new url replaces its first address; a cleared url removes the list', () => {
      const file = { title: 'T', channel: 'blog', pubDatetime: '2022-05-10', url: ['https://old.example/a', 'https://forum.example/t/1'] };
      expect(save(file, { body: 'x' })).toEqual({ ...file, body: 'x' });
      expect(save(file, { url: 'https://new.example/a' })).toEqual({ ...file, url: ['https://new.example/a', 'https://forum.example/t/1'] });
      expect(save(file, { url: undefined })).toEqual({ title: 'T', channel: 'blog', pubDatetime: '2022-05-10' });
    });

    test('a file with its own url keeps writing it', () => {
      expect(save({ title: 'T', channel: 'blog', status: 'draft', url: 'https://a.example/x', canonicalURL: 'https://dev.to/x' }, { url: 'https://a.example/y' })).toMatchObject({ url: 'https://a.example/y', canonicalURL: 'https://dev.to/x' });
    });
  });
});
