/** axe-core run in a page as it is now (after clicks), for states the per-page a11y tests do not reach. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Serious or critical axe findings on the page as it is now. */
export async function seriousAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run({ exclude: [['astro-dev-toolbar']] } as never));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
