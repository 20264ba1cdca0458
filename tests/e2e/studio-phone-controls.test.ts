/**
 * On a phone (390 px) every control of a page is on the screen: a table whose rows hold
 * controls (a channel's Edit and Remove or rename, a pillar's target %) becomes one card per
 * row, as the drafts list does, instead of scrolling sideways with its controls past the right
 * edge, where a trial found every channel's Edit link (x = 762 on a 390 px screen).
 */
import { describe, expect, test } from 'vitest';
import { usePhonePage } from './phone-page.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const phone = usePhonePage(session);

/** The shown links, buttons and fields of main (a closed <details>' content has no box) that are not within the screen's width. */
const offScreen = () =>
  phone.page.locator('main').evaluate((main) => {
    const width = document.documentElement.clientWidth;
    return [...main.querySelectorAll('a, button, input:not([type=hidden]), select, textarea, summary')]
      .filter((el) => !el.closest('.sr-only'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.left < 0 || box.right > width + 0.5))
      .map(({ el, box }) => `${el.tagName} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" ${Math.round(box.left)}–${Math.round(box.right)}`);
  });

describe('controls on a phone', () => {
  for (const lang of ['en', 'zh']) {
    for (const path of ['/studio/channels', '/studio/plan']) {
      test(`are all on the screen: ${path} (${lang})`, async () => {
        await phone.page.goto(`${session.studio.url}${path}?lang=${lang}`);
        await phone.page.locator('main').waitFor();
        expect(await offScreen()).toEqual([]);
      });
    }
  }
});

describe('tables shown as cards on a phone', () => {
  // Their headers were display: none at 390 px (the drafts list, the pillar balance), which hid
  // the column names from screen readers too: out of sight, they must stay in the page.
  for (const [path, table, columns] of [['/studio/drafts', '#drafts-table', 7], ['/studio/channels', 'table.channels', 0]] as const) {
    test(`keep their column headers for a screen reader: ${path}`, async () => {
      await phone.page.goto(`${session.studio.url}${path}`);
      const found = phone.page.locator(table);
      const headers = await found.getByRole('columnheader').count();
      expect(headers).toBeGreaterThan(0);
      if (columns) expect(headers).toBe(columns);
      expect(await found.locator('thead').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(1);
    });
  }
});
