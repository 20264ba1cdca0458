/**
 * The editor's channel change keeps a post's moment of publication: a publishedAt without offset
 * is read in its channel's zone, so moving a post from a Shanghai channel to a New York one kept
 * "2026-11-14T20:05:00" as written, 13 hours later there (and on another day for the streaks).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { publishedEpoch } from '../../../src/core/published-at.ts';
import { readPost } from '../../../src/store/posts.ts';
import { readProject } from '../../../src/store/project.ts';
import { pinnedQuery, pinnedText, readPinnedQuery } from '../../../src/studio/drafts/channel-pin.ts';
import { postToValues, savePostValues } from '../../../src/studio/drafts/post-form.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(publishedAt: string): string {
  const root = mkdtempSync(join(tmpdir(), 'tl-editor-pin-'));
  roots.push(root);
  mkdirSync(join(root, 'content/posts/wechat'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify({
    version: 1,
    brand: { name: 'Lin', label: 'Writer', timezone: 'Asia/Shanghai', pillars: [{ id: 'notes', name: 'Notes' }] },
    channels: [
      { id: 'wechat', name: 'WeChat', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', time: '20:00' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', time: '08:00', timezone: 'America/New_York' },
      { id: 'taipei', name: 'Taipei', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-09-05', timezone: 'Asia/Taipei' },
    ],
    breaks: [],
  }, null, 2));
  writeFileSync(join(root, 'content/posts/wechat/walk.md'), `---\ntitle: Walk\nchannel: wechat\nstatus: published\npublishedAt: ${publishedAt}\n---\nText.\n`);
  return root;
}

async function changeChannel(root: string, channel: string, publishedAt?: string) {
  const { planner } = await readProject(root);
  const { post, revision } = await readPost(root, 'wechat/walk');
  const values = { ...postToValues(post), channel, ...(publishedAt ? { publishedAt } : {}) };
  return savePostValues(root, planner, { id: 'wechat/walk', values, revision, now: Date.parse('2026-12-01T00:00:00Z') });
}

describe('changing a post\'s channel in the editor', () => {
  test('writes an offset-less publishedAt with the old channel\'s offset, keeping its instant, and says so', async () => {
    const root = project("'2026-11-14T20:05:00'");
    const outcome = await changeChannel(root, 'letter');
    expect(outcome.kind).toBe('saved');
    const pinned = outcome.kind === 'saved' ? outcome.pinned : undefined;
    expect(pinned).toEqual({ was: '2026-11-14T20:05:00', publishedAt: '2026-11-14T20:05:00+08:00', zone: 'Asia/Shanghai' });
    const saved = (await readPost(root, 'wechat/walk')).post.data;
    expect(saved.channel).toBe('letter');
    expect(publishedEpoch(String(saved.publishedAt), 'America/New_York')).toBe(publishedEpoch('2026-11-14T20:05:00', 'Asia/Shanghai'));
    expect(readFileSync(join(root, 'content/posts/wechat/walk.md'), 'utf8')).toContain('2026-11-14T20:05:00+08:00');
    // The page after the redirect reads what happened back from its address, in both languages.
    const params = new URLSearchParams(pinnedQuery(pinned!).slice(1));
    const read = readPinnedQuery(params, String(saved.publishedAt));
    expect(read).toEqual(pinned);
    expect(pinnedText(read!, 'en')).toContain('2026-11-14T20:05:00+08:00');
    expect(pinnedText(read!, 'zh')).toContain('Asia/Shanghai');
  });

  test.each([
    ['a plain date, a local day in any zone', "'2026-11-14'", 'letter'],
    ['a time with an offset, an instant already', "'2026-11-14T20:05:00+08:00'", 'letter'],
    ['a zone with the same offset', "'2026-11-14T20:05:00'", 'taipei'],
  ])('leaves %s as written', async (_, at, channel) => {
    const root = project(at);
    const outcome = await changeChannel(root, channel);
    expect(outcome).toMatchObject({ kind: 'saved' });
    expect(outcome.kind === 'saved' && outcome.pinned).toBeFalsy();
    expect(readFileSync(join(root, 'content/posts/wechat/walk.md'), 'utf8')).toContain(`publishedAt: ${at}`);
  });

  test('takes a time typed with the channel change as meant for the new channel', async () => {
    const root = project("'2026-11-14T20:05:00'");
    const outcome = await changeChannel(root, 'letter', '2026-11-14T07:05:00');
    expect(outcome.kind === 'saved' && outcome.pinned).toBeFalsy();
    expect((await readPost(root, 'wechat/walk')).post.data.publishedAt).toBe('2026-11-14T07:05:00');
  });
});
