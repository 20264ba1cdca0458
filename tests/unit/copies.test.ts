/**
 * Cross-posting (core/copies.ts): a blog post published again on dev.to, filed as a devto post
 * with `copyOf:`. Before, such a copy was a post like any other: the portfolio built a second page
 * for it (with its own social card) and the theme model read its words twice.
 */
import { describe, expect, test } from 'vitest';
import { computePillarBalance } from '../../src/core/balance.ts';
import { buildCheckReport } from '../../src/core/check.ts';
import { themeEvidenceInOrder } from '../../src/core/check-report.ts';
import { copiesByOriginal, isCopy, pieceAliases } from '../../src/core/copies.ts';
import { findReferenceErrors } from '../../src/core/reference-errors.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema, type Post } from '../../src/core/schema/post.ts';
import { portfolioFiles } from '../../src/integration/published-loader.ts';
import { dueCards } from '../../src/pages/_lib/social/due-cards.ts';
import { articleData } from '../../src/pages/_lib/json-ld.ts';
import { summarizeOutput } from '../../src/pages/_lib/output-heatmap.ts';
import type { SiteData, SitePost } from '../../src/pages/_lib/site-data.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Ada', label: 'The TypeScript teacher', timezone: 'UTC', pillars: [{ id: 'ts', name: 'TypeScript', keywords: ['typescript'] }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00' },
    { id: 'devto', name: 'dev.to', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-09-09', time: '08:00' },
  ],
  breaks: [],
});

const BODY = 'Narrowing a union with a type guard keeps the compiler honest. Write the guard once and reuse it.\n';

function post(id: string, fields: Record<string, unknown>, body = BODY): Post {
  const data = PostFrontmatterSchema.parse({ title: 'Type guards in practice', channel: 'blog', status: 'published', publishedAt: '2026-09-07T08:00:00Z', ...fields });
  return { id, file: `content/posts/${id}.md`, data, body };
}

const original = post('blog/type-guards', { pillar: 'ts' });
const copy = post('devto/type-guards', { channel: 'devto', publishedAt: '2026-09-09T08:00:00Z', url: 'https://dev.to/ada/type-guards-1k2', copyOf: 'blog/type-guards' }, '');

const errorsOf = (posts: Post[]) => findReferenceErrors(planner, posts).map((e) => ({ file: e.file, field: e.field, en: e.format('en'), zh: e.format('zh') }));

describe('copyOf in the frontmatter', () => {
  test('is read as the id of the original; an empty value is not set, and a number is told to be quoted', () => {
    expect(copy.data.copyOf).toBe('blog/type-guards');
    expect(isCopy(copy)).toBe(true);
    expect(isCopy(original)).toBe(false);
    expect(PostFrontmatterSchema.parse({ title: 'x', channel: 'blog', status: 'idea', copyOf: '' }).copyOf).toBeUndefined();
    const issue = PostFrontmatterSchema.safeParse({ title: 'x', channel: 'blog', status: 'idea', copyOf: 2026 }).error?.issues[0];
    expect(issue?.path).toEqual(['copyOf']);
    expect(issue?.message).toContain('copyOf: "2026"');
  });

  test('a copy of a published post is no error, nor is a planned copy of a draft', () => {
    expect(errorsOf([original, copy])).toEqual([]);
    const draft = post('blog/next', { status: 'draft', publishedAt: undefined });
    const planned = post('devto/next', { channel: 'devto', status: 'draft', publishedAt: undefined, copyOf: 'blog/next' });
    expect(errorsOf([draft, planned])).toEqual([]);
  });

  test('naming no post is an error on the copy file and field, with the id to write when a path was written', () => {
    const byPath = post('devto/a', { channel: 'devto', copyOf: 'content/posts/blog/type-guards.md' });
    const [error] = errorsOf([original, byPath]);
    expect(error).toMatchObject({ file: 'content/posts/devto/a.md', field: 'copyOf' });
    expect(error!.en).toContain('content/posts/devto/a.md: copyOf: "content/posts/blog/type-guards.md" names no post');
    expect(error!.en).toContain('write copyOf: blog/type-guards');
    expect(error!.zh).toContain('不是任何文章的 id');
    expect(error!.zh).toContain('请写 copyOf: blog/type-guards');
    const unknown = errorsOf([original, post('devto/b', { channel: 'devto', copyOf: 'blog/nothing-here' })]);
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.en).toContain('its path under content/posts/ without the extension');
  });

  test('a chain is an error naming the original to write, and a copy of itself is one too', () => {
    const second = post('zhihu/type-guards', { channel: 'devto', copyOf: 'devto/type-guards' });
    const errors = errorsOf([original, copy, second]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'content/posts/zhihu/type-guards.md', field: 'copyOf' });
    expect(errors[0]!.en).toContain('devto/type-guards is itself a copy (of blog/type-guards)');
    expect(errors[0]!.en).toContain('write copyOf: blog/type-guards');
    expect(errors[0]!.zh).toContain('本身是副本');
    const self = errorsOf([post('blog/self', { copyOf: 'blog/self' })]);
    expect(self.map((e) => e.en)).toEqual([expect.stringContaining('copyOf: a post cannot be a copy of itself')]);
  });

  test('a published copy of a draft is an error: the piece would be out with no page on the site', () => {
    const draft = post('blog/draft', { status: 'draft', publishedAt: undefined });
    const early = post('devto/early', { channel: 'devto', copyOf: 'blog/draft' });
    const [error] = errorsOf([draft, early]);
    expect(error).toMatchObject({ file: 'content/posts/devto/early.md', field: 'copyOf' });
    expect(error!.en).toContain('the original blog/draft is not published (status: draft), but this copy is');
    expect(error!.en).toContain('publish blog/draft first');
    expect(error!.zh).toContain('原文 blog/draft 还没有发布');
  });

  test('copiesByOriginal groups copies by the post they name', () => {
    expect(copiesByOriginal([original, copy])).toEqual(new Map([['blog/type-guards', [copy]]]));
  });
});

describe('check with a copy', () => {
  const now = Date.parse('2026-09-10T12:00:00Z');

  test("fills its own channel's slot, as any post of that channel, and a copy with no text raises no empty-post flag", () => {
    const report = buildCheckReport({ planner, posts: [original, copy], now });
    const devto = report.channels.find((c) => c.id === 'devto')!;
    expect(devto).toMatchObject({ expected: 1, fulfilled: 1, missed: [], currentStreak: 1 });
    expect(report.channels.find((c) => c.id === 'blog')).toMatchObject({ fulfilled: 1, missed: [] });
    expect(report.flags.filter((f) => f.kind === 'empty-post')).toEqual([]);
    // check --json names a copy's original; other posts carry no such key.
    expect(report.posts.find((p) => p.id === 'devto/type-guards')).toMatchObject({ copyOf: 'blog/type-guards' });
    expect(report.posts.find((p) => p.id === 'blog/type-guards')).not.toHaveProperty('copyOf');
  });

  test('the theme model reads the piece once: the copy is no evidence', () => {
    const full = post('devto/type-guards', { channel: 'devto', copyOf: 'blog/type-guards' });
    expect(themeEvidenceInOrder(planner, [original, full]).map((p) => p.id)).toEqual(['blog/type-guards']);
  });
});

describe('the portfolio with a copy', () => {
  const now = Date.parse('2026-09-10T12:00:00Z');

  test('loads the original and not the copy, and queues no social card for the copy', () => {
    expect(portfolioFiles(planner, [original, copy], now)).toEqual(['blog/type-guards.md']);
    expect(dueCards(planner, [original, copy], now).map((c) => c.path)).toEqual(['/og/blog/type-guards.png']);
  });

  test('counts the copy for its channel in the heatmap figures, and names it in the Article data (sameAs)', () => {
    const sitePost = { post: original, date: '2026-09-07', epoch: Date.parse('2026-09-07T08:00:00Z'), entry: { id: original.id, data: original.data }, channel: planner.channels[0], tags: [], copies: [] } as unknown as SitePost;
    const siteCopy = { post: copy, channel: planner.channels[1]!, date: '2026-09-09', epoch: Date.parse('2026-09-09T08:00:00Z'), url: copy.data.url! };
    sitePost.copies = [siteCopy];
    const site = { planner, now, posts: [sitePost], copies: [siteCopy], lang: 'en', tags: [] } as unknown as SiteData;
    const devto = summarizeOutput(site, now).figures.find((f) => f.channel.id === 'devto')!;
    expect(devto.stats).toMatchObject({ expected: 1, fulfilled: 1 });
    expect(articleData(sitePost, planner, new URL('https://ada.dev/'), undefined)).toMatchObject({ url: 'https://ada.dev/posts/blog/type-guards/', sameAs: ['https://dev.to/ada/type-guards-1k2'] });
  });
});

describe('pillar balance with a copy', () => {
  test('counts the piece once: the copy, with the pillar of its original, adds nothing', () => {
    const now = Date.parse('2026-09-20T00:00:00Z');
    const withPillar = post('devto/type-guards', { channel: 'devto', publishedAt: '2026-09-09T08:00:00Z', pillar: 'ts', copyOf: 'blog/type-guards' });
    const balance = computePillarBalance({ planner, posts: [original, withPillar], now });
    expect(balance.find((b) => b.pillar === 'ts')).toMatchObject({ published: 1, upcoming: 0 });
  });
});

describe('pieceAliases', () => {
  test("leads the original's aliases, each copy's address and each copy's own aliases to the original's page", () => {
    const copies = [{ id: 'devto/x', data: { aliases: ['/2020/01/x.html'] } }, { id: 'zhihu/x', data: {} }];
    expect(pieceAliases(['/old/x/'], copies, (id) => `/posts/${id}/`)).toEqual(['/old/x/', '/posts/devto/x/', '/2020/01/x.html', '/posts/zhihu/x/']);
    expect(pieceAliases(undefined, [], (id) => `/posts/${id}/`)).toEqual([]);
  });
});
