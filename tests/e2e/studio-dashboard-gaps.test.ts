/**
 * A channel card's gaps: every gap "Gaps (N)" counts is listed or counted beside the list. The
 * sample's Blog card said "Gaps (6)" over five dates (the list kept the latest five), and nothing
 * told the reader of the sixth.
 */
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();

/** Per card: the count in its heading, the dates listed and the earlier gaps it says there are. */
async function gapLines(lang: 'en' | 'zh') {
  await session.page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
  await session.page.goto(`${session.studio.url}/studio`);
  return session.page.locator('[data-gaps]').evaluateAll((els) =>
    els.map((el) => ({
      text: el.textContent!.replace(/\s+/g, ' ').trim(),
      count: Number(/[(（](\d+)[)）]/.exec(el.textContent!)![1]),
      listed: el.querySelectorAll('time').length,
      earlier: Number(el.querySelector('[data-earlier-gaps]')?.getAttribute('data-earlier-gaps') ?? 0),
    })),
  );
}

describe('the gaps of a channel card', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`account for every gap they count, listed or counted as earlier (${lang})`, async () => {
      const cards = await gapLines(lang);
      expect(cards.length).toBeGreaterThan(1);
      // The sample's Blog channel has more gaps than the card lists: the case this covers.
      expect(cards.some((c) => c.earlier > 0)).toBe(true);
      for (const card of cards) expect(card.listed + card.earlier, card.text).toBe(card.count);
      const more = cards.find((c) => c.earlier > 0)!;
      expect(more.text).toMatch(lang === 'en' ? new RegExp(`\\d and ${more.earlier} earlier$`) : new RegExp(`\\d，以及更早的 ${more.earlier} 次$`));
    });
  }
});
