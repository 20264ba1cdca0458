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
const [tue, wed, thu, nextTue, prevTue] = [tuesday, tuesday + DAY, tuesday + 2 * DAY, tuesday + 7 * DAY, tuesday - 7 * DAY].map(iso);

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
  writeFileSync(join(fixture, 'content/posts/drafts', 'dongzhi.md'), '---\ntitle: 冬至的饺子\nchannel: blog\nstatus: idea\n---\n');
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

  it('marks a title the confirmation quotes with its own language', async () => {
    const html = await (await fetch(`${studio.url}/studio/plan?done=moved&count=1&unmoved=drafts/dongzhi`, { headers: { cookie: 'throughline-lang=en' } })).text();
    expect(/<p class="flash"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]).toMatch(/Not moved: &quot;<span lang="zh-CN"[^>]*>冬至的饺子<\/span>&quot;/);
  });

  it('moves the two posts whose nearest slot is one Tuesday to that Tuesday and the next', async () => {
    const response = await fetch(`${studio.url}/studio/plan`, { method: 'POST', body: new URLSearchParams({ action: 'move-all-planned', channel: 'blog', return: '/studio/plan' }), headers: { origin: studio.url }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect([planned('wed'), planned('thu')]).toEqual([tue, nextTue]);
  });
});

// Before, a post's own "Move to" named the nearest slot day even when another post held it, and
// a click put both posts in one slot while the next one stayed open.
describe('Move to on the plan page, when the nearest slots are held', () => {
  // The Tuesday after ${wed} holds "wed" and the one after it "thu" (moved there above): the Tuesday before is the nearest free one.
  it('offers the nearest free slot and names the post holding the nearer one', async () => {
    writeFileSync(join(studio.root, 'content/posts/drafts/late.md'), `---\ntitle: Late\nchannel: blog\nstatus: draft\nplannedFor: ${wed}\n---\nNotes.\n`);
    const html = await (await fetch(`${studio.url}/studio/plan`)).text();
    const item = html.slice(html.indexOf('data-off-slot="drafts/late"'), html.indexOf('</li>', html.indexOf('data-off-slot="drafts/late"')));
    expect(item).toContain(`name="date" value="${prevTue}"`);
    expect(item.replace(/<[^>]+>/g, '')).toContain(`${tue} already has &quot;wed&quot;, so the nearest free slot is ${prevTue}`);
  });

  it.each([
    ['en', `the ${tue} slot of "Blog" already has "wed" (drafts/wed), so "Move to" left "Late" where it was (nearest free slot: ${prevTue})`],
    ['zh', `“Blog”在 ${tue} 的排期已经有“wed”（drafts/wed），所以“移到”没有移动“Late”（最近的空排期：${prevTue}）`],
  ])('%s: refuses a move to a slot another post holds by now, naming it, and writes nothing', async (lang, message) => {
    const response = await fetch(`${studio.url}/studio/plan`, { method: 'POST', body: new URLSearchParams({ action: 'move-planned', post: 'drafts/late', date: tue, return: '/studio/plan' }), headers: { origin: studio.url, cookie: `throughline-lang=${lang}` }, redirect: 'manual' });
    expect(response.status).not.toBe(303);
    expect((await response.text()).replaceAll('&quot;', '"')).toContain(message);
    expect(planned('late')).toBe(wed);
  });
});
