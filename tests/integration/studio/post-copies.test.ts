/**
 * The studio's list of posts with a cross-posted copy (`copyOf`, core/copies.ts): the dev.to copy
 * was a row like any other, nothing telling it from a second post of the same title; it now names
 * the post it copies, linked, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { projectStudio } from './project-studio.ts';

const planner = JSON.stringify({
  version: 1,
  brand: { name: 'Ada', label: 'The TypeScript teacher', audience: 'Developers', strengths: ['typescript'], timezone: 'UTC', pillars: [{ id: 'ts', name: 'TypeScript' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07' },
    { id: 'devto', name: 'dev.to', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=WE', start: '2026-09-09' },
  ],
  breaks: [],
});
const BODY = 'Narrowing a union with a type guard keeps the compiler honest.\n';
const studio = projectStudio({
  'content/planner.json': planner,
  'content/posts/blog/type-guards.md': `---\ntitle: Type guards in practice\nchannel: blog\nstatus: published\npublishedAt: 2026-09-07\n---\n${BODY}`,
  'content/posts/devto/type-guards.md': `---\ntitle: Type guards in practice\nchannel: devto\nstatus: published\npublishedAt: 2026-09-09\nurl: https://dev.to/ada/type-guards-1k2\ncopyOf: blog/type-guards\n---\n${BODY}`,
});

const rowOf = (html: string, id: string) => html.slice(html.indexOf(`data-post="${id}"`), html.indexOf('</tr>', html.indexOf(`data-post="${id}"`)));

describe('the list of posts with a copy', () => {
  it("names the original under the copy's title, linked, and nothing under the original's", async () => {
    const html = await studio.page('/studio/drafts', 'en');
    expect(rowOf(html, 'devto/type-guards')).toMatch(/<small class="copy-of"[^>]*>Copy of <a href="\/studio\/drafts\/blog\/type-guards"[^>]*>Type guards in practice<\/a><\/small>/);
    expect(rowOf(html, 'blog/type-guards')).not.toContain('copy-of');
  });

  it('says so in Chinese', async () => {
    const html = await studio.page('/studio/drafts', 'zh');
    expect(rowOf(html, 'devto/type-guards')).toMatch(/副本，原文：<a href="\/studio\/drafts\/blog\/type-guards"/);
  });
});
