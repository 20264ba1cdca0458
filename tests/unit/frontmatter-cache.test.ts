import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeKey, openFrontmatterCache } from '../../src/store/frontmatter-cache.ts';
import { listPosts } from '../../src/store/posts.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

const text = (title: string, extra = '') => `---\ntitle: ${title}\nchannel: blog\nstatus: draft\n${extra}---\nBody of ${title}.\n`;

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'throughline-frontmatter-'));
  roots.push(root);
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, 'content/posts', name), body);
  return root;
}

async function listWithCache(root: string, key = 'k') {
  const frontmatter = openFrontmatterCache(root, key);
  const result = await listPosts(root, { frontmatter });
  frontmatter.save();
  return result;
}

describe('the frontmatter cache', () => {
  it('gives the same posts from the cache as a fresh parse', async () => {
    const root = project({ 'a.md': text('Alpha', 'tags: [x, y]\nplannedFor: 2026-09-07\n'), 'b.mdx': text('Beta') });
    const fresh = await listPosts(root);
    await listWithCache(root);
    expect(readdirSync(join(root, 'node_modules/.cache/throughline'))).toHaveLength(1);
    const cached = await listWithCache(root);
    expect(cached).toEqual(fresh);
  });

  it('serves a stored answer only for the same frontmatter text and the same code', async () => {
    const root = project({ 'a.md': text('Alpha') });
    await listWithCache(root);
    const same = openFrontmatterCache(root, 'k');
    expect(same.get('title: Alpha\nchannel: blog\nstatus: draft')?.title).toBe('Alpha');
    expect(same.get('title: Alpha\nchannel: blog\nstatus: published')).toBeUndefined();
    expect(openFrontmatterCache(root, 'other code').get('title: Alpha\nchannel: blog\nstatus: draft')).toBeUndefined();
  });

  it('reads edited frontmatter again and drops what no post uses any more', async () => {
    const root = project({ 'a.md': text('Alpha') });
    await listWithCache(root);
    writeFileSync(join(root, 'content/posts/a.md'), text('Alpha, revised'));
    expect((await listWithCache(root)).posts[0]?.data.title).toBe('Alpha, revised');
    expect(openFrontmatterCache(root, 'k').get('title: Alpha\nchannel: blog\nstatus: draft')).toBeUndefined();
  });

  it('reports a post with bad frontmatter on every run, never storing it', async () => {
    const root = project({ 'a.md': text('Alpha'), 'bad.md': '---\ntitle: Bad\nchannel: blog\nstatus: maybe\n---\nText.\n' });
    for (let run = 0; run < 2; run++) {
      const { posts, problems } = await listWithCache(root);
      expect(posts.map((p) => p.id)).toEqual(['a']);
      expect(problems.map((p) => p.file)).toEqual(['content/posts/bad.md']);
    }
  });

  it('hands two posts with the same frontmatter objects of their own', async () => {
    const root = project({ 'a.md': text('Same', 'tags: [x]\n'), 'b.md': text('Same', 'tags: [x]\n') });
    await listWithCache(root);
    const { posts } = await listWithCache(root);
    expect(posts[0]!.data).toEqual(posts[1]!.data);
    expect(posts[0]!.data).not.toBe(posts[1]!.data);
    expect(posts[0]!.data.tags).not.toBe(posts[1]!.data.tags);
  });

  it('ignores a corrupt cache file and writes a good one in its place', async () => {
    const root = project({ 'a.md': text('Alpha') });
    await listWithCache(root);
    const dir = join(root, 'node_modules/.cache/throughline');
    const [name] = readdirSync(dir);
    for (const junk of ['not v8 data', '']) {
      writeFileSync(join(dir, name!), junk);
      expect((await listWithCache(root)).posts[0]?.data.title).toBe('Alpha');
      expect(openFrontmatterCache(root, 'k').get('title: Alpha\nchannel: blog\nstatus: draft')?.title).toBe('Alpha');
    }
  });

  it('removes the file of older code when it writes the new one', async () => {
    const root = project({ 'a.md': text('Alpha') });
    await listWithCache(root, 'old code');
    await listWithCache(root, 'new code');
    const files = readdirSync(join(root, 'node_modules/.cache/throughline'));
    expect(files).toHaveLength(1);
    expect(files[0]).toContain('new code');
  });

  it('keys the file by the code that parses frontmatter', () => {
    expect(codeKey()).toMatch(/^[\w-]{20,}$/);
  });
});
