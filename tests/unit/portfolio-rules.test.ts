import { describe, expect, test } from 'vitest';
import { MAX_SCORED_CHARS, buildCheckReport } from '../../src/core/check.ts';
import { isOnPortfolio } from '../../src/core/portfolio.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: {
    name: 'Mei', label: 'Home cook', audience: 'Cooks', strengths: ['cooking'], timezone: 'Asia/Shanghai',
    pillars: [{ id: 'recipes', name: 'Recipes', description: 'Recipes', keywords: ['braise', 'soy'] }],
  },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '09:00' }],
  breaks: [],
});

const post = (id: string, data: Partial<Post['data']>, body = 'Braise the pork with soy.'): Post => ({
  id, file: `content/posts/${id}.md`, body,
  data: { title: id, channel: 'blog', status: 'published', ...data } as Post['data'],
});

const NOW = Date.parse('2026-11-30T00:00:00Z');

describe('isOnPortfolio', () => {
  test.each([
    ['a published post dated before now', { publishedAt: '2026-11-29' }, true],
    ['a published post dated after now', { publishedAt: '2030-01-01' }, false],
    // 2026-11-30 in Shanghai starts at 2026-11-29T16:00Z, before now.
    ['a published post on the local day that has begun in its channel zone', { publishedAt: '2026-11-30' }, true],
    ['a published post later on the same local day', { publishedAt: '2026-11-30T09:00' }, false],
    ['a draft with an old publishedAt', { status: 'draft' as const, publishedAt: '2026-01-01' }, false],
    ['a scheduled post', { status: 'scheduled' as const, publishedAt: '2026-01-01' }, false],
  ])('decides %s', (_name, data, expected) => {
    expect(isOnPortfolio(post('x', data), planner, NOW)).toBe(expected);
  });
});

describe('check', () => {
  test('says when a published post dated in the future appears on the portfolio', () => {
    const report = buildCheckReport({ planner, posts: [post('later', { publishedAt: '2030-01-01' })], now: NOW });
    const waiting = report.flags.filter((f) => f.kind === 'waiting');
    expect(waiting).toEqual([expect.objectContaining({ post: 'later', severity: 'info', publicFrom: '2029-12-31T16:00:00.000Z' })]);
    expect(waiting[0]!.message).toContain('2030-01-01');
  });

  test('does not score a body over the size limit and flags it instead', () => {
    const huge = post('huge', { status: 'draft' }, 'braise soy '.repeat(MAX_SCORED_CHARS / 10 + 1));
    const report = buildCheckReport({ planner, posts: [huge, post('small', {})], now: NOW });
    expect(report.posts.find((p) => p.id === 'huge')!.theme).toBeNull();
    expect(report.posts.find((p) => p.id === 'small')!.theme).not.toBeNull();
    expect(report.flags).toContainEqual(expect.objectContaining({ kind: 'too-large', post: 'huge', file: 'content/posts/huge.md', severity: 'warning' }));
  });

  test('warns of a published post with no text (a stub an import brought in), not of an empty draft', () => {
    const posts = [post('stub', { publishedAt: '2026-01-05' }, '\n  \n'), post('empty-draft', { status: 'draft' }, ''), post('full', { publishedAt: '2026-01-05' })];
    const flags = buildCheckReport({ planner, posts, now: NOW }).flags.filter((f) => f.kind === 'empty-post');
    expect(flags).toEqual([expect.objectContaining({ kind: 'empty-post', post: 'stub', file: 'content/posts/stub.md', severity: 'warning', message: 'is published with no text: on the portfolio and in the feeds it is a title alone' })]);
    expect(buildCheckReport({ planner, posts, now: NOW, lang: 'zh' }).flags.find((f) => f.kind === 'empty-post')!.message).toBe('已发布但没有正文：作品集和订阅源里它只有标题');
  });
});
