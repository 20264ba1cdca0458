import { describe, expect, test } from 'vitest';
import { checkCadence } from '../../src/core/cadence.ts';
import { translateIssue, translateMessage } from '../../src/core/i18n/zod-issues.ts';
import { countOf } from '../../src/core/i18n/text.ts';
import { InitAnswersSchema } from '../../src/core/init-answers.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PostFrontmatterSchema } from '../../src/core/schema/post.ts';
import { checkPostId } from '../../src/store/post-paths.ts';

const BAD_RULES = [
  '', 'x'.repeat(600), 'DTSTART:20260101', 'FREQ=WEEKLY;TZID=Asia/Shanghai', 'FREQ=DAILY;BYHOUR=9', 'FREQ=DAILY;BYMINUTE=5',
  'FREQ=WEEKLY;oops', 'FREQ=WEEKLY;COLOR=RED', 'FREQ=WEEKLY;FREQ=DAILY', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'BYDAY=MO',
  'FREQ=HOURLY', 'FREQ=SOMETIMES', 'FREQ=WEEKLY;INTERVAL=0', 'FREQ=DAILY;COUNT=3;UNTIL=20270101', 'FREQ=DAILY;UNTIL=tomorrow',
  'FREQ=WEEKLY;BYDAY=XX', 'FREQ=WEEKLY;BYDAY=1TH', 'FREQ=WEEKLY;WKST=XX', 'FREQ=MONTHLY;BYMONTHDAY=40', 'FREQ=WEEKLY;BYMONTHDAY=1',
  'FREQ=MONTHLY;BYSETPOS=1',
];

describe('Chinese for every English message of the schemas and cadence checks', () => {
  test.each(BAD_RULES)('the cadence problem of %j has a Chinese rendering', (rule) => {
    const problem = checkCadence(rule);
    expect(problem).toBeDefined();
    expect(translateMessage(problem!.message), problem!.message).toMatch(/\p{Script=Han}/u);
  });

  test.each(['', 'x'.repeat(201), '/etc/passwd', '2026/../x', '2026/a b'])('the post id problem of %j has a Chinese rendering', (id) => {
    const problem = checkPostId(id);
    expect(translateMessage(problem!), problem!).toMatch(/\p{Script=Han}/u);
  });

  const invalid = [
    ...PlannerSchema.safeParse({
      version: 2,
      brand: { name: '', label: '', timezone: 'Mars/Base', language: 'fr', pillars: [{ id: 'a b', name: '' }, { id: 'p', name: 'P' }, { id: 'p', name: 'Q' }] },
      channels: [
        { id: 'c', name: '', platform: 'tiktok', cadence: '', start: '2026-02-30', time: '9am', pillars: ['nope'] },
        { id: 'c', name: 'C', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2026-01-01' },
      ],
      breaks: [{ from: '2026-02-10', to: '2026-02-01', channels: ['nowhere'] }],
    }).error!.issues,
    ...PostFrontmatterSchema.safeParse({ title: '', channel: 5, status: 'someday', url: 'not a url', cover: '//other.example/og.png', tags: [''], plannedFor: 'soon', publishedAt: 'later', lang: 'French' }).error!.issues,
    ...PostFrontmatterSchema.safeParse({ title: 'x', channel: 'blog', status: 'published' }).error!.issues,
    ...PostFrontmatterSchema.safeParse({ title: 'x', channel: 'blog', status: 'draft', url: 'https://a b', canonical: 'theirs' }).error!.issues,
    ...PostFrontmatterSchema.safeParse({ title: 'x', channel: 'blog', status: 'draft', aliases: ['old/', 'https://a/b', '//a/b', '/a?b', '/../', '/a b', '/%zz', 5] }).error!.issues,
    ...PostFrontmatterSchema.safeParse({ title: 'x', channel: 'blog', status: 'draft', aliases: 5 }).error!.issues,
    ...PlannerSchema.safeParse({ version: 1, brand: { name: 'x', label: '', timezone: 'UTC', pillars: [{ id: 'p', name: 'P', color: 'red' }] }, channels: [] }).error!.issues,
    ...PlannerSchema.safeParse({ version: 1, brand: { name: 'x', label: '', timezone: 'UTC', pillars: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: 'P' })) }, channels: [] }).error!.issues,
    ...PlannerSchema.safeParse({ version: 1, brand: { name: 'x', label: '', timezone: 'UTC', pillars: [] }, channels: [] }).error!.issues,
    ...InitAnswersSchema.safeParse({ name: '', strengths: [], pillars: [], channel: { platform: 'tiktok', cadence: '' } }).error!.issues,
    ...InitAnswersSchema.safeParse({ name: 'x', strengths: ['a'], pillars: Array(8).fill({ name: 'p' }), channel: { platform: 'blog', cadence: 'weekly' } }).error!.issues,
  ];

  test('every zod issue of the planner, post and init schemas reads as Chinese, not as the generic fallback', () => {
    expect(invalid.length).toBeGreaterThan(20);
    for (const issue of invalid) {
      const { zh } = translateIssue(issue);
      expect(zh, issue.message).toMatch(/\p{Script=Han}/u);
      expect(zh, issue.message).not.toBe('无效的值');
      // A message written in the schema but missing from the rules fell to zod's code: "格式不对（应为 regex）".
      expect(zh, issue.message).not.toMatch(/regex/);
    }
  });

  // Before, English showed zod's own words: "Invalid input: expected string, received undefined".
  test('every zod issue reads in plain English too: a missing field says so, no JavaScript type names', () => {
    for (const issue of invalid) {
      const { en } = translateIssue(issue);
      expect(en, issue.message).not.toMatch(/^(Invalid input|Invalid option|Too small|Too big)|received undefined|expected string/);
    }
    const issues = PlannerSchema.safeParse({ version: 1, brand: { label: '' }, channels: [{ id: 'c' }] }).error!.issues;
    const at = (path: string) => translateIssue(issues.find((i) => i.path.join('.') === path)!);
    expect(at('brand.name')).toEqual({ en: 'missing (expected text)', zh: '缺少此字段（应为文本）' });
    expect(at('brand.pillars')).toEqual({ en: 'missing (expected a list)', zh: '缺少此字段（应为列表）' });
    expect(at('channels.0.cadence').en).toBe('missing (expected text)');
  });
});

describe('countOf', () => {
  test.each([
    [0, '0 pillars'],
    [1, '1 pillar'],
    [2, '2 pillars'],
  ])('counts %i with the English plural rule: %s', (n, en) => expect(countOf(n, ['pillar', 'pillars'], '个支柱')).toEqual({ en, zh: `${n} 个支柱` }));
});
