/**
 * A very long title (a 300-character Chinese title, a pasted paragraph) on the plan: its card in
 * the month grid (the agenda's day cards on a phone) and the ideas list shows the first lines only, so one post does not
 * stretch a whole week of the month grid or fill the ideas box; the full title stays in the link's
 * text (read by screen readers, and in its tooltip).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const LONG = '很长的标题'.repeat(60);

/** The next Tuesday at least a week away, in Asia/Shanghai (the sample blog posts on Tuesdays). */
function nextTuesday(): string {
  const day = new Date(Date.now() + 8 * 3600_000);
  day.setUTCDate(day.getUTCDate() + 7 + ((2 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

describe('a very long title on the plan', () => {
  test('takes a few lines in its slot card and in the ideas list, at 1280 and 390 px', async () => {
    const { page, studio } = session;
    const date = nextTuesday();
    const posts = join(studio.root, 'content/posts');
    mkdirSync(join(posts, 'ideas'), { recursive: true });
    writeFileSync(join(posts, 'ideas/long-idea.md'), `---\ntitle: ${LONG}\nchannel: blog\nstatus: idea\n---\n\nx\n`);
    writeFileSync(join(posts, 'drafts/long-planned.md'), `---\ntitle: ${LONG}\nchannel: blog\nstatus: draft\nplannedFor: ${date}\n---\n\nx\n`);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${studio.url}/studio/plan?month=${date.slice(0, 7)}`);
      const lineHeight = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize) * 1.6);
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLAnchorElement>('[data-slot] a.slot-post[href$="/long-planned"], .idea a[href$="/long-idea"]')]
          .filter((a) => a.offsetParent !== null)
          .map((a) => ({ where: a.closest('[data-slot], .idea, li')?.className ?? '', height: a.getBoundingClientRect().height, title: a.title, text: a.textContent })),
      );
      expect(heights.length, `${width}px`).toBeGreaterThanOrEqual(2);
      for (const h of heights) {
        expect(h.height, `${width}px ${h.where}`).toBeLessThanOrEqual(lineHeight * 4 + 2);
        expect(h.text?.trim()).toBe(LONG);
        expect(h.title).toBe(LONG);
      }
    }
  });
});
