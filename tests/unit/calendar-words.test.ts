/**
 * The English words of calendar entries and plan flags put no article before a name the user
 * chose: "write a APIs post" and "not a X slot day" read wrong for a pillar or channel whose name
 * starts with a vowel sound, and no rule can tell from a name how it is said.
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { calendarWords } from '../../src/core/calendar/calendar-words.ts';
import { traditionalWords } from '../../src/pages/_lib/site-words.ts';
import { flagOffSlotPosts } from '../../src/core/plan-flags.ts';
import { translateMessage } from '../../src/studio/shared/error-strings.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Sam', label: 'the developer advocate', timezone: 'America/New_York', pillars: [{ id: 'apis', name: 'APIs' }] },
  channels: [{ id: 'x', name: 'X', platform: 'x', cadence: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', start: '2026-11-02', time: '12:00', timezone: 'America/Los_Angeles' }],
  breaks: [{ from: '2026-12-21', to: '2027-01-01', reason: 'holidays' }],
});

describe('calendar entries of an open slot', () => {
  test('name the pillar after the words, not with an article before it', () => {
    const ics = buildCalendar({ planner, posts: [], now: NOW });
    expect(ics).toContain('SUMMARY:X: write a post (APIs)\r\n');
    expect(ics).not.toContain('write a APIs post');
  });
});

describe('a post planned off its channel’s slot days', () => {
  const post = (plannedFor: string): Post => ({ id: `x/${plannedFor}`, file: `content/posts/x/${plannedFor}.md`, body: 'text', data: { title: 'Thread', channel: 'x', status: 'draft', plannedFor } as PostFrontmatter });

  test('says "a slot day of X", not "a X slot day"', () => {
    const [off] = flagOffSlotPosts({ planner, posts: [post('2026-12-08')], now: NOW, lang: 'en' });
    expect(off!.message).toContain('which is not a slot day of X,');
    const [onBreak] = flagOffSlotPosts({ planner, posts: [post('2026-12-23')], now: NOW, lang: 'en' });
    expect(onBreak!.message).toContain('a slot day of X inside the break 2026-12-21 to 2027-01-01 (holidays)');
    // The studio puts the English flag in Chinese by its words.
    expect(translateMessage(off!.message, 'zh')).toBe('“Thread”计划在 2026-12-08，但那天不是X的排期日，所以计划和日历都不会显示它；最近的排期：2026-12-07 and 2026-12-09');
  });
});

/**
 * A site whose words are Traditional (siteWordsTag: most Chinese posts zh-Hant) served calendars
 * saying 发布排期, 内容支柱 and 内容计划 in Simplified, beside pages saying 首頁 and 搜尋.
 */
describe('the Chinese calendar words of a site whose words are Traditional', () => {
  const zhPlanner = PlannerSchema.parse({
    version: 1,
    brand: { name: '林美华', label: '写咖啡的人', language: 'zh', timezone: 'Asia/Taipei', pillars: [{ id: 'notes', name: '读书笔记' }, { id: 'gear', name: '器具' }] },
    channels: [{ id: 'blog', name: '博客专栏', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '08:00', pillars: ['notes'] }],
    breaks: [],
  });
  const published: Post = {
    id: 'blog/one', file: 'content/posts/blog/one.md', body: '这是一篇关于咖啡豆保存的文章，写给想在家里冲咖啡的读者。',
    data: { title: '咖啡豆的保存与发布', channel: 'blog', status: 'published', plannedFor: '2026-11-23', publishedAt: '2026-11-23' } as PostFrontmatter,
  };
  const traditional = traditionalWords('zh-Hant')!;

  test('converts the calendar’s own words to Traditional, for zh-Hant', () => {
    const words = calendarWords('zh', traditional);
    expect(words.publishingSlot('博客专栏', '读书笔记')).toBe('博客专栏：發佈排期（读书笔记）');
    expect(words.pillar('读书笔记')).toBe('內容支柱：读书笔记');
    expect(words.calendarName('林美华', null)).toBe('林美华：內容計畫');
    expect(words.postLine('咖啡豆的保存与发布', 'draft', 'x')).toBe('咖啡豆的保存与发布（草稿）：x');
    expect(words.rotation(['读书笔记', '器具'])).toBe('輪換的內容支柱：读书笔记、器具');
    // One sentence wrote 發布 and 發佈 (OpenCC's characters by phrase): the shared list writes 發佈, as the studio does.
    expect(words.inNoSlot).toBe('在排期之外發佈：按發佈時間顯示');
  });

  test('keeps Simplified words for a Simplified site, and English words as they are', () => {
    expect(traditionalWords('zh-CN')).toBeUndefined();
    expect(calendarWords('zh').publishingSlot('博客', null)).toBe('博客：发布排期');
    expect(calendarWords('en', traditional).publishingSlot('Blog', null)).toBe('Blog: publishing slot');
  });

  test('a public calendar says its words in Traditional, never converting a title, channel, pillar or brand', () => {
    const ics = buildCalendar({ planner: zhPlanner, posts: [published], now: NOW, public: true, traditional }).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('X-WR-CALNAME:林美华：內容計畫\r\n');
    expect(ics).toContain('SUMMARY:博客专栏：發佈排期（读书笔记）\r\n');
    expect(ics).toContain('DESCRIPTION:內容支柱：读书笔记');
    expect(ics).toContain('SUMMARY:博客专栏：咖啡豆的保存与发布\r\n');
    for (const word of ['发布排期', '内容支柱', '内容计划']) expect(ics).not.toContain(word);
    // Without the converter, as before: Simplified.
    expect(buildCalendar({ planner: zhPlanner, posts: [published], now: NOW, public: true })).toContain('SUMMARY:博客专栏：发布排期（读书笔记）\r\n');
  });
});
