/**
 * The plan page offers "Move all" for a channel with more than one post planned off its cadence
 * (posts planned in a break declared afterwards, on days a cadence change dropped), and that
 * moves each to an open slot of its own. Before, the plan page had only a "Move to" per post, each
 * to the same nearest slot, so catching up piled the posts into one slot. The studio reads the
 * clock, so the dates are weeks from today.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
// A Tuesday two to three weeks ahead (UTC dates; the brand is in UTC), and the Wednesday and Thursday after it.
const tuesday = Date.now() + 14 * DAY + ((2 - new Date(Date.now() + 14 * DAY).getUTCDay() + 7) % 7) * DAY;
const [tue, wed, thu, nextTue] = [tuesday, tuesday + DAY, tuesday + 2 * DAY, tuesday + 7 * DAY].map(iso);

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-move-all-'));
  mkdirSync(join(fixture, 'content/posts/drafts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: 'Lin', label: 'Writer', timezone: 'UTC', pillars: [{ id: 'notes', name: 'Notes' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: iso(Date.now() - 30 * DAY), time: '09:00' }],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  for (const [name, day] of [['wed', wed], ['thu', thu]])
    writeFileSync(join(fixture, 'content/posts/drafts', `${name}.md`), `---\ntitle: ${name}\nchannel: blog\nstatus: draft\nplannedFor: ${day}\n---\nNotes.\n`);
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

const planned = (name: string) => /plannedFor: (\S+)/.exec(readFileSync(join(studio.root, 'content/posts/drafts', `${name}.md`), 'utf8'))![1];

describe('Move all on the plan page', () => {
  it.each([
    ['en', 'Move all 2 of Blog to the nearest open slots, one per slot'],
    ['zh', '把“Blog”的这 2 篇移到最近的空排期，每个排期一篇'],
  ])('%s: is offered for the channel, named', async (lang, label) => {
    const html = await (await fetch(`${studio.url}/studio/plan`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
    expect(/data-move-all="blog"[^>]*>([^<]*)</.exec(html)?.[1]).toBe(label);
  });

  it('moves the two posts whose nearest slot is one Tuesday to that Tuesday and the next', async () => {
    const response = await fetch(`${studio.url}/studio/plan`, { method: 'POST', body: new URLSearchParams({ action: 'move-all-planned', channel: 'blog', return: '/studio/plan' }), headers: { origin: studio.url }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect([planned('wed'), planned('thu')]).toEqual([tue, nextTue]);
  });
});
