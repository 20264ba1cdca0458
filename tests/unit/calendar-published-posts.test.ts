/**
 * A published post without plannedFor is no slot: the slot it fills (its publishedAt falls in
 * the slot's window, as check counts it) reads as that post, at the slot's time, in the public
 * calendar and the private one, in English and Chinese; never "publishing slot" / "发布排期".
 */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei Lin', label: 'The home cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '09:00' }],
  breaks: [],
});
const post = (id: string, data: Partial<PostFrontmatter>): Post => ({ id, file: `content/posts/${id}.md`, body: '', data: { channel: 'blog', status: 'published', ...data } as PostFrontmatter });

/** The unfolded VEVENTs of an .ics text, each a map of property name (with parameters) to value. */
function events(ics: string): string[][] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const out: string[][] = [];
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') out.push([]);
    else if (out.length && !out.at(-1)!.includes('END:VEVENT')) out.at(-1)!.push(line);
  }
  return out;
}
const override = (ics: string, date: string) => events(ics).find((e) => e.some((l) => l.startsWith('RECURRENCE-ID;') && l.endsWith(`:${date.replace(/-/g, '')}T090000`)));

describe('a published post without plannedFor in the calendars', () => {
  const wednesday = post('2026/dumplings', { title: 'Dumplings, folded by hand', publishedAt: '2026-11-11T20:30:00+08:00', url: 'https://meilin.example/dumplings', pillar: 'recipes' });

  test('public: the slot it fills reads as the post, with its address, at the slot\'s time (every entry is a slot)', () => {
    const ics = buildCalendar({ planner, posts: [wednesday], now: NOW, public: true });
    const entry = override(ics, '2026-11-09');
    expect(entry).toBeDefined();
    expect(entry).toContain('SUMMARY:Blog: Dumplings\\, folded by hand');
    expect(entry).toContain('DTSTART;TZID=Asia/Shanghai:20261109T090000');
    expect(entry!.join('\n')).toContain('https://meilin.example/dumplings');
    expect(entry!.join('\n')).not.toContain('publishing slot');
    // The other slots stay slots.
    expect(override(ics, '2026-11-16')).toBeUndefined();
  });

  test('private: read as the published post, with its studio link, at the slot\'s time', () => {
    const ics = buildCalendar({ planner, posts: [wednesday], now: NOW });
    const entry = override(ics, '2026-11-09')!;
    expect(entry).toContain('SUMMARY:Blog: Dumplings\\, folded by hand');
    expect(entry).toContain('DTSTART;TZID=Asia/Shanghai:20261109T090000');
    expect(entry.join('\n')).toContain('(published)');
    expect(entry.join('\n')).not.toContain('write a');
  });

  test('Chinese: 已发布的文章, not 发布排期, at the slot\'s time', () => {
    const zh = post('2026/hong-shao-rou', { title: '红烧肉：妈妈的做法', publishedAt: '2026-11-18', url: 'https://meilin.example/hsr', lang: 'zh' });
    const ics = buildCalendar({ planner, posts: [zh], now: NOW, public: true });
    const entry = override(ics, '2026-11-16')!;
    expect(entry).toContain('SUMMARY:Blog：红烧肉：妈妈的做法');
    expect(entry).toContain('DTSTART;TZID=Asia/Shanghai:20261116T090000');
    expect(entry.join('\n')).not.toContain('发布排期');
  });

  test('a published post dated after now is not on the portfolio: the public slot shows no word of it, at the slot time', () => {
    const later = post('2026/later', { title: 'LEAKMARKER', publishedAt: '2026-11-25T10:00:00+08:00' });
    const ics = buildCalendar({ planner, posts: [later], now: NOW, public: true });
    expect(ics).not.toContain('LEAKMARKER');
    expect(ics).not.toContain('20261125T020000Z');
  });
});
