/**
 * A Latin channel name inside a 中文 flag sentence ("LinkedIn 在 … 的排期还没有文章") was read by
 * the Chinese voice of a screen reader: the studio's flag lists now mark it lang="en"
 * (shared/message-runs.ts), and a Chinese name in an English sentence lang="zh-CN".
 */
import { describe, expect, test } from 'vitest';
import { projectStudio } from './project-studio.ts';

const planner = {
  version: 1,
  brand: { name: 'Mei', label: 'The home cook', audience: 'Home cooks', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes', keywords: ['recipe'] }] },
  channels: [
    { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=DAILY', start: '2026-01-05', time: '09:00' },
    { id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=DAILY', start: '2026-01-05', time: '09:00' },
  ],
  breaks: [],
};
const studio = projectStudio({ 'content/planner.json': JSON.stringify(planner) });

/** The dashboard's flag list. */
const flagList = (html: string) => /<ul class="flags[^"]*"[^>]*>[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';

describe('names in flag sentences of the other script', () => {
  test('a Latin channel name in a 中文 flag sentence is lang="en", a Chinese one is not marked', async () => {
    const list = flagList(await studio.page('/studio', 'zh'));
    expect(list).toMatch(/<span lang="en"[^>]*>LinkedIn<\/span>/);
    expect(list).toContain('知乎');
    expect(list).not.toMatch(/<span lang="zh[^"]*"[^>]*>知乎<\/span>/);
  });

  test('a Chinese channel name in an English flag sentence is lang="zh-CN"', async () => {
    const list = flagList(await studio.page('/studio', 'en'));
    expect(list).toMatch(/<span lang="zh-CN"[^>]*>知乎<\/span>/);
    expect(list).not.toMatch(/lang="en"[^>]*>LinkedIn/);
  });
});
