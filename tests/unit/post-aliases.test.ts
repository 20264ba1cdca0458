import { describe, expect, it } from 'vitest';
import { PostFrontmatterSchema } from '../../src/core/schema/post.ts';

const parse = (fm: Record<string, unknown>) => PostFrontmatterSchema.parse({ title: 'T', channel: 'blog', ...fm });

describe('frontmatter from other themes', () => {
  it('reads an AstroPaper post: pubDatetime, modDatetime, draft: false, ogImage, canonicalURL', () => {
    const data = parse({ pubDatetime: new Date('2026-09-21T09:00:00Z'), modDatetime: '2026-09-25T10:00:00Z', draft: false, ogImage: '/og.png', canonicalURL: 'https://dev.to/me/x' });
    expect(data).toMatchObject({ status: 'published', publishedAt: '2026-09-21T09:00:00.000Z', updatedAt: '2026-09-25T10:00:00Z', cover: '/og.png', url: 'https://dev.to/me/x', canonical: 'original' });
  });

  it('reads a Fuwari post: published, updated, image, category as a tag, lang', () => {
    const data = parse({ published: new Date('2026-09-20T00:00:00Z'), updated: '2026-09-22', image: 'https://cdn.example.com/cover.jpg', tags: ['a'], category: 'Guides', lang: 'zh-CN' });
    expect(data).toMatchObject({ status: 'published', publishedAt: '2026-09-20', updatedAt: '2026-09-22', cover: 'https://cdn.example.com/cover.jpg', tags: ['a', 'Guides'], lang: 'zh-CN' });
  });

  it.each([
    ['AstroPaper ogImage', { pubDatetime: '2026-09-21', ogImage: '../../assets/images/AstroPaper-v3.png' }],
    ['Fuwari image', { published: '2026-09-20', image: './cover.jpg' }],
    ['a protocol-relative ogImage', { pubDatetime: '2026-09-21', ogImage: '//other.example/x.png' }],
  ])('keeps the generated social card when %s is a path the site does not serve', (_name, fm) => {
    const data = parse(fm);
    expect(data.status).toBe('published');
    expect(data.cover).toBeUndefined();
  });

  it.each(['../../assets/og.png', './cover.jpg', 'images/pork.jpg', '//other.example/x.png', 'javascript:alert(1)'])(
    'refuses cover: %s with a message that says which covers work',
    (cover) => {
      const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'draft', cover });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['cover']);
      expect(result.error?.issues[0]?.message).toMatch(/path under public\/ starting with "\/"/);
    },
  );

  it.each(['/images/pork.jpg', 'https://cdn.example.com/pork.jpg'])('accepts cover: %s', (cover) => {
    expect(PostFrontmatterSchema.parse({ title: 'T', channel: 'blog', status: 'draft', cover }).cover).toBe(cover);
  });

  it('makes draft: true (and published: false) a draft', () => {
    expect(parse({ pubDatetime: '2026-09-21', draft: true }).status).toBe('draft');
    expect(parse({ published: false }).status).toBe('draft');
  });

  it("lets Throughline's own field win over an alias and keeps the alias key", () => {
    const data = parse({ status: 'scheduled', draft: false, publishedAt: '2026-01-01', pubDatetime: '2025-01-01', plannedFor: '2026-01-05' });
    expect(data.status).toBe('scheduled');
    expect(data.publishedAt).toBe('2026-01-01');
    expect(data.pubDatetime).toBe('2025-01-01');
  });

  it('still asks for a status when a post uses none of the theme keys', () => {
    expect(PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', publishedAt: '2026-01-01' }).success).toBe(false);
  });

  it('refuses canonical: original without the url of the original', () => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'published', publishedAt: '2026-01-01', canonical: 'original' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['canonical']);
  });
});
