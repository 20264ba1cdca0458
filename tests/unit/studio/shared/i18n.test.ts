/**
 * Every studio dictionary has Chinese for every key, and a sentence is not left in English under
 * the zh key; error text from the schemas and forms reaches the user in Chinese.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill, type Dictionary } from '../../../../src/studio/shared/i18n.ts';
import { isChineseWording, translateMessage } from '../../../../src/studio/shared/error-strings.ts';
import { PostFrontmatterSchema } from '../../../../src/core/schema/post.ts';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { translateMessage as translateCoreMessage } from '../../../../src/core/i18n/zod-issues.ts';
import { checkPlanPostForm } from '../../../../src/studio/plan/slot-form.ts';
import { checkPostId } from '../../../../src/store/post-paths.ts';
import { idProblem } from '../../../../src/core/id-mistakes.ts';

/** Each feature keeps its text in strings.ts (shared/ also has i18n.ts and *-strings.ts). */
const STUDIO = join(import.meta.dirname, '../../../../src/studio');
/** Words that are the same in both languages: names of things, not sentences. */
const SAME_IN_BOTH = new Set(['EN', 'RRULE', 'RSS', 'URL', 'ICS', '.ics', 'LinkedIn', 'YouTube']);

async function dictionaries(): Promise<[string, Dictionary][]> {
  const found: [string, Dictionary][] = [];
  const files = readdirSync(STUDIO, { recursive: true }).map(String).filter((f) => /(^|[/\\])(i18n|strings|[a-z-]+-strings)\.ts$/.test(f));
  for (const file of files) {
    const module = (await import(join(STUDIO, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (value && typeof value === 'object' && Object.values(value).every((v) => v && typeof v === 'object' && 'en' in v && 'zh' in v)) found.push([`${file}:${name}`, value as Dictionary]);
  }
  return found;
}

describe('the studio dictionaries', () => {
  it('are found (so the walk below cannot pass on nothing)', async () => {
    expect((await dictionaries()).length).toBeGreaterThanOrEqual(5);
  });

  it('give every key a Chinese text that is not the English sentence', async () => {
    const missing: string[] = [];
    for (const [where, dictionary] of await dictionaries())
      for (const [key, { en, zh }] of Object.entries(dictionary)) {
        // A text of placeholders alone (`{time}`) has no words to translate.
        if (typeof zh !== 'string' || (en.trim() !== '' && zh.trim() === '')) missing.push(`${where} ${key}: no zh`);
        else if (zh === en && /[a-z]{2,}/i.test(en.replace(/\{\w+\}/g, '')) && !SAME_IN_BOTH.has(en)) missing.push(`${where} ${key}: zh is the English "${en}"`);
      }
    expect(missing).toEqual([]);
  });
});

describe('error text in Chinese', () => {
  it('translates every message the post schema gives for a bad form', () => {
    const result = PostFrontmatterSchema.safeParse({ title: '', channel: 'blog', status: 'posted', plannedFor: '2026-02-30', publishedAt: 'soon', url: 'nope' });
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(translateMessage(issue.message, 'zh'), issue.message).not.toMatch(/^详情/);
  });

  it('translates the studio form checks and post id refusals', () => {
    const planner = { channels: [{ id: 'zhihu' }], brand: { pillars: [{ id: 'career' }] } } as never;
    const errors = checkPlanPostForm({ channel: 'zhuhu', date: 'x', title: '', slug: '', status: 'posted', pillar: 'recipes' }, planner, [], Date.parse('2026-12-10T00:00:00Z'));
    expect(Object.keys(errors).length).toBe(6);
    for (const message of Object.values(errors)) expect(translateMessage(message, 'zh'), message).not.toMatch(/^详情|[a-z]{4,} [a-z]{3,}/);
    for (const id of ['', '../x', '/etc', 'a b']) expect(translateMessage(checkPostId(id)!, 'zh')).not.toMatch(/^详情/);
  });

  it("translates zod's own messages for fields without a message of their own", () => {
    const result = PostFrontmatterSchema.safeParse({ title: 'T', channel: '', status: 'draft', pillar: '', tags: 3 });
    expect(result.success).toBe(false);
    for (const issue of result.error!.issues) expect(translateMessage(issue.message, 'zh'), issue.message).not.toMatch(/^详情/);
  });

  it('renders a schema or cadence message in the same Chinese as the command line (one table, in core)', () => {
    const planner = PlannerSchema.safeParse({
      version: 1,
      brand: { name: '', label: '', timezone: 'Mars/Base', pillars: [{ id: 'a b', name: '' }] },
      channels: [{ id: 'blog', name: '', platform: 'blog', cadence: 'FREQ=HOURLY', start: '2026-13-01', time: '25:00', profileUrl: 'ftp://x' }],
    });
    const post = PostFrontmatterSchema.safeParse({ title: '', channel: '', status: 'published', url: 'javascript:alert(1)' });
    const messages = [...planner.error!.issues, ...post.error!.issues].map((issue) => issue.message).filter((m) => translateCoreMessage(m));
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const message of messages) expect(translateMessage(message, 'zh'), message).toBe(translateCoreMessage(message));
  });

  it('names ids in Chinese as ID, never with the English words of the message', () => {
    expect(translateMessage(idProblem('a pillar id', '')!, 'zh')).toBe('支柱 ID 只能由任何文字的字母或数字（中文也可以）、"-" 或 "_" 组成：现在是空的，例如 "recipes" 或 "家常菜"');
    expect(translateMessage(checkPostId('')!, 'zh')).toBe('文章 ID 不能为空');
    expect(translateMessage('channel id "blog" is used twice', 'zh')).toBe('渠道 ID "blog" 重复使用了两次');
  });

  it('leaves English text as it is', () => {
    expect(translateMessage('a post needs a title', 'en')).toBe('a post needs a title');
    expect(translateMessage('unknown channel "zhuhu"', 'zh')).toBe('未知渠道“zhuhu”');
  });
});

// A Chinese message around the user's own English words (a bilingual author's titles, channel
// names and break reasons) was shown as "详情（英文）：…" (details in English) in the 中文 studio.
describe('a message already worded in Chinese, around English words of the user', () => {
  it.each([
    '“Why Vite pre-bundles dependencies”计划在 2026-12-25，但那天不是Blog (EN)的排期日，所以计划和日历都不会显示它；最近的排期：2026-11-27、2027-01-29',
    'Tech Talk Weekly 在 2026-11-03 的排期没有已发布的文章',
    '读起来是“rebalanced portfolio tokens and more”，而不是品牌的支柱（得分 0.06 < 0.45）',
  ])('stays as it is: %s', (message) => {
    expect(translateMessage(message, 'zh')).toBe(message);
    expect(isChineseWording(message)).toBe(true);
  });

  it.each([
    '"为什么选 Vite" was not found in any channel we know of',
    '公众号 林小码 wrote something the studio has no wording for at all',
  ])('an English sentence quoting Chinese is still marked as English: %s', (message) => {
    expect(isChineseWording(message)).toBe(false);
    expect(translateMessage(message, 'zh')).toMatch(/^详情（英文）：/);
  });
});

// A trial with a Chinese brand: the dashboard read "博客 最近有 9 个排期没有发布": a space between
// two Chinese words, where Chinese typography puts one only between Chinese and Latin or digits.
describe('fill', () => {
  it.each([
    ['{channel} 最近有 {count} 个排期没有发布', { channel: '博客', count: 9 }, '博客最近有 9 个排期没有发布'],
    ['{channel} 最近有 {count} 个排期没有发布', { channel: 'Blog', count: 9 }, 'Blog 最近有 9 个排期没有发布'],
    ['{channel} 在 {date} 的排期还空着', { channel: '知乎 Live', date: '2026-12-08' }, '知乎 Live 在 2026-12-08 的排期还空着'],
    ['发布到 {channel} 的文章', { channel: '公众号' }, '发布到公众号的文章'],
    ['发布到 {channel} 的文章', { channel: 'X' }, '发布到 X 的文章'],
    ['{channel} has an open slot', { channel: '博客' }, '博客 has an open slot'],
    ['{a} {b}', { a: '博客', b: '知乎' }, '博客 知乎'],
    ['排到 {channel} 的 {pillar} 支柱', { channel: '博客', pillar: '嵌入式' }, '排到博客的嵌入式支柱'],
    ['{channel} 在 {when}', { when: '明天' }, '{channel} 在明天'],
  ])('fills %j with %j as %j', (text, vars, expected) => {
    expect(fill(text, vars)).toBe(expected);
  });
});
