/**
 * A post file written on Windows (CRLF line endings, a UTF-8 byte order mark from Notepad) keeps
 * them when the studio saves it, as planner.json does: a save shows in a diff as the lines it
 * changed, not as every line of the file. The revision a save returns is the one the next read gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPost, savePost } from '../../src/store/posts.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { tempRootsPerTest } from './helpers.ts';

const copy = tempRootsPerTest();
const WINDOWS = '---\r\ntitle: 分布式锁\r\nchannel: blog\r\nstatus: draft\r\n---\r\n\r\n第一段。\r\n\r\n第二段。\r\n';

function windowsPost(prefix = ''): { root: string; path: string } {
  const root = copy();
  const path = join(root, 'content/posts/win.md');
  writeFileSync(path, prefix + WINDOWS);
  return { root, path };
}

describe('saving a post whose file has CRLF line endings', () => {
  test('keeps CRLF on every line, so only the changed line differs', async () => {
    const { root, path } = windowsPost();
    const { post, revision } = await readPost(root, 'win');
    const saved = await savePost(root, 'win', { frontmatter: { ...post.data, title: '分布式锁的坑' }, body: post.body }, { expectedRevision: revision });
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(WINDOWS.replace('title: 分布式锁\r\n', 'title: 分布式锁的坑\r\n'));
    expect(saved.revision).toBe((await readPost(root, 'win')).revision);
  });

  test('a body sent with the browser\'s CRLF to an LF file stays LF', async () => {
    const root = copy();
    const path = join(root, 'content/posts/unix.md');
    writeFileSync(path, WINDOWS.replaceAll('\r\n', '\n'));
    const { post } = await readPost(root, 'unix');
    await savePost(root, 'unix', { frontmatter: post.data, body: '第一段。\r\n\r\n第二段。\r\n' });
    expect(readFileSync(path, 'utf8')).not.toContain('\r');
  });
});

describe('saving a post whose file starts with a byte order mark', () => {
  test('keeps the mark', async () => {
    const { root, path } = windowsPost('\uFEFF');
    const { post, revision } = await readPost(root, 'win');
    await savePost(root, 'win', { frontmatter: { ...post.data, status: 'idea' }, body: post.body }, { expectedRevision: revision });
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(text).toContain('status: idea\r\n');
  });
});

describe('saving a post whose frontmatter has YAML comments', () => {
  test('keeps each comment and the fields it did not change as written', async () => {
    const root = copy();
    const path = join(root, 'content/posts/notes.md');
    writeFileSync(path, '---\n# 这篇要在周会前写完\ntitle: 注释测试\nchannel: blog\nstatus: draft\nseries: "分布式"  # 系列名\n---\n\n正文。\n');
    const { post, revision } = await readPost(root, 'notes');
    await savePost(root, 'notes', { frontmatter: { ...post.data, status: 'idea', pillar: undefined }, body: '正文，改过。\n' }, { expectedRevision: revision });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('# 这篇要在周会前写完\n');
    expect(text).toContain('series: "分布式"  # 系列名\n');
    expect(text).toContain('status: idea\n');
    expect(text).toContain('\n正文，改过。\n');
    const again = await readPost(root, 'notes');
    expect(again.post.data).toMatchObject({ title: '注释测试', channel: 'blog', status: 'idea', series: '分布式' });
  });

  test('a field the save removes goes, and a new one is added', async () => {
    const root = copy();
    const path = join(root, 'content/posts/notes.md');
    writeFileSync(path, '---\ntitle: 注释测试 # 标题\nchannel: blog\nstatus: draft\nplannedFor: 2026-12-08\n---\n\n正文。\n');
    const { post } = await readPost(root, 'notes');
    const { plannedFor: _, ...rest } = post.data;
    await savePost(root, 'notes', { frontmatter: { ...rest, pillar: 'recipes' }, body: post.body });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('title: 注释测试 # 标题\n');
    expect(text).not.toContain('plannedFor');
    expect(text).toContain('pillar: recipes\n');
  });
});

describe('saving a post whose --- lines end in spaces or a tab', () => {
  test('opens it, and writes clean --- lines, keeping CRLF, the mark and a comment', async () => {
    const root = copy();
    const path = join(root, 'content/posts/trail.md');
    writeFileSync(path, '\uFEFF--- \r\ntitle: Trail notes\r\n# kept\r\nchannel: blog\r\nstatus: draft\r\n---\t\r\nRan.\r\n');
    const { post, revision } = await readPost(root, 'trail');
    await savePost(root, 'trail', { frontmatter: { ...post.data, status: 'idea' }, body: post.body }, { expectedRevision: revision });
    expect(readFileSync(path, 'utf8')).toBe('\uFEFF---\r\ntitle: Trail notes\r\n# kept\r\nchannel: blog\r\nstatus: idea\r\n---\r\nRan.\r\n');
  });
});

describe('saving a post written by hand or by another theme', () => {
  // An AstroPaper-style post: its own key order, quotes, a flow list, a block list, a blank line.
  const HAND = [
    '---',
    "author: Mei",
    "pubDatetime: 2024-05-02T09:00:00+08:00",
    "title: 'Braised pork, slowly'",
    'channel: blog',
    'status: draft',
    'tags: [recipes, pork]',
    '',
    'aliases:',
    '  - /2024/05/braised-pork.html',
    '  - /old/braised',
    'description: "A Sunday braise"',
    '---',
    '',
    'Body.',
    '',
  ].join('\n');

  /** The text of post file `written` after the studio's save of its fields as `change` gives them. */
  async function savedFile(written: string, change: (data: Record<string, unknown>) => Record<string, unknown>): Promise<string> {
    const root = copy();
    const path = join(root, 'content/posts/x.md');
    writeFileSync(path, written);
    const { post, revision } = await readPost(root, 'x');
    await savePost(root, 'x', { frontmatter: change({ ...post.data }), body: post.body }, { expectedRevision: revision });
    return readFileSync(path, 'utf8');
  }
  const saved = (change: (data: Record<string, unknown>) => Record<string, unknown>) => savedFile(HAND, change);

  test('a changed field is the only line that changes: order, quotes, lists and blank lines stay', async () => {
    const text = await saved((d) => ({ ...d, status: 'idea' }));
    expect(text).toBe(HAND.replace('status: draft', 'status: idea'));
  });

  test('a changed title keeps its quotes; a changed flow list stays a flow list; a block list stays a block list', async () => {
    const text = await saved((d) => ({ ...d, title: "Braised pork, slowly, with star anise", tags: ['recipes', 'pork', 'sunday'], aliases: ['/old/braised'] }));
    expect(text).toContain("title: 'Braised pork, slowly, with star anise'\n");
    expect(text).toContain('tags: [recipes, pork, sunday]\n');
    expect(text).toContain('\naliases:\n  - /old/braised\ndescription: "A Sunday braise"\n');
    // The other lines, author to status, as written.
    expect(text.split('\n').filter((_, i) => i < 6 && i !== 3)).toEqual(HAND.split('\n').filter((_, i) => i < 6 && i !== 3));
  });

  test('a field added by the save goes after the field written before it; a removed field takes only its own lines', async () => {
    const { description: _, ...rest } = (await readPost(tempRootWithHand(), 'hand')).post.data;
    const text = await saved(() => ({ ...rest, pillar: 'recipes' }));
    expect(text).toContain('status: draft\npillar: recipes\ntags: [recipes, pork]\n');
    expect(text).not.toContain('description');
    expect(text).toContain('  - /old/braised\n---\n');
  });

  test('a post with no blank line after the frontmatter and no newline at the end (as Hexo and Hugo posts are written) keeps both', async () => {
    const root = copy();
    const path = join(root, 'content/posts/hexo.md');
    const written = '---\ntitle: gradle笔记\nchannel: blog\ndate: 2020-06-20 19:33:15\ntags:\n  - devops/gradle\n---\n编译打包时，将依赖也打入jar包\n\n```\ngradle build\n```';
    writeFileSync(path, written);
    const { post, revision } = await readPost(root, 'hexo');
    await savePost(root, 'hexo', { frontmatter: { ...post.data, tags: ['devops/gradle', 'notes'] }, body: post.body }, { expectedRevision: revision });
    expect(readFileSync(path, 'utf8')).toBe(written.replace('  - devops/gradle\n', '  - devops/gradle\n  - notes\n'));
  });

  test('a field written empty (pillar:, description: "") that the save leaves empty keeps its line', async () => {
    const written = '---\ntitle: Empty\npillar:\nstatus: draft\ndescription: ""\nchannel: blog\nurl: \n---\n\nBody.\n';
    expect(await savedFile(written, (d) => ({ ...d, title: 'Full' }))).toBe(written.replace('title: Empty', 'title: Full'));
  });

  test('a YAML anchor whose field changes, or a tag (!!float 1), never stops the save; unchanged tagged fields keep their line', async () => {
    const anchored = '---\ntitle: &t Anchored title\nseo:\n  title: *t\nstatus: draft\nchannel: blog\n---\n\nBody.\n';
    const text = await savedFile(anchored, (d) => ({ ...d, title: 'New title' }));
    // Saved (the edited field and the alias that named it are written out in full), and reads back so.
    expect(parsePostText(text, 'x', 'x.md').data).toMatchObject({ title: 'New title', seo: { title: 'Anchored title' }, status: 'draft' });
    expect(text).toContain('Body.');
    const tagged = '---\ntitle: Tagged\nweight: !!float 1\nstatus: draft\nchannel: blog\n---\n\nBody.\n';
    expect(await savedFile(tagged, (d) => ({ ...d, status: 'idea' }))).toBe(tagged.replace('status: draft', 'status: idea'));
  });

  test("a changed block list written with its dashes under the key (Hexo's style) keeps that indentation", async () => {
    const written = '---\ntitle: Hexo\nchannel: blog\nstatus: draft\ntags:\n- a\n- b\n---\n\nBody.\n';
    expect(await savedFile(written, (d) => ({ ...d, tags: ['a', 'b', 'c'] }))).toBe(written.replace('- b\n', '- b\n- c\n'));
  });

  test('a post with no body and no newline after its closing ---, or a blank line before it, keeps that layout', async () => {
    const bare = '---\ntitle: Nobody\nstatus: draft\nchannel: blog\n---';
    expect(await savedFile(bare, (d) => ({ ...d, title: 'Somebody' }))).toBe(bare.replace('Nobody', 'Somebody'));
    const spaced = '---\ntitle: Spaced\nstatus: draft\nchannel: blog\n\n---\n\nBody.\n';
    expect(await savedFile(spaced, (d) => ({ ...d, title: 'Spaced out' }))).toBe(spaced.replace('title: Spaced\n', 'title: Spaced out\n'));
  });

  function tempRootWithHand(): string {
    const root = copy();
    writeFileSync(join(root, 'content/posts/hand.md'), HAND);
    return root;
  }
});
