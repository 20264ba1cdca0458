/**
 * A post moved from Hexo, Hugo, Jekyll, AstroPaper or Fuwari gives its status, tags, cover and url
 * under its own keys (`draft`, `published: false`, `categories`, `ogImage`, `image`, PaperMod's
 * `cover.image`, `canonicalURL`). The studio's saves (editor Save and autosave, the publish page,
 * the plan's moves, renames) write those fields there, or not at all when those keys already give
 * them: no `status:`, `tags:`, `cover:` or `url:` of Throughline's beside them would make a later
 * hand edit of `draft:`, `categories:`, `ogImage:` or `canonicalURL:` do nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { duplicatePost, movePost } from '../../../src/store/post-files.ts';
import { readPost, savePost } from '../../../src/store/posts.ts';
import { postToValues, savePostValues, type PostValues } from '../../../src/studio/drafts/post-form.ts';
import { movePost as movePlanned } from '../../../src/studio/plan/move.ts';
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
const data = async () => (await readPost(root, '2024/hexo')).post.data;

/** Saves the post as the editor does, with `change` over the values it shows. */
async function saveInEditor(change: Partial<PostValues>, autosave: boolean) {
  const { post, revision } = await readPost(root, '2024/hexo');
  const values = { ...postToValues(post), ...change };
  return savePostValues(root, await readPlanner(root), { id: '2024/hexo', values, revision, now: Date.parse('2024-05-01T02:00:00Z'), ...(autosave ? {} : { compile: { lang: 'en' as const } }) });
}

// Keys in the order the studio writes them (title, channel first), so a save that changes nothing else is no diff.
const HEXO = '---\ntitle: 红烧肉\nchannel: blog\ndate: 2024-05-01 10:00:00\ncategories:\n  - 菜谱\nogImage: /x.png\ncanonicalURL: https://dev.to/mei/pork\ndraft: false\n---\n\n先焯水。\n';

describe.each([['Save', false], ['autosave', true]] as const)("the editor's %s on a Hexo post", (_, autosave) => {
  test('changing only the text adds no status, tags, cover, url or canonical', async () => {
    writeFileSync(path(), HEXO);
    expect(await saveInEditor({ body: '先焯水，再炖。\n' }, autosave)).toMatchObject({ kind: 'saved' });
    expect(file()).toBe(HEXO.replace('先焯水。\n', '先焯水，再炖。\n'));
  });

  test('a later hand edit of draft, categories, ogImage and canonicalURL counts', async () => {
    writeFileSync(path(), HEXO);
    await saveInEditor({ title: '红烧肉（改）' }, autosave);
    writeFileSync(path(), file().replace('draft: false', 'draft: true').replace('  - 菜谱', '  - 家常').replace('/x.png', '/y.png').replace('mei/pork', 'mei/braised'));
    expect(await data()).toMatchObject({ status: 'draft', tags: ['家常'], cover: '/y.png', url: 'https://dev.to/mei/braised', canonical: 'original' });
  });

  test('marking a draft: true post published writes draft: false, and draft: true by hand makes it a draft again', async () => {
    writeFileSync(path(), HEXO.replace('draft: false', 'draft: true'));
    expect(await saveInEditor({ status: 'published' }, autosave)).toMatchObject({ kind: 'saved' });
    expect(file()).not.toMatch(/^status:/m);
    expect(file()).toMatch(/^draft: false$/m);
    expect((await data()).status).toBe('published');
    writeFileSync(path(), file().replace('draft: false', 'draft: true'));
    expect((await data()).status).toBe('draft');
  });

  test('a new url typed in the editor is written as canonicalURL', async () => {
    writeFileSync(path(), HEXO);
    await saveInEditor({ url: 'https://dev.to/mei/braised' }, autosave);
    expect(file()).not.toMatch(/^url:/m);
    expect(file()).toMatch(/^canonicalURL: https:\/\/dev.to\/mei\/braised$/m);
  });
});

describe('other saves of a moved post', () => {
  test("Jekyll's published: false becomes published: true when the post is published", async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\nchannel: blog\ndate: 2024-05-01\npublished: false\n---\n\n先焯水。\n');
    await saveInEditor({ status: 'published' }, false);
    expect(file()).toBe('---\ntitle: 红烧肉\nchannel: blog\ndate: 2024-05-01\npublished: true\n---\n\n先焯水。\n');
  });

  test('a commented, CRLF Hexo file marked published changes only its draft line', async () => {
    writeFileSync(path(), '---\r\ntitle: 红烧肉 # 标题\r\nchannel: blog\r\ndate: 2024-05-01\r\ncategories: 菜谱 # 分类\r\ndraft: true # 草稿\r\n---\r\n\r\n先焯水。\r\n');
    await saveInEditor({ status: 'published' }, true);
    expect(file()).toBe('---\r\ntitle: 红烧肉 # 标题\r\nchannel: blog\r\ndate: 2024-05-01\r\ncategories: 菜谱 # 分类\r\ndraft: false # 草稿\r\n---\r\n\r\n先焯水。\r\n');
  });

  test("an idea keeps status: idea, with the file's draft flag saying draft so the two agree", async () => {
    writeFileSync(path(), HEXO);
    await saveInEditor({ status: 'idea', publishedAt: '' }, false);
    expect(file()).toMatch(/^status: idea$/m);
    expect(file()).toMatch(/^draft: true$/m);
  });

  test("a scheduled Hexo post taken off the plan is a draft by its draft: true alone, so editing draft: by hand counts again", async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\nchannel: blog\nstatus: scheduled\nplannedFor: 2024-05-06\ndraft: true\n---\n\n先焯水。\n');
    expect(await movePlanned(root, await readPlanner(root), { id: '2024/hexo', date: null }, Date.parse('2024-05-01T02:00:00Z'))).not.toHaveProperty('errors');
    expect(file()).toBe('---\ntitle: 红烧肉\nchannel: blog\ndraft: true\n---\n\n先焯水。\n');
    expect((await data()).status).toBe('draft');
  });

  test("the plan's move (plannedFor) of a Fuwari post keeps image: and adds no cover or tags", async () => {
    writeFileSync(path(), '---\ntitle: 红烧肉\npublished: 2024-05-01\ndraft: true\nimage: https://cdn.example/pork.jpg\ntags: [菜谱]\ncategory: 家常\nchannel: blog\n---\n\n先焯水。\n');
    const { post, revision } = await readPost(root, '2024/hexo');
    await savePost(root, '2024/hexo', { frontmatter: { ...post.data, plannedFor: '2024-05-06' }, body: post.body }, { expectedRevision: revision });
    expect(file()).toMatch(/^plannedFor: 2024-05-06$/m);
    expect(file()).toMatch(/^image: https:\/\/cdn.example\/pork.jpg$/m);
    expect(file()).toMatch(/^category: 家常$/m);
    expect(file()).not.toMatch(/^(cover|status|publishedAt):/m);
    expect((await data()).tags).toEqual(['菜谱', '家常']);
    expect(file().match(/家常/g)).toHaveLength(1);
  });

  test("a Hugo PaperMod post keeps its cover object and its url path", async () => {
    const hugo = '---\ntitle: 红烧肉\nchannel: blog\nurl: /2024/05/pork/\ndate: 2024-05-01\ncover:\n  image: /pork.jpg\n  alt: 红烧肉\n---\n\n先焯水。\n';
    writeFileSync(path(), hugo);
    await saveInEditor({ title: '红烧肉' }, false);
    expect(file()).toBe(hugo);
  });

  test('renaming it keeps its keys; a copy has no url, neither by canonicalURL', async () => {
    writeFileSync(path(), HEXO);
    await duplicatePost(root, '2024/hexo', '2024/copy');
    const copy = await readPost(root, '2024/copy');
    expect(copy.post.data.url).toBeUndefined();
    expect(copy.post.data.status).toBe('draft');
    await movePost(root, '2024/hexo', '2024/pork');
    expect(readFileSync(join(root, 'content/posts/2024/pork.md'), 'utf8')).toBe(HEXO);
  });
});
