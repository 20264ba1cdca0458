import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Planner } from '../../../../src/core/schema/planner.ts';
import type { Post } from '../../../../src/core/schema/post.ts';
import { listIdeas } from '../../../../src/studio/plan/ideas.ts';
import { movePost, readMoveRequest } from '../../../../src/studio/plan/move.ts';
import { readPost } from '../../../../src/store/posts.ts';

const planner = {
  brand: { timezone: 'Asia/Shanghai', pillars: [] },
  channels: [
    { id: 'blog', name: 'Blog', cadence: 'FREQ=DAILY', start: '2026-09-01', time: '09:00' },
    { id: 'wechat', name: 'WeChat 公众号', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '20:00' },
  ],
  breaks: [{ from: '2026-12-14', to: '2026-12-20', channels: ['wechat'], reason: 'trip' }],
} as unknown as Planner;
/** 2026-12-01 12:00 in Shanghai: the December slots below are still to come. */
const NOW = Date.parse('2026-12-01T12:00:00+08:00');
let root = '';
const file = () => join(root, 'content/posts/ideas/soup.mdx');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tl-move-'));
  mkdirSync(join(root, 'content/posts/ideas'), { recursive: true });
  writeFileSync(file(), '---\ntitle: Winter soup\nchannel: blog\nstatus: idea\nsource: notebook\n---\n\nBones, 6 hours.\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('moving a post on the plan', () => {
  it('plans a post on a slot of another channel, keeping its body and unknown keys', async () => {
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' }, NOW)).toHaveProperty('revision');
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data).toMatchObject({ plannedFor: '2026-12-08', channel: 'wechat', status: 'idea', source: 'notebook' });
    expect(post.body.trim()).toBe('Bones, 6 hours.');
  });

  it('unplans a post with a null date and leaves its channel alone', async () => {
    await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' }, NOW);
    await movePost(root, planner, { id: 'ideas/soup', date: null, channel: 'blog' }, NOW);
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data.plannedFor).toBeUndefined();
    expect(post.data.channel).toBe('wechat');
  });

  it('turns a scheduled post back into a draft when it is unplanned, so it shows among the ideas', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('status: idea', 'status: scheduled\nplannedFor: 2026-12-01'));
    await movePost(root, planner, { id: 'ideas/soup', date: null }, NOW);
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data.status).toBe('draft');
    expect(post.data.plannedFor).toBeUndefined();
  });

  it('refuses a stale revision and an unknown channel, writing nothing', async () => {
    const before = readFileSync(file(), 'utf8');
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', revision: 'old' }, NOW)).toMatchObject({ status: 409 });
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'tiktok' }, NOW)).toMatchObject({ status: 400 });
    expect(await movePost(root, planner, { id: 'ideas/none', date: '2026-12-08' }, NOW)).toMatchObject({ status: 404 });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('reads only well-formed requests: an id, a real date or null', () => {
    expect(readMoveRequest({ id: 'a', date: '2026-02-30' })).toHaveProperty('errors.date');
    expect(readMoveRequest({ date: null })).toHaveProperty('errors.id');
    expect(readMoveRequest(null)).toHaveProperty('errors');
    expect(readMoveRequest({ id: 'a', date: null })).toEqual({ move: { id: 'a', date: null, channel: undefined, revision: undefined } });
  });
});

describe('the ideas list', () => {
  const post = (id: string, status: string, plannedFor?: string) => ({ id, data: { title: id, status, channel: 'blog', ...(plannedFor ? { plannedFor } : {}) } }) as unknown as Post;

  it('lists ideas and unplanned drafts, newest file first, and leaves planned and published posts out', () => {
    const posts = [post('a', 'idea'), post('b', 'draft'), post('c', 'draft', '2026-12-01'), post('d', 'published'), post('e', 'idea', '2026-12-02')];
    expect(listIdeas(posts, new Map([['a', 1], ['b', 2]])).map((i) => i.id)).toEqual(['b', 'a']);
  });
});

describe('an idea dropped onto a slot', () => {
  it('goes to its channel\'s folder in the same step when the user leaves the offer ticked', async () => {
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat', moveIdea: true }, NOW);
    expect(outcome).toMatchObject({ id: 'wechat/soup' });
    const { post } = await readPost(root, 'wechat/soup');
    expect(post.data).toMatchObject({ plannedFor: '2026-12-08', channel: 'wechat', source: 'notebook' });
    await expect(readPost(root, 'ideas/soup')).rejects.toThrow();
  });

  it('takes a typed id, and stays in ideas/ when the offer is unticked', async () => {
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: false }, NOW)).toMatchObject({ id: 'ideas/soup' });
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-09', moveIdea: true, moveIdeaTo: '2026/冬至汤' }, NOW)).toMatchObject({ id: '2026/冬至汤' });
    expect((await readPost(root, '2026/冬至汤')).post.data.plannedFor).toBe('2026-12-09');
  });

  it('goes to a numbered id (-2) when the suggested one in the channel folder is taken', async () => {
    mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
    writeFileSync(join(root, 'content/posts/blog/soup.md'), '---\ntitle: Other soup\nchannel: blog\nstatus: draft\n---\n');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: true }, NOW);
    expect(outcome).toMatchObject({ id: 'blog/soup-2' });
    expect(outcome).not.toHaveProperty('moveError');
    expect((await readPost(root, 'blog/soup-2')).post.data.plannedFor).toBe('2026-12-08');
    expect((await readPost(root, 'blog/soup')).post.data.title).toBe('Other soup');
  });

  it('stays planned under its old id, with the reason, when the id typed already exists', async () => {
    mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
    writeFileSync(join(root, 'content/posts/blog/soup.md'), '---\ntitle: Other soup\nchannel: blog\nstatus: draft\n---\n');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: true, moveIdeaTo: 'blog/soup' }, NOW);
    expect(outcome).toMatchObject({ id: 'ideas/soup' });
    expect(outcome).toHaveProperty('moveError');
    expect((await readPost(root, 'ideas/soup')).post.data.plannedFor).toBe('2026-12-08');
    expect((await readPost(root, 'blog/soup')).post.data.title).toBe('Other soup');
  });

  it('a new draft under drafts/ is offered the same, without doubling a channel folder it already has, and undoes back', async () => {
    mkdirSync(join(root, 'content/posts/drafts/wechat'), { recursive: true });
    writeFileSync(join(root, 'content/posts/drafts/wechat/jiaozi.md'), '---\ntitle: Jiaozi\nchannel: wechat\nstatus: draft\n---\n\nDough.\n');
    const outcome = await movePost(root, planner, { id: 'drafts/wechat/jiaozi', date: '2026-12-08', channel: 'wechat', moveIdea: true }, NOW);
    expect(outcome).toMatchObject({ id: 'wechat/jiaozi' });
    expect((await readPost(root, 'wechat/jiaozi')).post.data.plannedFor).toBe('2026-12-08');
    if (!('undo' in outcome)) throw new Error('expected a move');
    expect(await movePost(root, planner, outcome.undo, NOW)).toMatchObject({ id: 'drafts/wechat/jiaozi' });
  });

  it('is never moved when it is unplanned or not under ideas/, and the request reads the offer', async () => {
    expect(await movePost(root, planner, { id: 'ideas/soup', date: null, moveIdea: true }, NOW)).toMatchObject({ id: 'ideas/soup' });
    expect(readMoveRequest({ id: 'a', date: '2026-12-08', moveIdea: true, moveIdeaTo: 'blog/a' })).toEqual({ move: { id: 'a', date: '2026-12-08', channel: undefined, revision: undefined, moveIdea: true, moveIdeaTo: 'blog/a' } });
    expect(readMoveRequest({ id: 'a', date: null, moveIdea: true, moveIdeaTo: 3 })).toHaveProperty('errors.moveIdeaTo');
  });
});

describe('undoing a move', () => {
  it('puts the file back byte for byte after planning an idea onto another channel\'s slot and moving it out of ideas/', async () => {
    writeFileSync(file(), '---\ntitle: Winter soup\nchannel: blog\nstatus: idea\n---\n\nBones, 6 hours.\n');
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat', moveIdea: true }, NOW);
    if (!('undo' in outcome)) throw new Error('the move failed');
    expect(await movePost(root, planner, outcome.undo, NOW)).toHaveProperty('id', 'ideas/soup');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    await expect(readPost(root, 'wechat/soup')).rejects.toThrow();
  });

  it('gives an unplanned scheduled post back its date and status', async () => {
    writeFileSync(file(), '---\ntitle: Winter soup\nchannel: blog\nstatus: scheduled\nplannedFor: 2026-12-01\n---\n\nBones.\n');
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: null }, NOW);
    if (!('undo' in outcome)) throw new Error('the move failed');
    await movePost(root, planner, outcome.undo, NOW);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('never overwrites a file changed on disk since the move, and says so', async () => {
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' }, NOW);
    if (!('undo' in outcome)) throw new Error('the move failed');
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('Bones', 'Beef bones'));
    const edited = readFileSync(file(), 'utf8');
    expect(await movePost(root, planner, outcome.undo, NOW)).toMatchObject({ status: 409, errors: { form: expect.stringMatching(/changed on disk/) } });
    expect(readFileSync(file(), 'utf8')).toBe(edited);
  });

  it('reads the restore part of a request and refuses an unknown status', () => {
    expect(readMoveRequest({ id: 'a', date: null, restore: { channel: 'blog', status: 'idea', id: 'ideas/a' } })).toMatchObject({ move: { restore: { channel: 'blog', status: 'idea', id: 'ideas/a' } } });
    expect(readMoveRequest({ id: 'a', date: null, restore: { status: 'gone' } })).toHaveProperty('errors.status');
  });
});

/**
 * A date that is no slot of the channel: plan-move wrote it as plannedFor all the same (a Wednesday
 * for a Tuesday-only channel), and the post then showed in no calendar or agenda.
 */
describe('a move to a day that is no slot of the channel', () => {
  it.each([
    ['a day its cadence has no slot on', { date: '2026-12-09', channel: 'wechat' }, /^2026-12-09 is not a slot day of "WeChat 公众号".*nearest slot days: 2026-12-08, 2026-12-22/],
    ['a slot day inside a break of the channel', { date: '2026-12-15', channel: 'wechat' }, /^2026-12-15 is inside the break 2026-12-14 to 2026-12-20 for "WeChat 公众号".*nearest slot days: 2026-12-08, 2026-12-22/],
    ['a day of another channel that is no slot of the post\'s own', { date: '2026-12-10', channel: undefined }, null],
  ])('is refused with the reason and the nearest slot days, writing nothing: %s', async (_what, target, message) => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('channel: blog', 'channel: wechat'));
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', ...target }, NOW);
    expect(outcome).toMatchObject({ status: 400, errors: { date: expect.stringMatching(message ?? /^2026-12-10 is not a slot day of "WeChat 公众号"/) } });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('still puts back, by an undo, a post that was planned off its slots before the move', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('status: idea', 'status: draft\nplannedFor: 2026-12-10'));
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' }, NOW);
    if ('errors' in outcome) throw new Error(JSON.stringify(outcome.errors));
    expect(await movePost(root, planner, outcome.undo, NOW)).toHaveProperty('revision');
    expect((await readPost(root, 'ideas/soup')).post.data).toMatchObject({ plannedFor: '2026-12-10', channel: 'blog' });
  });
});

/** A slot that is over (missed or filled): plan-move planned a post there, where it filled no slot and showed as missed. */
describe('a move to a slot that is over', () => {
  // Thu 10 Dec 2026 in Shanghai: the WeChat slot of Tue 8 Dec is owed (until the 15th, the day of the next slot, one inside the break), that of 1 Dec is over.
  const later = Date.parse('2026-12-10T12:00:00+08:00');

  it('is refused with the reason in English, writing nothing', async () => {
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-01', channel: 'wechat' }, later);
    expect(outcome).toMatchObject({ status: 400, errors: { date: 'the 2026-12-01 slot of "WeChat 公众号" is over (missed, or filled by a published post), so a post planned there fills no slot; pick a slot still open in the calendar (next open slot: 2026-12-08, overdue: publish before 2026-12-15 to fill it)' } });
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('takes the slot still owed, and an undo puts back a date that is over now', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('status: idea', 'status: draft\nplannedFor: 2026-12-01'));
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' }, later);
    if ('errors' in outcome) throw new Error(JSON.stringify(outcome.errors));
    expect(await movePost(root, planner, outcome.undo, later)).toHaveProperty('revision');
    expect((await readPost(root, 'ideas/soup')).post.data).toMatchObject({ plannedFor: '2026-12-01', channel: 'blog' });
  });
});

describe('moving a post whose file name is no id', () => {
  it('is refused with a message that says to rename it and the address of its rename form; a refused id no file has is not found', async () => {
    mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
    writeFileSync(join(root, 'content/posts/2026/bad id.md'), '---\ntitle: Soy eggs\nchannel: blog\nstatus: idea\n---\n\nEggs.\n');
    expect(await movePost(root, planner, { id: '2026/bad id', date: '2026-12-08' }, NOW)).toEqual({
      errors: { id: 'the file name of "2026/bad id" is no id the studio can plan by: rename the file first, then plan it' },
      status: 409,
      rename: '/studio/drafts/2026/bad%20id',
    });
    expect(readFileSync(join(root, 'content/posts/2026/bad id.md'), 'utf8')).not.toContain('plannedFor');
    const gone = await movePost(root, planner, { id: '2026/no such', date: '2026-12-08' }, NOW);
    expect(gone).toMatchObject({ status: 404 });
    expect(gone).not.toHaveProperty('rename');
  });
});
