/**
 * A published post that fills no slot (before the channel's start, a second one in a window, one
 * beside a post planned for its slot: core/streaks.ts placeUnplannedPublished) is no longer lost
 * from the studio's plan: the month grid shows it on its own day, and the agenda at its own time
 * when it is ahead, marked "published, in no slot" / "已发布，不在排期内", in English and Chinese;
 * the one beside a draft planned for its slot fills that slot for the streaks, and says which.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { useStudioSession } from './studio-session.ts';
import { formatDay } from '../../src/studio/plan/format.ts';

const session = useStudioSession();
const DAY = 86_400_000;
// Dates in Asia/Shanghai (the sample brand's zone, no DST): the channel's slots fall on tomorrow's weekday.
const day = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * DAY).toISOString().slice(0, 10);
const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(`${day(1)}T00:00:00Z`).getUTCDay()]!;
const POSTS = {
  'lost/before': { title: 'Before the start', publishedAt: day(-25) },
  'lost/a-first': { title: 'First in the window', publishedAt: `${day(-19)}T10:00:00+08:00` },
  'lost/b-second': { title: 'Second in the window', publishedAt: `${day(-18)}T10:00:00+08:00` },
  'lost/d-beside': { title: 'Beside the planned one', publishedAt: `${day(3)}T10:00:00+08:00` },
};

beforeAll(() => {
  const file = join(session.studio.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.channels.push({ id: 'lost', name: 'Lost', platform: 'blog', cadence: `FREQ=WEEKLY;BYDAY=${weekday}`, start: day(-20), time: '09:00' });
  writeFileSync(file, JSON.stringify(planner, null, 2));
  mkdirSync(join(session.studio.root, 'content/posts/lost'), { recursive: true });
  for (const [id, p] of Object.entries(POSTS)) {
    writeFileSync(join(session.studio.root, `content/posts/${id}.md`), `---\ntitle: ${p.title}\nchannel: lost\nstatus: published\npublishedAt: ${p.publishedAt}\n---\n\nA few words.\n`);
  }
  writeFileSync(join(session.studio.root, 'content/posts/lost/c-planned.md'), `---\ntitle: Planned one\nchannel: lost\nstatus: draft\nplannedFor: ${day(1)}\n---\n\nA draft.\n`);
  // A second post planned for the same slot: the slot lists it under the first.
  writeFileSync(join(session.studio.root, 'content/posts/lost/c2-also.md'), `---\ntitle: Also planned\nchannel: lost\nstatus: idea\nplannedFor: ${day(1)}\n---\n\nAn idea.\n`);
});

describe.each([
  ['en', 'published, in no slot', `published, fills the slot of ${formatDay(day(1), 'en')}`],
  ['zh', '已发布，不在排期内', `已发布，算作${formatDay(day(1), 'zh')}的排期`],
] as const)('published posts in no slot in the studio plan (%s)', (lang, words, fillsWords) => {
  test('each is on its day in the month grid; the first in a window fills its slot', async () => {
    await session.page.context().addCookies([{ name: 'throughline-lang', value: lang, url: session.studio.url }]);
    for (const [id, p] of Object.entries(POSTS).filter(([id]) => id !== 'lost/a-first')) {
      const date = p.publishedAt.slice(0, 10);
      await session.page.goto(`${session.studio.url}/studio/plan?month=${date.slice(0, 7)}`);
      const card = session.page.locator(`.month td[data-date="${date}"] [data-unslotted="${id}"]`);
      expect(await card.count()).toBe(1);
      expect((await card.innerText()).replace(/\s+/g, ' ')).toContain(`${p.title} ${id === 'lost/d-beside' ? fillsWords : words}`);
    }
    await session.page.goto(`${session.studio.url}/studio/plan?month=${day(-20).slice(0, 7)}`);
    expect(await session.page.locator(`[data-slot="lost/${day(-20)}"] a.slot-post`).innerText()).toContain('First in the window');
    expect(await session.page.locator('[data-unslotted="lost/a-first"]').count()).toBe(0);
  });

  test('on a phone the title and its status stay apart (the card is a flex row there, which drops the space)', async () => {
    const date = POSTS['lost/b-second'].publishedAt.slice(0, 10);
    await session.page.setViewportSize({ width: 390, height: 844 });
    try {
      await session.page.goto(`${session.studio.url}/studio/plan?month=${date.slice(0, 7)}`);
      for (const id of ['lost/b-second']) {
        const link = session.page.locator(`[data-unslotted="${id}"] a.slot-post`).first();
        const title = (await link.locator('.title-lines').boundingBox())!;
        const status = (await link.locator('.slot-status').boundingBox())!;
        // Beside it with a gap, or on the next line.
        expect(status.x >= title.x + title.width + 4 || status.y >= title.y + title.height - 1).toBe(true);
      }
    } finally {
      await session.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('a slot with two posts planned for it lists both, in the grid and the agenda', async () => {
    await session.page.goto(`${session.studio.url}/studio/plan?month=${day(1).slice(0, 7)}`);
    const card = session.page.locator(`.month [data-slot="lost/${day(1)}"]`);
    expect((await card.innerText()).replace(/\s+/g, ' ')).toMatch(lang === 'en' ? /Planned one also: Also planned/ : /Planned one 另有： ?Also planned/);
    expect(await card.locator('[data-also] a').getAttribute('href')).toContain('lost/c2-also');
    await session.page.goto(`${session.studio.url}/studio/plan`);
    expect(await session.page.locator(`#agenda [data-slot="lost/${day(1)}"] [data-also] a`).innerText()).toBe('Also planned');
  });

  test('the agenda lists the one ahead at its own time', async () => {
    await session.page.goto(`${session.studio.url}/studio/plan`);
    const row = session.page.locator('#agenda [data-agenda-channel="lost"] [data-unslotted="lost/d-beside"]');
    expect(await row.count()).toBe(1);
    // The draft planned for its slot is not published: this post fills that slot, as check counts it.
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(`Beside the planned one ${fillsWords}`);
    expect(await row.locator('time').getAttribute('datetime')).toBe(POSTS['lost/d-beside'].publishedAt);
  });
});
