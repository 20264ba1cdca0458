/**
 * A post moved from Hexo, Hugo, Jekyll, AstroPaper or Fuwari gives its dates under its own keys
 * (`date`, `updated`, `lastmod`, `pubDatetime`, `published`), read as publishedAt and updatedAt.
 * The studio's saves (editor Save and autosave, the publish page: all savePostValues; the plan's
 * moves: savePost) write those fields under the file's key, in its place. Before, a save added
 * `publishedAt:` beside `date:`, and the author's later hand edit of `date:` did nothing, silently,
 * because publishedAt wins.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { duplicatePost, movePost, translatePost } from '../../../src/store/post-files.ts';
import { readPost, savePost } from '../../../src/store/posts.ts';
import { postToValues, savePostValues, type PostValues } from '../../../src/studio/drafts/post-form.ts';
import { emptyRoot } from '../helpers.ts';

let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ root, cleanup } = emptyRoot());
  mkdirSync(join(root, 'content/posts/2024'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Mei', label: 'x', audience: 'y', strengths: ['z'], timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2024-01-01' }],
  }));
});
afterEach(() => cleanup());

const path = () => join(root, 'content/posts/2024/hexo.md');
const file = () => readFileSync(path(), 'utf8');

/** Saves the post as the editor does, with `change` over the values it shows. */
async function saveInEditor(change: Partial<PostValues>, autosave: boolean) {
  const { post, revision } = await readPost(root, '2024/hexo');
  const values = { ...postToValues(post), ...change };
  return savePostValues(root, await readPlanner(root), { id: '2024/hexo', values, revision, now: Date.parse('2024-05-01T02:00:00Z'), ...(autosave ? {} : { compile: { lang: 'en' as const } }) });
}

describe.each([['Save', false], ['autosave', true]] as const)("the editor's %s on a Hexo post", (_, autosave) => {
  test('marking it published writes no publishedAt: its date stays where it was, and a later hand edit of date counts', async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\ndate: 2024-05-01 10:00:00\ntags: 菜谱\nchannel: blog\ndraft: true\n---\n\n先焯水。\n');
    expect(await saveInEditor({ status: 'published' }, autosave)).toMatchObject({ kind: 'saved' });
    expect(file()).not.toMatch(/publishedAt/);
    expect(file()).toMatch(/^date: 2024-05-01 10:00:00$/m);
    writeFileSync(path(), file().replace('date: 2024-05-01 10:00:00', 'date: 2024-06-01 10:00:00'));
    expect((await readPost(root, '2024/hexo')).post.data.publishedAt).toBe('2024-06-01 10:00:00');
  });

  test('a new date typed in the editor is written as date, not as a second key', async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\ndate: 2024-05-01\nchannel: blog\n---\n\n先焯水。\n');
    expect(await saveInEditor({ publishedAt: '2024-05-02T10:00:00+08:00' }, autosave)).toMatchObject({ kind: 'saved' });
    expect(file()).not.toMatch(/publishedAt/);
    expect(file()).toMatch(/^date: 2024-05-02T10:00:00\+08:00$/m);
    expect((await readPost(root, '2024/hexo')).post.data.publishedAt).toBe('2024-05-02T10:00:00+08:00');
  });

  test('publishing without a date writes the moment of publishing as date', async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\npublished: false\nchannel: blog\n---\n\n先焯水。\n');
    await saveInEditor({ status: 'published' }, autosave);
    // No alias gave publishedAt (published: false is Jekyll's draft flag): Throughline's own key.
    expect(file()).toMatch(/^publishedAt: 2024-05-01T10:00:00\+08:00$/m);
  });
});

describe('any save of a post whose dates come by alias', () => {
  test("keeps Hexo's updated and Hugo's lastmod as the only keys of updatedAt", async () => {
    for (const key of ['updated', 'lastmod', 'modDatetime']) {
      writeFileSync(path(), `---\ntitle: 红烧肉\nchannel: blog\nstatus: draft\ndate: 2024-05-01\n${key}: 2024-05-03\n---\n\n先焯水。\n`);
      const { post, revision } = await readPost(root, '2024/hexo');
      await savePost(root, '2024/hexo', { frontmatter: { ...post.data, plannedFor: '2024-05-06' }, body: post.body }, { expectedRevision: revision });
      expect(file()).not.toMatch(/updatedAt|publishedAt/);
      expect(file()).toMatch(new RegExp(`^${key}: 2024-05-03$`, 'm'));
    }
  });

  test("keeps Jekyll's date as written when its value does not change, comments and CRLF too", async () => {
    writeFileSync(path(), '---\r\ntitle: 红烧肉 # 标题\r\ndate: 2015-03-01 12:00:00 +0100\r\nchannel: blog\r\nstatus: draft\r\n---\r\n\r\n先焯水。\r\n');
    const { post, revision } = await readPost(root, '2024/hexo');
    await savePost(root, '2024/hexo', { frontmatter: { ...post.data, status: 'published' }, body: post.body }, { expectedRevision: revision });
    expect(file()).toBe('---\r\ntitle: 红烧肉 # 标题\r\ndate: 2015-03-01 12:00:00 +0100\r\nchannel: blog\r\nstatus: published\r\n---\r\n\r\n先焯水。\r\n');
  });

  test('a date cleared in the editor goes from the file, so it does not come back by its alias', async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\ndate: 2024-05-01\nchannel: blog\ndraft: true\n---\n\n先焯水。\n');
    expect(await saveInEditor({ publishedAt: '' }, false)).toMatchObject({ kind: 'saved' });
    expect(file()).not.toMatch(/date|publishedAt/);
    expect((await readPost(root, '2024/hexo')).post.data.publishedAt).toBeUndefined();
  });

  test('a file that has publishedAt keeps writing it; its other date key is left as written', async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\npublishedAt: 2024-05-01\ndate: 2024-04-01\nchannel: blog\nstatus: published\n---\n\n先焯水。\n');
    await saveInEditor({ publishedAt: '2024-05-02' }, false);
    expect(file()).toMatch(/^publishedAt: 2024-05-02$/m);
    expect(file()).toMatch(/^date: 2024-04-01$/m);
  });
});

describe("the editor's other actions on a Hexo post", () => {
  const HEXO = '---\ntitle: 红烧肉\ndate: 2024-05-01\nupdated: 2024-05-03\nchannel: blog\n---\n\n先焯水。\n';
  const at = (id: string) => readFileSync(join(root, `content/posts/${id}.md`), 'utf8');

  test('moving it to another id keeps date and updated as its only date keys', async () => {
    writeFileSync(path(), HEXO);
    await movePost(root, '2024/hexo', '2024/pork');
    expect(at('2024/pork')).not.toMatch(/publishedAt|updatedAt/);
    expect(at('2024/pork')).toMatch(/^date: 2024-05-01$/m);
    expect(at('2024/pork')).toMatch(/^updated: 2024-05-03$/m);
  });

  test.each([
    ['duplicating', () => duplicatePost(root, '2024/hexo', '2024/copy')],
    ['translating', () => translatePost(root, '2024/hexo', '2024/copy', 'en')],
  ])('%s it makes a draft without its date, so the copy is not dated by date:', async (_, act) => {
    writeFileSync(path(), HEXO);
    await act();
    expect(at('2024/copy')).not.toMatch(/^(date|publishedAt):/m);
    const { post } = await readPost(root, '2024/copy');
    expect(post.data.publishedAt).toBeUndefined();
    expect(post.data.status).toBe('draft');
  });
});
