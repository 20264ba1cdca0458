/**
 * The post editor's Save and autosave (both savePostValues) publishing a post planned for another
 * slot's window: as on the publish page (core/early-publication.ts), its plannedFor becomes the
 * slot it counts for in check's reading, or is cleared when that slot is taken or in a break, and
 * the save says so. Before, plannedFor stayed on the old slot: the plan showed it filled while
 * check called it missed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { readPost } from '../../../src/store/posts.ts';
import { savePostValues, postToValues } from '../../../src/studio/drafts/post-form.ts';
import { readReplanQuery, replanQuery, replanText } from '../../../src/studio/drafts/publish-replan.ts';
import { emptyRoot } from '../helpers.ts';

let root: string;
let cleanup: () => void;
beforeEach(() => {
  ({ root, cleanup } = emptyRoot());
  mkdirSync(join(root, 'content/posts/drafts'), { recursive: true });
  // Mondays at 00:00 UTC from Mon 2 Nov 2026; a break over Mon 16 Nov.
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Mei', label: 'x', audience: 'y', strengths: ['z'], timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-11-02', time: '00:00' }],
    breaks: [{ from: '2026-11-16', to: '2026-11-22', reason: 'holiday' }],
  }));
  writeFileSync(join(root, 'content/posts/drafts/soup.md'), '---\ntitle: Soup\nchannel: blog\nstatus: scheduled\nplannedFor: 2026-11-02\n---\n\nSoup by the window.\n');
});
afterEach(() => cleanup());

const file = () => readFileSync(join(root, 'content/posts/drafts/soup.md'), 'utf8');

/** Saves the post as the editor would with status published at `publishedAt` (and `plannedFor`). */
async function publish(publishedAt: string, opts: { plannedFor?: string; autosave?: boolean } = {}) {
  const { post, revision } = await readPost(root, 'drafts/soup');
  const values = { ...postToValues(post), status: 'published', publishedAt, ...(opts.plannedFor ? { plannedFor: opts.plannedFor } : {}) };
  return savePostValues(root, await readPlanner(root), { id: 'drafts/soup', values, revision, now: Date.now(), ...(opts.autosave ? {} : { compile: { lang: 'en' as const } }) });
}

describe.each([['Save', false], ['autosave', true]] as const)('the editor\'s %s publishing a post', (_, autosave) => {
  test('weeks after its slot\'s window closed: plannedFor becomes the slot of the week it is published in', async () => {
    const outcome = await publish('2026-11-25T10:00:00Z', { autosave });
    expect(outcome).toMatchObject({ kind: 'saved', replanned: { kind: 'late', planned: '2026-11-02', fills: '2026-11-23', plannedFor: '2026-11-23' } });
    expect(file()).toMatch(/^plannedFor: 2026-11-23$/m);
    expect(file()).toMatch(/^status: published$/m);
  });

  test('after its window, that week\'s slot taken by another post: plannedFor is cleared', async () => {
    writeFileSync(join(root, 'content/posts/drafts/other.md'), '---\ntitle: Other\nchannel: blog\nstatus: published\npublishedAt: 2026-11-23T08:00:00Z\n---\n\nNoodles.\n');
    const outcome = await publish('2026-11-25T10:00:00Z', { autosave });
    expect(outcome).toMatchObject({ kind: 'saved', replanned: { kind: 'lateTaken', fills: '2026-11-23', plannedFor: '' } });
    expect(file()).not.toMatch(/plannedFor/);
  });

  test('after its window, in a break: plannedFor is cleared', async () => {
    const outcome = await publish('2026-11-18T10:00:00Z', { autosave });
    expect(outcome).toMatchObject({ kind: 'saved', replanned: { kind: 'lateNone', fills: null, plannedFor: '' } });
    expect(file()).not.toMatch(/plannedFor/);
  });

  test('before its planned slot: plannedFor becomes the slot whose window holds it', async () => {
    const outcome = await publish('2026-12-02T10:00:00Z', { autosave, plannedFor: '2026-12-07' });
    expect(outcome).toMatchObject({ kind: 'saved', replanned: { kind: 'early', planned: '2026-12-07', fills: '2026-11-30' } });
    expect(file()).toMatch(/^plannedFor: 2026-11-30$/m);
  });

  test('within its slot\'s window: plannedFor stays, nothing to say', async () => {
    const outcome = await publish('2026-11-04T10:00:00Z', { autosave });
    expect(outcome).toEqual({ kind: 'saved', revision: expect.any(String), savedAt: expect.any(Number), written: true });
    expect(file()).toMatch(/^plannedFor: 2026-11-02$/m);
  });
});

test('a post already published keeps the planned date its author gives it', async () => {
  await publish('2026-11-04T10:00:00Z');
  const outcome = await publish('2026-11-25T10:00:00Z');
  expect(outcome).toEqual({ kind: 'saved', revision: expect.any(String), savedAt: expect.any(Number), written: true });
  expect(file()).toMatch(/^plannedFor: 2026-11-02$/m);
});

test('the editor\'s note after the redirect, in English and Chinese', async () => {
  const outcome = await publish('2026-11-25T10:00:00Z');
  if (outcome.kind !== 'saved' || !outcome.replanned) throw new Error('not replanned');
  const read = readReplanQuery(new URLSearchParams(`?saved=1${replanQuery(outcome.replanned)}`), '2026-11-25T10:00:00Z');
  expect(read).toEqual(outcome.replanned);
  const day = (date: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
  const en = replanText(read!, 'en');
  expect(en).toContain(`Planned for ${day('2026-11-02')}, published at ${day('2026-11-25')}, 10:00`);
  expect(en).toContain(`counts for the slot of ${day('2026-11-23')}`);
  expect(en).toContain('stays missed');
  expect(replanText(read!, 'zh')).toContain('仍算断更');
  expect(readReplanQuery(new URLSearchParams('?saved=1&replanned=late&planned=x'), '')).toBeNull();
});

// The note said "(that day is in a break or before the channel's first slot)" whichever applied.
test('the note after publishing into a break names the break, in English and Chinese, after the redirect too', async () => {
  const outcome = await publish('2026-11-18T10:00:00Z');
  if (outcome.kind !== 'saved' || !outcome.replanned) throw new Error('not replanned');
  const read = readReplanQuery(new URLSearchParams(`?saved=1${replanQuery(outcome.replanned)}`), '2026-11-18T10:00:00Z');
  expect(read).toEqual(outcome.replanned);
  expect(replanText(read!, 'en')).toContain('counts for no slot (that day is in the break Mon, 16 Nov 2026 – Sun, 22 Nov 2026 (holiday)).');
  expect(replanText(read!, 'zh')).toContain('也不算任何一期（那天在休息期 2026年11月16日周一至 2026年11月22日周日（holiday）内）。');
  expect(replanText(read!, 'en')).not.toContain('first slot');
});

test('the note after publishing before the channel\'s first slot names that slot, in English and Chinese', async () => {
  const outcome = await publish('2026-10-28T10:00:00Z', { plannedFor: '2026-11-09' });
  if (outcome.kind !== 'saved' || !outcome.replanned) throw new Error('not replanned');
  expect(outcome.replanned).toMatchObject({ kind: 'earlyNone', none: { firstSlot: '2026-11-02' } });
  const read = readReplanQuery(new URLSearchParams(`?saved=1${replanQuery(outcome.replanned)}`), '2026-10-28T10:00:00Z');
  expect(read).toEqual(outcome.replanned);
  expect(replanText(read!, 'en')).toContain("counts for no slot (that day is before the channel's first slot, Mon, 2 Nov 2026).");
  expect(replanText(read!, 'zh')).toContain('它不算任何一期（那天在渠道的第一期（2026年11月2日周一）之前）。');
  expect(replanText(read!, 'en')).not.toContain('break');
});
