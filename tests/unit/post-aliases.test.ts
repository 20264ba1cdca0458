import { describe, expect, it, test } from 'vitest';
import { parsePostText } from '../../src/core/post-file.ts';
import { PostFrontmatterSchema } from '../../src/core/schema/post.ts';
import { ThroughlineError } from '../../src/core/errors.ts';
import { translateIssue } from '../../src/core/i18n/zod-issues.ts';
import { relativeCoverOf } from '../../src/core/moved-posts/cover.ts';
import { tagNames } from '../../src/core/tag-slug.ts';

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

  // Hugo's Ananke theme (the Hugo quick start's) and themes after it name a post's picture
  // `featured_image`; a moved blog (0wQ/blog, 7 posts) wrote `featured_image: 'https://i.loli.net/…png'`
  // and its social card was the generated one, the picture it chose left out.
  it("reads Ananke's featured_image as the cover, as ogImage, image and heroImage are", () => {
    expect(parse({ date: '2020-02-22', featured_image: 'https://i.loli.net/2020/02/22/a.png' }).cover).toBe('https://i.loli.net/2020/02/22/a.png');
    expect(parse({ date: '2020-02-22', featured_image: '/images/hero.jpg', cover: '/own.png' }).cover).toBe('/own.png');
    expect(parse({ date: '2020-02-22', featured_image: './hero.jpg' }).cover).toBeUndefined();
    expect(relativeCoverOf({ title: 'T', featured_image: './hero.jpg' })).toEqual({ key: 'featured_image', path: './hero.jpg' });
  });

  // dev.to's editor front matter (title, published, description, tags, canonical_url, cover_image, series):
  // a folder of posts kept for dev.to came in without the picture each chose.
  it("reads a dev.to post's cover_image as the cover, its published flag and comma-separated tags", () => {
    const data = parse({ published: true, date: '2024-03-01', tags: 'javascript, webdev', cover_image: 'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/a.png', series: 'Types' });
    expect(data).toMatchObject({ status: 'published', cover: 'https://dev-to-uploads.s3.amazonaws.com/uploads/articles/a.png', tags: ['javascript', 'webdev'] });
    expect(relativeCoverOf({ title: 'T', cover_image: './a.png' })).toEqual({ key: 'cover_image', path: './a.png' });
    // A real Fuwari post's template default, the folder its images go in, left unfilled: no cover, as image: '' is none.
    expect(relativeCoverOf({ title: 'T', image: '../assets/images/' })).toBeNull();
    expect(relativeCoverOf({ title: 'T', image: '../assets/images/', cover_image: './a.png' })).toEqual({ key: 'cover_image', path: './a.png' });
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

  // Fuwari's `pnpm new-post` template writes `description: ''`, `image: ''`, `category: ''` and `lang: ''`.
  it("reads a Fuwari template's empty strings as keys not set", () => {
    const data = parse({ published: '2026-09-20', description: '', image: '', tags: [], category: '', draft: false, lang: ' ' });
    expect(data).toMatchObject({ status: 'published', publishedAt: '2026-09-20', tags: [] });
    expect(data.description).toBeUndefined();
    expect(data.lang).toBeUndefined();
  });

  it.each(['//other.example/x.png', 'javascript:alert(1)', 'data:image/png;base64,AAAA'])('refuses cover: %s with a message that says which covers work', (cover) => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'draft', cover });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cover']);
    expect(result.error?.issues[0]?.message).toMatch(/path under public\/ starting with "\/".*a file beside the post/);
  });

  // A file beside the post (a Hugo bundle's or Fuwari post's cover, moved by import) is served by the build (pages/covers).
  it.each(['/images/pork.jpg', 'https://cdn.example.com/pork.jpg', 'cover.jpg', './cover.jpeg', 'images/pork.jpg'])('accepts cover: %s', (cover) => {
    expect(PostFrontmatterSchema.parse({ title: 'T', channel: 'blog', status: 'draft', cover }).cover).toBe(cover);
  });

  // Hugo PaperMod's archetype writes `cover:` as an object (most often with an empty image), and
  // codgician.github.io's theme writes `canonical: true`: every such post was refused.
  it.each([
    ['PaperMod cover with a site path', { cover: { image: '/images/pork.jpg', alt: 'Pork', relative: false } }, '/images/pork.jpg'],
    ['PaperMod cover with a URL', { cover: { image: ' https://cdn.example.com/p.jpg ', caption: 'c' } }, 'https://cdn.example.com/p.jpg'],
    ["PaperMod's empty cover", { cover: { image: '', alt: '', caption: '', relative: false, hidden: true } }, undefined],
    ['PaperMod cover relative to its bundle', { cover: { image: 'cover.png', relative: true } }, undefined],
  ])('reads %s as the cover only when the site serves it', (_name, fm, cover) => {
    const data = parse({ date: '2025-01-02', ...fm });
    expect(data.status).toBe('published');
    expect(data.cover).toBe(cover);
  });

  it.each([true, false])("does not read a theme's canonical: %s (Throughline's is self or original)", (canonical) => {
    const data = parse({ date: '2017-04-09', canonical, language: 'zh' });
    expect(data.status).toBe('published');
    expect(data.canonical).toBeUndefined();
  });

  // wordpress-to-hugo-exporter writes Hugo's `url:` (the page's path on that site) in every post.
  it.each(['/2017/04/09/a/', ' /posts/a '])("does not read Hugo's url: %s (a path on the old site) as where the post was published", (url) => {
    const data = parse({ date: '2017-04-09', url });
    expect(data.status).toBe('published');
    expect(data.url).toBeUndefined();
  });

  // A real AstroPaper blog written in Obsidian (mnaoumov.github.io) lists where each post appeared:
  // its first home, then where it was shared. The whole list was refused: 179 of its 180 posts did not import.
  it('reads a url: list as its first http(s) address, where the post was published first', () => {
    const url = ['https://mnaoumov.wordpress.com/2022/05/10/how-to-debug-obsidian-plugins/', 'https://forum.obsidian.md/t/how-to-debug-obsidian-plugins/37298'];
    expect(parse({ pubDatetime: '2022-05-10', url }).url).toBe(url[0]);
    expect(parse({ pubDatetime: '2022-05-10', url: ['notes', ' https://a.example/x '] }).url).toBe('https://a.example/x');
    expect(parse({ pubDatetime: '2022-05-10', url: ['javascript:alert(1)'] }).url).toBeUndefined();
  });

  it.each(['//cdn.example/a', 'javascript:alert(1)', 'a/b'])('still refuses url: %s', (url) => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'draft', url });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['url']);
  });

  it('makes draft: true (and published: false) a draft', () => {
    expect(parse({ pubDatetime: '2026-09-21', draft: true }).status).toBe('draft');
    expect(parse({ published: false }).status).toBe('draft');
  });

  // A draft flag written as text (`draft: "true"`, YAML 1.1's `draft: yes`, which YAML 1.2 reads as
  // the string "yes") was no `true`: the post, dated, was published on the portfolio.
  it('reads a draft flag written as text as Hugo and Jekyll do: "true", yes, on are a draft', () => {
    for (const draft of ['true', 'True', 'yes', 'YES', 'on', 'y']) expect(parse({ published: '2024-03-03', draft }).status, draft).toBe('draft');
    for (const draft of ['false', 'no', 'off', 'n']) expect(parse({ published: '2024-03-03', draft }).status, draft).toBe('published');
    expect(parse({ published: 'false' }).status).toBe('draft');
    expect(parse({ date: '2024-03-03', published: 'no' }).status).toBe('draft');
  });

  it('refuses a draft flag that is neither, naming the field, and never publishes the post meanwhile', () => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', published: '2024-03-03', draft: 'maybe' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['draft', 'expected true or false (draft: true keeps the post off the portfolio), not "maybe"']]);
    expect(translateIssue(result.error!.issues[0]!).zh).toBe('应为 true 或 false（draft: true 表示这篇文章不上作品集），而不是 "maybe"');
    let error: unknown;
    try {
      parsePostText('---\ntitle: T\nchannel: blog\npublished: 2024-03-03\ndraft: maybe\n---\n\nText.\n', 'x', 'content/posts/x.md');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ThroughlineError);
    expect([(error as ThroughlineError).file, (error as ThroughlineError).field]).toEqual(['content/posts/x.md', 'draft']);
  });

  // A Korean blog moved over (OseungKwon/blog) could not say `lang: ko`: only en and zh were taken.
  it('takes lang as any language tag (ko, ja, zh-Hant-TW, pt_BR), refusing what is none, in English and Chinese', () => {
    for (const lang of ['ko', 'ja', 'en', 'zh-CN', 'zh-Hant-TW', 'pt_BR', 'fil']) expect(parse({ status: 'draft', lang }).lang, lang).toBe(lang);
    for (const lang of ['Korean', 'k', 'zh CN', '中文', 'en-']) {
      const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: 'blog', status: 'draft', lang });
      expect(result.success, lang).toBe(false);
      expect(translateIssue(result.error!.issues[0]!)).toEqual({ en: 'expected a language tag such as en, zh-CN, zh-TW, ko or ja', zh: '应为语言标签，例如 en、zh-CN、zh-TW、ko 或 ja' });
    }
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

  // Front matter as Hexo, Hugo and Jekyll write it (the Hexo one is a real post's, plus the channel).
  const file = (frontmatter: string) => parsePostText(`---\n${frontmatter}\nchannel: blog\n---\n\nText.\n`, 'x', 'content/posts/x.md').data;

  it('reads a Hexo post: date, updated, categories as tags, and its empty template keys as not set', () => {
    const data = file('title: Clash 小猫咪使用备忘\ndate: 2023-07-09 10:26:56\nupdated: 2023-07-09 10:26:56\ncategories: Proxy\ntags: [Proxy, Clash]\ndescription:\nthumbnail:\nbanner_img:');
    expect(data).toMatchObject({ status: 'published', publishedAt: '2023-07-09 10:26:56', updatedAt: '2023-07-09 10:26:56', tags: ['Proxy', 'Clash'] });
    expect(data.description).toBeUndefined();
  });

  // jekyll-last-modified-at writes last_modified_at:, Minimal Mistakes (and Hugo's lastmod
  // fallback) modified:; a real Jekyll blog's 122 `modified:` dates were not its posts' updatedAt.
  it("reads Jekyll's last_modified_at and modified as updatedAt, after updated and lastmod; a modified: that is no date is left alone", () => {
    expect(file('title: T\ndate: 2016-03-01\nlast_modified_at: 2016-03-09 13:20:00 -0500')).toMatchObject({ publishedAt: '2016-03-01', updatedAt: '2016-03-09T13:20:00-05:00' });
    expect(file('title: T\ndate: 2019-05-19\nmodified: 2019-06-09')).toMatchObject({ updatedAt: '2019-06-09' });
    expect(file('title: T\ndate: 2019-05-19\nlastmod: 2019-06-01\nmodified: 2019-06-09').updatedAt).toBe('2019-06-01');
    // A theme's own `modified: true` (or a word) is no date: the post is read without updatedAt, not refused.
    expect(file('title: T\ndate: 2019-05-19\nmodified: true').updatedAt).toBeUndefined();
    expect(file('title: T\ndate: 2019-05-19\nmodified: by Mei').updatedAt).toBeUndefined();
    // A date that is none is refused by the key the file wrote.
    expect(() => file('title: T\ndate: 2019-05-19\nmodified: 2019-02-30')).toThrow(expect.objectContaining({ field: 'modified' }));
  });

  it("reads Hexo's nested categories and a tag written as a number", () => {
    expect(file('title: T\ndate: 2020-04-19 17:26:16\ncategories:\n  - [Website]\n  - [Diary, Life]\ntags: [2024, E5]').tags).toEqual(['2024', 'E5', 'Website', 'Diary', 'Life']);
  });

  it('reads tags written as lists inside the list, as a real Hexo blog writes them (`- [jquery]`), instead of refusing the post', () => {
    expect(file('title: T\ndate: 2021-03-06\ntags:\n  - [jquery]\n  - css\n  - [Vue, 源码]').tags).toEqual(['jquery', 'css', 'Vue', '源码']);
  });

  // A tag list written as one string: Jekyll documents "a YAML list or a space-separated string",
  // Hexo takes a lone string as one tag. Beside `categories`, the string was dropped without a word.
  it('reads tags written as one string, beside categories too, without losing any', () => {
    expect(file('title: T\ndate: 2024-06-11 18:51:00\ntags: hexo\ncategories: Tech').tags).toEqual(['hexo', 'Tech']);
    expect(file('title: T\ndate: 2015-03-01 12:00:00 +0100\ntags: ruby rails').tags).toEqual(['ruby', 'rails']);
    expect(file('title: T\ndate: 2024-06-11\ntags: "Web Development, 分布式系统，写作"').tags).toEqual(['Web Development', '分布式系统', '写作']);
    expect(file('title: T\ndate: 2024-06-11\ntags: "  "').tags).toBeUndefined();
  });

  it('reads a Hugo draft (date, lastmod, draft: true) and a Jekyll post kept from publishing (published: false)', () => {
    expect(file('title: T\ndate: 2024-01-02T10:00:00+08:00\nlastmod: 2024-01-05\ndraft: true\ncategories: [Go]')).toMatchObject({ status: 'draft', publishedAt: '2024-01-02T10:00:00+08:00', updatedAt: '2024-01-05', tags: ['Go'] });
    // Jekyll's own date form has a space before the offset.
    expect(file('title: T\ndate: 2015-03-01 12:00:00 +0100\ncategories: [jekyll, update]\npublished: false')).toMatchObject({ status: 'draft', publishedAt: '2015-03-01T12:00:00+01:00', tags: ['jekyll', 'update'] });
  });

  // Hugo serves a page from its publishDate (gohugo.io/configuration/front-matter/#dates: publishDate
  // reads publishDate, then date; a future one is not built), and AstroWind and Astro Cactus date their
  // posts by publishDate alone. Read as no date, an embargoed Hugo post went public at its date, and a
  // post dated only by publishDate was refused for its status or taken in as an undated draft.
  it("reads publishDate (Hugo's, AstroWind's) as the publication date, before date", () => {
    expect(file('title: T\ndate: 2026-11-20T10:00:00-03:00\npublishDate: 2027-01-12T10:00:00-03:00')).toMatchObject({ status: 'published', publishedAt: '2027-01-12T10:00:00-03:00' });
    expect(file('title: T\npublishDate: 2026-10-06')).toMatchObject({ status: 'published', publishedAt: '2026-10-06' });
    expect(file('title: T\npublishDate: 2026-10-06\ndraft: true')).toMatchObject({ status: 'draft', publishedAt: '2026-10-06' });
    expect(file('title: T\npublishedAt: 2026-10-07\npublishDate: 2026-10-06\nstatus: published').publishedAt).toBe('2026-10-07');
  });

  // A real Hexo post (smallyunet/hexo-blog) writes one tag as a string, and a real Jekyll post
  // (apqx.github.io) several, space-separated, as Jekyll documents: the first was refused ("tags:
  // expected array, received string"), the second's tags were dropped for its categories.
  it("reads tags written as one string: Hexo's single tag, Jekyll's space-separated list, a comma-separated list", () => {
    expect(file('title: 对 Arc 项目的分析\ndate: 2025-08-23 16:37:09\ntags: 项目分析').tags).toEqual(['项目分析']);
    expect(file('title: T\ndate: 2021-01-09 14:00:00 +0800\ncategories: opera\ntags: 看剧 杭州 昆曲').tags).toEqual(['看剧', '杭州', '昆曲', 'opera']);
    expect(file('title: T\ndate: 2021-01-09\ntags: Web Development, CSS').tags).toEqual(['Web Development', 'CSS']);
  });

  // A real Jekyll blog (devblog) writes `categories: rails audiopila`: its site showed one tag
  // "rails audiopila" (15 such tags) where Jekyll has two categories.
  it("reads categories written as one string as Jekyll does: space-separated names, or a comma-separated list; category is one name", () => {
    expect(file('title: T\ndate: 2015-11-17\ncategories: rails audiopila').tags).toEqual(['rails', 'audiopila']);
    expect(file('title: T\ndate: 2015-11-17\ncategories: "Web Dev, 分布式"').tags).toEqual(['Web Dev', '分布式']);
    expect(file('title: T\ndate: 2015-11-17\ncategory: Web Dev\ncategories: [a b]').tags).toEqual(['Web Dev', 'a b']);
  });

  // Jekyll reads a post's `tag:` as its one tag (Utils.pluralized_array_from_hash), as it reads
  // `category:`; its tag pages (old-taxonomies/jekyll.ts) list such a post, so the import must too.
  it("reads Jekyll's single tag: as a tag, beside tags and categories", () => {
    expect(file('title: T\ndate: 2015-11-17\ntag: attention').tags).toEqual(['attention']);
    expect(file('title: T\ndate: 2015-11-17\ntag: Deep Work\ncategory: Life').tags).toEqual(['Deep Work', 'Life']);
    expect(file('title: T\ndate: 2015-11-17\ntag: 2024\ntags: [a]').tags).toEqual(['a', '2024']);
  });

  it('names a bad value by the key the file wrote, not by the field it stands for', () => {
    // A real Hexo post's date: 79 seconds.
    const error = (() => {
      try {
        file('title: E5 神教装机指南\ndate: 2024-06-11 18:51:79\nupdated: 2024-06-11 18:51:79');
      } catch (e) {
        return e as ThroughlineError;
      }
    })();
    expect(error).toBeInstanceOf(ThroughlineError);
    expect(error!.field).toBe('date');
    expect(error!.format('en')).toContain('also: updated:');
    expect(error!.format('en')).not.toMatch(/publishedAt|updatedAt/);
    expect(error!.format('en')).toContain('18:51:79 is not a time of day: seconds go up to 59');
    expect(error!.format('zh')).toContain('18:51:79 不是一天中的时间：秒最大是 59');
  });

  it.each([
    ['2024-04-03 24:10', '24:10 is not a time of day: hours go up to 23', '24:10 不是一天中的时间：小时最大是 23'],
    ['2024-04-03T16:75:00+08:00', '16:75:00 is not a time of day: minutes go up to 59', '16:75:00 不是一天中的时间：分钟最大是 59'],
    ['2022-05-22 0:44:48', '0:44:48: write the hour with two digits, 00:44:48', '0:44:48：小时要写成两位数，即 00:44:48'],
    ['2022-05-2 02:17:48', '2022-05-2: write the month and the day with two digits, 2022-05-02', '2022-05-2：月和日要写成两位数，即 2022-05-02'],
    ['2022-5-2', '2022-5-2: write the month and the day with two digits, 2022-05-02', '2022-5-2：月和日要写成两位数，即 2022-05-02'],
    // A real Hexo post's typo: the value is quoted, so it is seen without opening the file.
    ['2021-03-06c', 'expected an ISO 8601 date or date-time, e.g. 2026-09-07 or 2026-09-07T08:30:00+08:00, not "2021-03-06c"', '应为 ISO 8601 日期或日期时间，例如 2026-09-07 或 2026-09-07T08:30:00+08:00，而不是 "2021-03-06c"'],
  ])('says what is wrong with the time of %s, in English and Chinese', (date, en, zh) => {
    const run = () => parsePostText(`---\ntitle: T\nchannel: blog\nstatus: published\npublishedAt: "${date}"\n---\n`, 'x', 'content/posts/x.md');
    expect(run).toThrow(ThroughlineError);
    try {
      run();
    } catch (e) {
      expect((e as ThroughlineError).format('en')).toContain(`publishedAt: ${en}`);
      expect((e as ThroughlineError).format('zh')).toContain(`publishedAt: ${zh}`);
    }
  });
});

// Obsidian writes a tag with its hashtag mark (`tags: ["#rust"]`); the site kept the mark in the
// tag's label (`##rust` on its chip) while another post's `rust` named the same page.
describe('a tag written with its hashtag mark', () => {
  test('is read as the name without the mark, once per post', () => {
    expect(parse({ status: 'draft', tags: ['#rust', 'Go', '＃随笔'] }).tags).toEqual(['rust', 'Go', '随笔']);
    expect(parse({ status: 'draft', tags: ['#rust', 'rust'] }).tags).toEqual(['rust']);
    expect(parse({ status: 'draft', tags: '#rust, #go' }).tags).toEqual(['rust', 'go']);
    expect(parse({ status: 'draft', tags: [['##rust']], category: '#Guides' }).tags).toEqual(['rust', 'Guides']);
  });

  test('keeps a mark that ends a name (C#) and a name that is a mark alone', () => {
    expect(parse({ status: 'draft', tags: ['C#', '#F#', '#'] }).tags).toEqual(['C#', 'F#', '#']);
  });

  test('names one tag alike for every post, whichever way each wrote it', () => {
    const read = [['#rust'], ['#rust'], ['rust']].map((tags) => ({ tags: parse({ status: 'draft', tags }).tags ?? [] }));
    expect([...tagNames(read)]).toEqual([['rust', 'rust']]);
  });
});
