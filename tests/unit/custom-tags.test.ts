import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { customTagFields, missingTagNames } from '../../src/core/custom-tags.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

describe('customTagFields', () => {
  test("reads a theme's tagLinks of objects, their names and old tag pages", () => {
    expect(customTagFields({ title: 'T', tagLinks: [{ name: 'Rust', url: '/tags/rust/' }, { label: 'Go', url: 'https://x.org/go' }] })).toEqual([
      { key: 'tagLinks', tags: [{ name: 'Rust', path: '/tags/rust/' }, { name: 'Go' }] },
    ]);
  });

  test("reads a tag written as a Markdown or wiki link (an Obsidian vault's tagLinks) by the link's text, not the whole link", () => {
    // mnaoumov.github.io (AstroPaper edited in Obsidian): its content.config.ts takes each link's text as the tag.
    expect(customTagFields({ tagLinks: ['[powershell](<../Tags/powershell.md>)', '[Rust](/tags/rust/)', '[[Tags/dotnet|.NET]]', '[[css]]', '[[Tags/firefox]]'] })).toEqual([
      { key: 'tagLinks', tags: [{ name: 'powershell' }, { name: 'Rust', path: '/tags/rust/' }, { name: '.NET' }, { name: 'css' }, { name: 'firefox' }] },
    ]);
  });

  test('reads a list of names under any key naming tags or categories, and no key the reader takes already', () => {
    expect(customTagFields({ post_tags: ['a', 2024], myCategories: ['b'], tags: ['c'], categories: ['d'] })).toEqual([
      { key: 'post_tags', tags: [{ name: 'a' }, { name: '2024' }] },
      { key: 'myCategories', tags: [{ name: 'b' }] },
    ]);
  });

  test("leaves a tagline's text, a key holding no names and a key that only spells tag inside a word (stage) alone", () => {
    expect(customTagFields({ tagline: 'Notes on food and code', tagColor: '#fff', tagLinks: [], stage: ['draft', 'review'], vintage: ['1990'] })).toEqual([]);
  });

  test('reads the words of a key in camelCase, snake_case, kebab-case and Chinese', () => {
    expect(customTagFields({ TagList: ['a'], 'post-hashtags': ['b'], 文章标签: ['c'], 标签: ['d'] }).map((f) => f.key)).toEqual(['TagList', 'post-hashtags', '文章标签', '标签']);
  });
});

describe('missingTagNames', () => {
  test('gives the names the tags lack, once each, compared as tag pages are (case)', () => {
    expect(missingTagNames([{ tags: [{ name: 'Rust' }, { name: 'go' }, { name: 'Go' }] }], ['rust'])).toEqual(['go']);
  });
});

describe('check: a custom tag field', () => {
  const post = (lines: string) => parsePostText(`---\ntitle: T\nchannel: blog\nstatus: published\npublishedAt: 2024-05-01\n${lines}\n---\nText.\n`, 'old/a', 'content/posts/old/a.md');
  const flags = (lines: string, lang: 'en' | 'zh' = 'en') => buildCheckReport({ planner, posts: [post(lines)], now: Date.parse('2024-07-01T00:00:00Z'), lang }).flags.filter((f) => f.kind === 'unread-tags');

  test('warns of names tags: lacks, naming the file, the key and the tags to add, in English and Chinese', () => {
    const [en] = flags('tagLinks:\n  - name: Rust\n    url: /tags/rust/\n  - name: Go\ntags: [Go]');
    expect(en).toMatchObject({ severity: 'warning', file: 'content/posts/old/a.md', field: 'tagLinks', tags: ['Rust'] });
    expect(en!.message).toBe('tagLinks holds tags that are not read (Rust): the site shows only tags: and categories:, so the post is on no page of these');
    expect(en!.hint).toBe('add them to tags: (tags: [Rust]); tagLinks can stay');
    expect(flags('tagLinks: [Rust]', 'zh')[0]!.message).toBe('tagLinks 里的标签没有被读取（Rust）：网站只显示 tags: 和 categories:，这篇文章不在这些标签的页面上');
  });

  test('says nothing once tags: (or categories:) holds every name', () => {
    expect(flags('tagLinks: [Rust, Go]\ntags: [rust]\ncategories: [Go]')).toEqual([]);
  });
});
