/**
 * Removing a channel whose posts move to a channel in another zone keeps each published post's
 * instant: a publishedAt without offset was read in the old channel's zone, and after the move it
 * was read in the new one's (20:05 in Shanghai became 20:05 in New York, 13 hours later, on
 * another day there), moving the post in the streaks, the calendar and the feeds.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pinPublishedAt, publishedEpoch } from '../../src/core/published-at.ts';
import { readProject } from '../../src/store/project.ts';
import { runChannelAction } from '../../src/studio/channels/channel-actions.ts';
import { removedMessage } from '../../src/studio/channels/removed-message.ts';
import { CHANNELS_TEXT } from '../../src/studio/channels/strings.ts';
import { createTranslator } from '../../src/studio/shared/i18n.ts';

describe('pinPublishedAt', () => {
  test.each([
    ['a wall time gets the old zone\'s offset', '2026-11-14T20:05:00', 'Asia/Shanghai', 'America/New_York', '2026-11-14T20:05:00+08:00'],
    ['a wall time without seconds keeps its form', '2026-11-14T20:05', 'Asia/Shanghai', 'America/New_York', '2026-11-14T20:05+08:00'],
    ['a wall time with a space', '2026-07-01 09:30:00', 'America/New_York', 'Asia/Shanghai', '2026-07-01T09:30:00-04:00'],
    ['a plain date is a local day in any zone', '2026-11-14', 'Asia/Shanghai', 'America/New_York', '2026-11-14'],
    ['an offset is an instant already', '2026-11-14T20:05:00+08:00', 'Asia/Shanghai', 'America/New_York', '2026-11-14T20:05:00+08:00'],
    ['two zones with one offset read the same instant', '2026-11-14T20:05:00', 'Asia/Shanghai', 'Asia/Taipei', '2026-11-14T20:05:00'],
  ])('%s', (_, at, from, to, expected) => {
    const pinned = pinPublishedAt(at, from, to);
    expect(pinned).toBe(expected);
    if (at.length > 10) expect(publishedEpoch(pinned, to)).toBe(publishedEpoch(at, from));
  });

  test('a wall time a clock change skips is written as the instant it was read as', () => {
    // 02:30 on 8 March 2026 does not exist in New York (clocks go from 02:00 to 03:00).
    const pinned = pinPublishedAt('2026-03-08T02:30:00', 'America/New_York', 'Asia/Shanghai');
    expect(Date.parse(pinned)).toBe(publishedEpoch('2026-03-08T02:30:00', 'America/New_York'));
  });
});

describe('removing a channel into one of another zone', () => {
  test('pins the instant of each published post whose publishedAt has no offset, and changes nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-channel-zone-'));
    try {
      mkdirSync(join(root, 'content/posts/wechat'), { recursive: true });
      writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
        version: 1,
        brand: { name: 'Lin', label: 'Writer', timezone: 'Asia/Shanghai', pillars: [{ id: 'notes', name: 'Notes' }] },
        channels: [
          { id: 'wechat', name: 'WeChat', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', time: '20:00' },
          { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', time: '08:00', timezone: 'America/New_York' },
        ],
        breaks: [],
      }, null, 2));
      const post = (name: string, publishedAt: string) =>
        writeFileSync(join(root, 'content/posts/wechat', `${name}.md`), `---\ntitle: ${name}\nchannel: wechat\nstatus: published\npublishedAt: ${publishedAt}\n---\nText.\n`);
      post('wall', '2026-11-14T20:05:00');
      post('day', '2026-11-21');
      post('instant', '2026-11-28T20:00:00+08:00');
      const { planner, posts } = await readProject(root);
      const form = new FormData();
      form.set('editing', 'wechat');
      form.set('moveTo', 'letter');
      const answer = await runChannelAction('remove', form, planner, posts, root);
      expect(answer).toBeInstanceOf(Response);
      // The page it leads to says where the posts went and that one time was pinned, in Shanghai's offset.
      const location = new URL((answer as Response).headers.get('location')!, 'http://studio');
      expect(Object.fromEntries(location.searchParams)).toEqual({ removed: '1', moved: '3', to: 'letter', pinned: '1', zone: 'Asia/Shanghai' });
      const t = createTranslator('zh', CHANNELS_TEXT);
      expect(removedMessage(location.searchParams, [{ id: 'letter', name: 'Letter' }], t)).toBe('渠道已删除。移到“Letter”的内容：3 篇。其中 1 篇的发布时间原来没有写时差，已加上被删除渠道的时区（Asia/Shanghai）的时差，发布时刻不变。');
      const file = (name: string) => readFileSync(join(root, 'content/posts/wechat', `${name}.md`), 'utf8');
      expect(file('wall')).toBe('---\ntitle: wall\nchannel: letter\nstatus: published\npublishedAt: 2026-11-14T20:05:00+08:00\n---\nText.\n');
      expect(file('day')).toBe('---\ntitle: day\nchannel: letter\nstatus: published\npublishedAt: 2026-11-21\n---\nText.\n');
      expect(file('instant')).toBe('---\ntitle: instant\nchannel: letter\nstatus: published\npublishedAt: 2026-11-28T20:00:00+08:00\n---\nText.\n');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('removedMessage', () => {
  const en = createTranslator('en', CHANNELS_TEXT);
  test.each([
    ['no post moved', 'removed=1', 'Channel removed.'],
    ['posts moved, no time pinned', 'removed=1&moved=2&to=letter', 'Channel removed. Posts moved to Letter: 2.'],
    ['posts moved and times pinned', 'removed=1&moved=2&to=letter&pinned=1&zone=Asia%2FShanghai', "Channel removed. Posts moved to Letter: 2. Publication times written without a UTC offset now carry that of Asia/Shanghai, the removed channel's zone, so they keep their moment: 1."],
    ['a channel no longer there is named by its id', 'removed=1&moved=1&to=gone', 'Channel removed. Posts moved to gone: 1.'],
  ])('%s', (_, query, expected) => {
    expect(removedMessage(new URLSearchParams(query), [{ id: 'letter', name: 'Letter' }], en)).toBe(expected);
  });
});
