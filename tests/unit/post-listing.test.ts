import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { postSlug } from '../../src/store/post-paths.ts';
import { listPosts } from '../../src/store/posts.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(count: number): string {
  const root = mkdtempSync(join(tmpdir(), 'throughline-listing-'));
  roots.push(root);
  mkdirSync(join(root, 'content/posts/a/b'), { recursive: true });
  for (let i = 0; i < count; i++)
    writeFileSync(join(root, 'content/posts', i % 2 ? 'a/b' : '', `p-${String(i).padStart(4, '0')}.md`), `---\ntitle: Post ${i}\nchannel: blog\nstatus: draft\n---\nBody ${i}.\n`);
  return root;
}

describe('listing post files', () => {
  it('reads every post, in nested folders too, in file order', async () => {
    const { posts, problems } = await listPosts(project(40));
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(40);
    expect(posts.map((p) => p.file)).toEqual([...posts.map((p) => p.file)].sort());
    expect(posts.find((p) => p.id === 'a/b/p-0001')?.data.title).toBe('Post 1');
  });

  it('names posts in dot folders, with dots, spaces and non-Latin letters, by their path under content/posts', async () => {
    const root = project(0);
    const files = ['.drafts/x.md', 'a/.b/c.mdx', 'a/b/d e.md', '家常/红烧肉.md', 'v1.2/notes.md', 'top.md'];
    for (const f of files) {
      mkdirSync(join(root, 'content/posts', f, '..'), { recursive: true });
      writeFileSync(join(root, 'content/posts', f), `---\ntitle: ${f}\nchannel: blog\nstatus: draft\n---\nBody.\n`);
    }
    const { posts, problems } = await listPosts(root);
    expect(problems).toEqual([]);
    expect(posts.map((p) => [p.id, p.file, p.data.title])).toEqual(
      [...files].sort().map((f) => [f.replace(/\.mdx?$/, ''), `content/posts/${f}`, f]),
    );
  });

  it('gives the event loop turns while it reads many posts, so a server keeps answering', async () => {
    const root = project(800);
    let turns = 0;
    let listing = true;
    const tick = () => {
      if (!listing) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const { posts } = await listPosts(root);
    listing = false;
    expect(posts).toHaveLength(800);
    expect(turns).toBeGreaterThan(2);
  });
});

describe('postSlug', () => {
  it('publishes a folder post (x/index) at its folder and leaves other ids as they are', () => {
    expect(postSlug('x/index')).toBe('x');
    expect(postSlug('2026/x/index')).toBe('2026/x');
    expect(postSlug('2026/x')).toBe('2026/x');
    expect(postSlug('index')).toBe('index');
    expect(postSlug('2026/reindex')).toBe('2026/reindex');
    expect(postSlug('2026/index-of-loaves')).toBe('2026/index-of-loaves');
  });
});
