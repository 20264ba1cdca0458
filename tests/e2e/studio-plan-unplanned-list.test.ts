/**
 * The list beside the plan's calendar holds every idea and every draft with no `plannedFor`. A
 * Chinese PM saw it headed "想法 1" over a single draft, and that draft, off theme, carried no
 * mark there while its one-tap button offered to plan it. The heading names both kinds, and each
 * card shows the flags the drafts list shows on the same post (shared/components/FlagChips).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';

const session = useStudioSession();
const DRAFT = 'drafts/跳槽-时机';

describe('the plan page’s unplanned list', () => {
  test.each([
    ['zh', '未排期的想法和草稿', '偏离主题'],
    ['en', 'Unplanned ideas and drafts', 'Off theme'],
  ] as const)('is headed for what it holds and marks an off-theme draft as the drafts list does (%s)', async (lang, heading, offTheme) => {
    writeFileSync(join(session.studio.root, `content/posts/${DRAFT}.md`),
      '---\ntitle: 产品经理跳槽的最佳时机\nchannel: wechat\nstatus: draft\n---\n\n很多产品经理在年底考虑跳槽。选择时机时要看年终奖发放、团队项目节奏和市场招聘周期。简历要突出你负责的产品指标和用户增长，面试时讲清楚需求分析和跨部门协作的经历。\n');
    const { page } = session;
    await page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    await page.goto(`${session.studio.url}/studio/plan`);
    expect((await page.locator('#ideas-heading').innerText()).replace(/\s*\d+$/, '')).toBe(heading);
    const card = page.locator(`#ideas .idea[data-drag-post="${DRAFT}"]`);
    await expect.poll(() => card.locator('.next-slot').count()).toBe(1);
    const chip = card.locator('.chip.flag[data-flag="off-theme"]');
    expect(await chip.innerText()).toBe(offTheme);
    // An idea has no text to judge: no mark.
    expect(await page.locator('#ideas .idea[data-drag-post^="ideas/"] .chip.flag[data-flag="off-theme"]').count()).toBe(0);

    const title = await chip.getAttribute('title');
    await page.goto(`${session.studio.url}/studio/drafts?flag=off-theme`);
    const row = page.locator(`#drafts-table tr[data-post="${DRAFT}"] .chip.flag[data-flag="off-theme"]`);
    expect(await row.innerText()).toBe(offTheme);
    expect(await row.getAttribute('title')).toBe(title);
  });
});
