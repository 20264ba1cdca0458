/**
 * A user's name inside a Chinese sentence: a channel named 其他 ("other") ran into the sentence
 * that names it (其他在 2026-11-24 的排期没有已发布的文章: "the others, on…"). quoteName puts it in
 * “” (「」 once converted to Traditional), in every message built around a name; English as it was.
 */
import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { fillText, quoteName } from '../../src/core/i18n/text.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { buildDashboard } from '../../src/studio/dashboard/dashboard.ts';
import { DASHBOARD_TEXT } from '../../src/studio/dashboard/strings.ts';
import { uiText } from '../../src/studio/shared/traditional.ts';

const NOW = Date.parse('2026-12-06T12:00:00+08:00');

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '林梅', label: '会拍照的家常菜厨师', timezone: 'Asia/Shanghai', pillars: [{ id: 'home', name: '家常' }] },
  channels: [{ id: 'other', name: '其他', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
  breaks: [],
});

function post(id: string, data: Partial<PostFrontmatter>): Post {
  return { id, file: `content/posts/${id}.md`, body: '', data: { title: id, channel: 'other', status: 'draft', ...data } as PostFrontmatter };
}

const flagsOf = (posts: Post[], lang: 'en' | 'zh') => buildCheckReport({ planner, posts, now: NOW, lang }).flags;
const messageOf = (kind: string, posts: Post[], lang: 'en' | 'zh') => flagsOf(posts, lang).find((f) => f.kind === kind)?.message;

describe('quoteName', () => {
  test('quotes a name for a Chinese sentence and leaves it for an English one', () => {
    expect(quoteName('其他', 'zh')).toBe('“其他”');
    expect(quoteName('其他', 'en')).toBe('其他');
  });

  test('fillText puts no space beside a quoted name, between Chinese, digits or another placeholder', () => {
    const vars = { channel: quoteName('其他', 'zh'), date: '2026-11-24' };
    expect(fillText('不是 {channel} 的排期日', vars)).toBe('不是“其他”的排期日');
    expect(fillText('计划在 {channel} {date} 的排期', vars)).toBe('计划在“其他”2026-11-24 的排期');
    expect(fillText('计划在 {channel} {date} 的排期', { channel: 'Blog', date: '2026-11-24' })).toBe('计划在 Blog 2026-11-24 的排期');
    expect(fillText('not a slot day of {channel} ', vars)).toBe('not a slot day of “其他” ');
  });
});

describe('a channel named 其他 in the messages that name it', () => {
  test('a gap', () => {
    expect(messageOf('gap', [], 'zh')).toBe('“其他”在 2026-11-03 的排期没有已发布的文章');
    expect(messageOf('gap', [], 'en')).toBe('其他 has no published post for its 2026-11-03 slot');
  });

  test('a post planned on a day that is not a slot day, and one planned for a slot that is over', () => {
    expect(messageOf('off-slot', [post('thu', { title: '周四', plannedFor: '2026-12-10' })], 'zh')).toMatch(/^“周四”计划在 2026-12-10，但那天不是“其他”的排期日，/);
    expect(messageOf('slot-over', [post('soup', { title: '冬汤', plannedFor: '2026-11-24' })], 'zh')).toMatch(/^“冬汤”计划在“其他”2026-11-24 的排期，/);
    expect(messageOf('slot-over', [post('soup', { title: 'Soup', plannedFor: '2026-11-24' })], 'en')).toMatch(/^"Soup" is planned for the 其他 slot of 2026-11-24,/);
  });

  test('a scheduled post planned for no slot: the hint names the channel', () => {
    const hint = flagsOf([post('s', { status: 'scheduled' })], 'zh').find((f) => f.kind === 'unplanned-scheduled')?.hint;
    expect(hint).toBe('请排进计划：设置 plannedFor: 2026-12-08（“其他”的下一个空排期），或把 status 改为 draft');
  });

  test("the studio dashboard's lines: gaps, a slot at risk, an open slot", () => {
    const word = (key: string) => DASHBOARD_TEXT[key]!.zh;
    const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift'), gap: word('flagText.gap'), 'streak-at-risk': word('flagText.streak-at-risk'), gaps: word('flagText.gaps'), 'open-slots': word('flagText.open-slots') };
    const lines = buildDashboard({ planner, posts: [], now: NOW, lang: 'zh', allLabel: 'all', words }).flags.map((f) => f.message);
    expect(lines).toEqual([
      '“其他”最近有 4 个排期没有发布（2026-11-03 至 2026-11-24）',
      '“其他”在 2026-12-01 的排期还没有安排或发布文章',
      '“其他”在 2026-12-08 的排期还空着（建议支柱：家常）',
    ]);
  });

  test('in Traditional characters, the name in 「」 as written', () => {
    const gap = messageOf('gap', [], 'zh')!;
    expect(uiText('zh-Hant', gap, ['其他'])).toBe('「其他」在 2026-11-03 的排期沒有已發佈的文章');
  });
});
