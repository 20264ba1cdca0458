/**
 * The post editor's "Planned for" (Save and autosave, both savePostValues) follows the plan's rule
 * (plan/slot-day.ts): a new date must be a slot day of the channel, outside its breaks, and not a
 * slot that is over. Before, the editor wrote any date, and the post showed in no calendar or
 * agenda, where the plan page refused the same date. The messages are the editor's (it has no
 * calendar: they say to set the field), and one for a slot that is over names the next open slot.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { readPost } from '../../../src/store/posts.ts';
import { savePostValues, postToValues } from '../../../src/studio/drafts/post-form.ts';
import { translateErrors } from '../../../src/studio/shared/error-strings.ts';
import { emptyRoot } from '../helpers.ts';

/** Wed 2 Dec 2026, noon UTC: the Monday slot of 30 Nov is owed (a post before 7 Dec fills it), that of 23 Nov is over. */
const NOW = Date.parse('2026-12-02T12:00:00Z');
let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ root, cleanup } = emptyRoot());
  mkdirSync(join(root, 'content/posts/drafts'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Mei', label: 'x', audience: 'y', strengths: ['z'], timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '00:00' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=TH', start: '2026-11-05', time: '00:00' },
    ],
    breaks: [{ from: '2026-12-14', to: '2026-12-20', reason: 'holiday' }],
  }));
  writeFileSync(join(root, 'content/posts/drafts/soup.md'), '---\ntitle: Soup\nchannel: blog\nstatus: draft\n---\n\nSoup by the window.\n');
});
afterEach(() => cleanup());

const file = () => readFileSync(join(root, 'content/posts/drafts/soup.md'), 'utf8');

async function save(change: Record<string, string>, autosave = false) {
  const { post, revision } = await readPost(root, 'drafts/soup');
  const values = { ...postToValues(post), ...change };
  return savePostValues(root, await readPlanner(root), { id: 'drafts/soup', values, revision, now: NOW, ...(autosave ? {} : { compile: { lang: 'en' as const } }) });
}

describe.each([['Save', false], ['autosave', true]] as const)("the editor's %s", (_, autosave) => {
  test.each([
    ['a day its cadence has no slot on', { plannedFor: '2026-12-09' }, '2026-12-09 is not a slot day of "Blog": its cadence has no slot that day; set "Planned for" to a slot day (nearest slot days: 2026-12-07, 2026-12-21)', '2026-12-09 不是“Blog”的排期日：它的节奏那天没有排期；请把“计划日期”设为一个排期日（最近的排期日：2026-12-07、2026-12-21）'],
    ['a slot day inside a break', { plannedFor: '2026-12-14' }, '2026-12-14 is inside the break 2026-12-14 to 2026-12-20 for "Blog", which has no slot then; set "Planned for" to a slot day (nearest slot days: 2026-12-07, 2026-12-21)', '2026-12-14 在“Blog”的休息期 2026-12-14 至 2026-12-20 内，那时没有排期；请把“计划日期”设为一个排期日'],
    ['a slot that is over', { plannedFor: '2026-11-23' }, 'the 2026-11-23 slot of "Blog" is over (missed, or filled by a published post), so a post planned there fills no slot; set "Planned for" to a slot still open (next open slot: 2026-11-30, overdue: publish before 2026-12-07 to fill it)', '“Blog”在 2026-11-23 的排期已经过去（已断更，或已有发布的文章填上），安排在那天的文章不会填上任何排期；请把“计划日期”设为一个还空着的排期（下一个空排期：2026-11-30，已逾期：2026-12-07 前发布可补上）'],
    ["a slot day of the old channel moved to a channel that has no slot then", { plannedFor: '2026-12-07', channel: 'letter' }, '2026-12-07 is not a slot day of "Letter"', '2026-12-07 不是“Letter”的排期日'],
  ])('refuses %s in Planned for, in English and Chinese, writing nothing', async (_what, change, en, zh) => {
    const before = file();
    const outcome = await save(change, autosave);
    expect(outcome.kind).toBe('invalid');
    const errors = (outcome as { errors: Record<string, string> }).errors;
    expect(errors.plannedFor).toMatch(new RegExp(`^${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(translateErrors(errors, 'zh').plannedFor).toMatch(new RegExp(`^${zh}`));
    expect(file()).toBe(before);
  });

  test.each([
    ['a slot still to come', '2026-12-07'],
    ['the slot owed now (its day is over, its window is not)', '2026-11-30'],
  ])('takes %s', async (_what, date) => {
    expect(await save({ plannedFor: date }, autosave)).toMatchObject({ kind: 'saved' });
    expect(file()).toMatch(new RegExp(`^plannedFor: ${date}$`, 'm'));
  });
});

describe('a date the file had already', () => {
  test('is kept when another field is edited: the off-slot flag offers its Move to', async () => {
    writeFileSync(join(root, 'content/posts/drafts/soup.md'), '---\ntitle: Soup\nchannel: blog\nstatus: draft\nplannedFor: 2026-12-09\n---\n\nSoup.\n');
    expect(await save({ title: 'Winter soup' })).toMatchObject({ kind: 'saved' });
    expect(file()).toMatch(/^plannedFor: 2026-12-09$/m);
  });

  test("is a published post's to keep, whatever day it names", async () => {
    writeFileSync(join(root, 'content/posts/drafts/soup.md'), '---\ntitle: Soup\nchannel: blog\nstatus: published\npublishedAt: 2026-11-23T08:00:00Z\nplannedFor: 2026-11-23\n---\n\nSoup.\n');
    expect(await save({ plannedFor: '2026-11-25' })).toMatchObject({ kind: 'saved' });
    expect(file()).toMatch(/^plannedFor: 2026-11-25$/m);
  });
});
