/**
 * A published post planned for no slot and dated ahead (it waits to go public) fills the slot
 * whose window holds its publishedAt: the plan page showed that slot "open", with **Plan a post**.
 * It now shows the post, "published", in the month calendar and the agenda, in English and Chinese.
 */
import { describe, expect, it } from 'vitest';
import { projectStudio } from './project-studio.ts';

const DAY = 86_400_000;
const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// A weekly channel whose next slot is 3 days ahead; the post is published a day after that slot.
const slot = utcDate(Date.now() + 3 * DAY);
const start = utcDate(Date.parse(`${slot}T00:00:00Z`) - 14 * DAY);
const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${slot}T00:00:00Z`).getUTCDay()];
const publishedAt = `${utcDate(Date.parse(`${slot}T00:00:00Z`) + DAY)}T10:00:00Z`;

const { page } = projectStudio({
  'content/planner.json': JSON.stringify({
    version: 1,
    brand: { name: 'Mei', label: 'The home cook', audience: 'Home cooks', strengths: ['cooking'], timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: `FREQ=WEEKLY;BYDAY=${weekday}`, start, time: '09:00' }],
    breaks: [],
  }),
  'content/posts/waiting.md': `---\ntitle: Waiting braise\nchannel: blog\nstatus: published\npublishedAt: ${publishedAt}\npillar: recipes\n---\nA braise.\n`,
});

describe('the plan page and a published post planned for no slot', () => {
  it('shows the post in its slot, published, never open, in English and Chinese', async () => {
    for (const [lang, published] of [['en', 'published'], ['zh', '已发布']] as const) {
      const html = await page(`/studio/plan?month=${slot.slice(0, 7)}`, lang);
      // What the page says of the slot: from each place it is named (calendar card, agenda row) to the next slot.
      const parts = html.split(`data-slot="blog/${slot}"`).slice(1).map((rest) => rest.split('data-slot=')[0]!);
      expect(parts.length, lang).toBeGreaterThanOrEqual(2);
      for (const part of parts) {
        expect(part, lang).toContain('Waiting braise');
        expect(part, lang).toContain(published);
        expect(part, lang).not.toContain('data-plan-post-form');
      }
    }
  });
});
