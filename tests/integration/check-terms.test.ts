/**
 * Reading posts into theme terms is check's costliest step: each post is read once per
 * report, and the studio's cache re-reads only posts whose text changed. Neither may change
 * a single figure of the report.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport, readTermsOf } from '../../src/core/check.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { loadProject } from '../../src/store/project.ts';
import { cachedTermsOf } from '../../src/studio/shared/studio-data.ts';
import { sampleRoot } from '../support/sample.ts';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const { planner, posts } = await loadProject(sampleRoot());

describe('check reads each post once', () => {
  test('every post is read at most once, and the report is the one the default reader gives', () => {
    const reads = new Map<Post, number>();
    const counting = (post: Post) => {
      reads.set(post, (reads.get(post) ?? 0) + 1);
      return readTermsOf(post);
    };
    const report = buildCheckReport({ planner, posts, now: NOW, termsOf: counting });
    expect(posts.some((p) => p.data.status === 'published' && p.body.trim())).toBe(true);
    expect(Math.max(...reads.values())).toBe(1);
    // Published posts are both evidence and scored; drafts with a body are scored.
    for (const post of posts) if (post.data.status === 'published' || post.body.trim()) expect(reads.get(post)).toBe(1);
    expect(report).toEqual(buildCheckReport({ planner, posts, now: NOW }));
  });
});

describe("the studio's terms cache", () => {
  test('gives the same terms for the same text, and new terms once the text changes', () => {
    const post = posts.find((p) => p.body.trim())!;
    const first = cachedTermsOf(post);
    expect(cachedTermsOf({ ...post, data: { ...post.data } })).toBe(first);
    expect(first).toEqual(readTermsOf(post));
    const edited = { ...post, body: `${post.body}\n\nA whole new paragraph about sourdough starters.` };
    const again = cachedTermsOf(edited);
    expect(again).not.toBe(first);
    expect(again.counts.get('sourdough')).toBe(1);
    expect(cachedTermsOf({ ...post, data: { ...post.data, title: 'A retitled post' } })).not.toBe(first);
  });

  test('a report built through the cache equals a fresh one, twice over', () => {
    const fresh = buildCheckReport({ planner, posts, now: NOW });
    expect(buildCheckReport({ planner, posts, now: NOW, termsOf: cachedTermsOf })).toEqual(fresh);
    expect(buildCheckReport({ planner, posts, now: NOW, termsOf: cachedTermsOf })).toEqual(fresh);
  });
});
