import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'Asia/Shanghai', pillars: [{ id: 'net', name: 'Network' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2024-01-01' }],
  breaks: [],
});

/** The alias-conflict flags `check` raises for one post whose frontmatter holds `lines`. */
function conflicts(lines: string, lang: 'en' | 'zh' = 'en') {
  const post = parsePostText(`---\ntitle: T\nchannel: blog\ndate: 2024-05-01\n${lines}\n---\n`, 'hexo/a', 'content/posts/hexo/a.md');
  return buildCheckReport({ planner, posts: [post], now: Date.parse('2024-07-01T00:00:00Z'), lang }).flags.filter((f) => f.kind === 'alias-conflict');
}

describe('check: a status, cover or url given under two keys', () => {
  test('warns when status: published and draft: true disagree, naming the file, both keys and values, which is used, in English and Chinese', () => {
    const [en] = conflicts('status: published\ndraft: true');
    expect(en).toMatchObject({
      kind: 'alias-conflict',
      severity: 'warning',
      post: 'hexo/a',
      file: 'content/posts/hexo/a.md',
      field: 'status',
      used: { key: 'status', value: 'published' },
      ignored: { key: 'draft', value: 'true' },
      message: 'status published and draft true: status is used; delete one of them',
    });
    const [zh] = conflicts('status: published\ndraft: true', 'zh');
    expect(zh?.message).toBe('status published 与 draft true 不一致：用的是 status；请删掉其中一个');
    expect(zh?.hint).toContain('draft');
  });

  test.each([
    ['status: draft\ndraft: false', 'status draft and draft false: status is used; delete one of them'],
    ['status: idea\npublished: true', 'status idea and published true: status is used; delete one of them'],
    ['status: published\npublished: false', 'status published and published false: status is used; delete one of them'],
    // A flag written as text, read as Hugo and Jekyll read it (post-aliases.ts flagOf).
    ['status: published\ndraft: "true"', 'status published and draft true: status is used; delete one of them'],
    ['status: published\ndraft: yes', 'status published and draft yes: status is used; delete one of them'],
    ['status: draft\ndraft: "no"', 'status draft and draft no: status is used; delete one of them'],
    ['cover: /a.png\nogImage: /b.png', 'cover /a.png and ogImage /b.png: cover is used; delete one of them'],
    ['status: draft\nogImage: /a.png\nimage: https://cdn.example/b.png', 'ogImage /a.png and image https://cdn.example/b.png: ogImage is used; delete one of them'],
    ['url: https://a.example/x\ncanonicalURL: https://dev.to/x', 'url https://a.example/x and canonicalURL https://dev.to/x: url is used; delete one of them'],
  ])('warns for %j', (lines, message) => {
    expect(conflicts(lines).map((f) => f.message)).toEqual([message]);
  });

  test.each([
    'draft: true',
    'status: scheduled\ndraft: true',
    'status: published\ndraft: false',
    'status: published\ndraft: "off"',
    'status: idea\ndraft: "yes"',
    'status: draft\ncover: /a.png\nogImage: /a.png',
    'status: draft\ncover: /a.png\nogImage: ../../assets/og.png',
    'url: https://dev.to/x\ncanonicalURL: https://dev.to/x',
    'status: draft\ntags: [a]\ncategories: [b]',
  ])('raises nothing for %j (the keys agree, or only one is read)', (lines) => {
    expect(conflicts(lines)).toEqual([]);
  });
});
