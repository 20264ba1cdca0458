/**
 * `import` of a channel's feed holding a copy of a post of another channel (a dev.to feed after
 * the blog, core/feed/same-post.ts copiedPosts): before, the copy was written as a post of its
 * own, and the portfolio showed the piece twice; now it is written with `copyOf:` and named.
 */
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/core/feed/import-plan.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';

const BODY = 'Narrowing a union with a type guard keeps the compiler honest. Write the guard once and reuse it.\n';

function post(id: string, fields: Record<string, unknown>, body = BODY): Post {
  const data = PostFrontmatterSchema.parse({ title: 'Type guards in practice', channel: 'blog', status: 'published', publishedAt: '2026-09-07T08:00:00Z', ...fields });
  return { id, file: `content/posts/${id}.md`, data, body };
}

const original = post('blog/type-guards', { pillar: 'ts' });

describe('import of a channel feed holding a copy', () => {
  const known = (posts: Post[]) => ({
    ids: posts.map((p) => p.id),
    urls: [],
    guids: [],
    posts: posts.map((p) => ({ id: p.id, title: p.data.title, channel: p.data.channel, status: p.data.status, body: p.body, ...(p.data.copyOf ? { copyOf: p.data.copyOf } : {}), ...(p.data.pillar ? { pillar: p.data.pillar } : {}), publishedAt: p.data.publishedAt, url: p.data.url, guid: p.data.guid as string | undefined })),
  });
  const knownWithUrls = (posts: Post[]) => ({
    ...known(posts),
    urls: posts.flatMap((p) => (p.data.url ? [p.data.url] : [])),
  });
  const entry = {
    guid: 'https://dev.to/ada/type-guards-1k2',
    url: 'https://dev.to/ada/type-guards-1k2',
    title: 'Type Guards in Practice',
    date: '2026-09-09T08:00:00Z',
    html: '<p><em>Originally published at ada.dev.</em></p><p>Narrowing a union with a <strong>type guard</strong> keeps the compiler honest.</p><p>Write the guard once and reuse it.</p>',
  };

  test('writes it with copyOf naming the original and says so, in English and Chinese', () => {
    const plan = planImport([entry], known([original]), { channel: 'devto', status: 'published' });
    expect(plan.drafts).toHaveLength(1);
    expect(plan.drafts[0]!.frontmatter).toMatchObject({ channel: 'devto', copyOf: 'blog/type-guards', url: entry.url });
    expect(plan.warnings).toEqual([
      { en: expect.stringContaining('a copy of post blog/type-guards (same title and text)'), zh: expect.stringContaining('是文章 blog/type-guards 的副本') },
    ]);
  });

  test('leaves another text under the same title, an entry of the same channel, and a copy of a draft as posts of their own', () => {
    const other = { ...entry, html: '<p>A different article about guards at the border and their uniforms.</p>' };
    expect(planImport([other], known([original]), { channel: 'devto', status: 'published' }).drafts[0]!.frontmatter.copyOf).toBeUndefined();
    expect(planImport([entry], known([original]), { channel: 'blog', status: 'published' }).drafts.every((d) => d.frontmatter.copyOf === undefined)).toBe(true);
    const draft = post('blog/type-guards', { status: 'draft', publishedAt: undefined });
    expect(planImport([entry], known([draft]), { channel: 'devto', status: 'published' }).drafts[0]!.frontmatter.copyOf).toBeUndefined();
  });

  test("takes the original's pillar, not the one --pillar or the map gives; a copy imported before is given none by a later run", () => {
    const plan = planImport([entry], known([original]), { channel: 'devto', status: 'published', pillar: 'other', pillarMap: new Map([['photos', 'other']]) });
    expect(plan.drafts[0]!.frontmatter).toMatchObject({ copyOf: 'blog/type-guards', pillar: 'ts' });
    expect(plan.warnings[0]!.en).toContain('with copyOf: blog/type-guards and its pillar, ts,');
    const imported = post('devto/type-guards', { channel: 'devto', copyOf: 'blog/type-guards', url: entry.url });
    expect(planImport([entry], knownWithUrls([original, imported]), { channel: 'devto', status: 'published', pillar: 'other' }).pillars).toEqual([]);
  });
});
