/**
 * The studio's "·"-separated lines (the month calendar's dates, the breaks, the publish and draft
 * pages' heading lines, an idea's "Plan for … · …") never start a line with the "·" on a 390 px
 * phone, in English and 中文: each separator is joined to the word before it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { separatorsStartingLines } from './separators.ts';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const PAGES = ['/studio', '/studio/plan', '/studio/drafts/drafts/crypto-portfolio', '/studio/publish/drafts/wechat/dongzhi-jiaozi'];

// A break whose channels and reason fill more than a phone's line.
beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.breaks = [...(planner.breaks ?? []), { from: '2027-01-04', to: '2027-01-15', channels: planner.channels.map((c: { id: string }) => c.id), reason: 'family visit and a cookery course abroad' }];
  writeFileSync(file, `${JSON.stringify(planner, null, 2)}\n`);
});

describe('studio lines with "·" separators at 390 px', () => {
  for (const lang of ['en', 'zh'])
    test.each(PAGES)(`%s (${lang}) starts no line with a separator`, async (path) => {
      const { page } = session;
      await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${session.studio.url}${path}`);
      const shots = process.env.TL_SEPARATOR_SHOTS;
      if (shots) await page.screenshot({ path: `${shots}/studio-${path.replace(/\W+/g, '-')}-${lang}-390.png`, fullPage: true });
      expect(await separatorsStartingLines(page)).toEqual([]);
    });
});
