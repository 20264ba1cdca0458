import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Planner } from '../../../../src/core/schema/planner.ts';
import type { Post } from '../../../../src/core/schema/post.ts';
import { listIdeas } from '../../../../src/studio/plan/ideas.ts';
import { movePost, readMoveRequest } from '../../../../src/studio/plan/move.ts';
import { readPost } from '../../../../src/store/posts.ts';

const planner = { channels: [{ id: 'blog' }, { id: 'wechat' }], brand: { pillars: [] } } as unknown as Planner;
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
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' })).toHaveProperty('revision');
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data).toMatchObject({ plannedFor: '2026-12-08', channel: 'wechat', status: 'idea', source: 'notebook' });
    expect(post.body.trim()).toBe('Bones, 6 hours.');
  });

  it('unplans a post with a null date and leaves its channel alone', async () => {
    await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' });
    await movePost(root, planner, { id: 'ideas/soup', date: null, channel: 'blog' });
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data.plannedFor).toBeUndefined();
    expect(post.data.channel).toBe('wechat');
  });

  it('turns a scheduled post back into a draft when it is unplanned, so it shows among the ideas', async () => {
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('status: idea', 'status: scheduled\nplannedFor: 2026-12-01'));
    await movePost(root, planner, { id: 'ideas/soup', date: null });
    const { post } = await readPost(root, 'ideas/soup');
    expect(post.data.status).toBe('draft');
    expect(post.data.plannedFor).toBeUndefined();
  });

  it('refuses a stale revision and an unknown channel, writing nothing', async () => {
    const before = readFileSync(file(), 'utf8');
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', revision: 'old' })).toMatchObject({ status: 409 });
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'tiktok' })).toMatchObject({ status: 400 });
    expect(await movePost(root, planner, { id: 'ideas/none', date: '2026-12-08' })).toMatchObject({ status: 404 });
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
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat', moveIdea: true });
    expect(outcome).toMatchObject({ id: 'wechat/soup' });
    const { post } = await readPost(root, 'wechat/soup');
    expect(post.data).toMatchObject({ plannedFor: '2026-12-08', channel: 'wechat', source: 'notebook' });
    await expect(readPost(root, 'ideas/soup')).rejects.toThrow();
  });

  it('takes a typed id, and stays in ideas/ when the offer is unticked', async () => {
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: false })).toMatchObject({ id: 'ideas/soup' });
    expect(await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-09', moveIdea: true, moveIdeaTo: '2026/冬至汤' })).toMatchObject({ id: '2026/冬至汤' });
    expect((await readPost(root, '2026/冬至汤')).post.data.plannedFor).toBe('2026-12-09');
  });

  it('goes to a numbered id (-2) when the suggested one in the channel folder is taken', async () => {
    mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
    writeFileSync(join(root, 'content/posts/blog/soup.md'), '---\ntitle: Other soup\nchannel: blog\nstatus: draft\n---\n');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: true });
    expect(outcome).toMatchObject({ id: 'blog/soup-2' });
    expect(outcome).not.toHaveProperty('moveError');
    expect((await readPost(root, 'blog/soup-2')).post.data.plannedFor).toBe('2026-12-08');
    expect((await readPost(root, 'blog/soup')).post.data.title).toBe('Other soup');
  });

  it('stays planned under its old id, with the reason, when the id typed already exists', async () => {
    mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
    writeFileSync(join(root, 'content/posts/blog/soup.md'), '---\ntitle: Other soup\nchannel: blog\nstatus: draft\n---\n');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', moveIdea: true, moveIdeaTo: 'blog/soup' });
    expect(outcome).toMatchObject({ id: 'ideas/soup' });
    expect(outcome).toHaveProperty('moveError');
    expect((await readPost(root, 'ideas/soup')).post.data.plannedFor).toBe('2026-12-08');
    expect((await readPost(root, 'blog/soup')).post.data.title).toBe('Other soup');
  });

  it('a new draft under drafts/ is offered the same, without doubling a channel folder it already has, and undoes back', async () => {
    mkdirSync(join(root, 'content/posts/drafts/wechat'), { recursive: true });
    writeFileSync(join(root, 'content/posts/drafts/wechat/jiaozi.md'), '---\ntitle: Jiaozi\nchannel: wechat\nstatus: draft\n---\n\nDough.\n');
    const outcome = await movePost(root, planner, { id: 'drafts/wechat/jiaozi', date: '2026-12-08', channel: 'wechat', moveIdea: true });
    expect(outcome).toMatchObject({ id: 'wechat/jiaozi' });
    expect((await readPost(root, 'wechat/jiaozi')).post.data.plannedFor).toBe('2026-12-08');
    if (!('undo' in outcome)) throw new Error('expected a move');
    expect(await movePost(root, planner, outcome.undo)).toMatchObject({ id: 'drafts/wechat/jiaozi' });
  });

  it('is never moved when it is unplanned or not under ideas/, and the request reads the offer', async () => {
    expect(await movePost(root, planner, { id: 'ideas/soup', date: null, moveIdea: true })).toMatchObject({ id: 'ideas/soup' });
    expect(readMoveRequest({ id: 'a', date: '2026-12-08', moveIdea: true, moveIdeaTo: 'blog/a' })).toEqual({ move: { id: 'a', date: '2026-12-08', channel: undefined, revision: undefined, moveIdea: true, moveIdeaTo: 'blog/a' } });
    expect(readMoveRequest({ id: 'a', date: null, moveIdea: true, moveIdeaTo: 3 })).toHaveProperty('errors.moveIdeaTo');
  });
});

describe('undoing a move', () => {
  it('puts the file back byte for byte after planning an idea onto another channel\'s slot and moving it out of ideas/', async () => {
    writeFileSync(file(), '---\ntitle: Winter soup\nchannel: blog\nstatus: idea\n---\n\nBones, 6 hours.\n');
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat', moveIdea: true });
    if (!('undo' in outcome)) throw new Error('the move failed');
    expect(await movePost(root, planner, outcome.undo)).toHaveProperty('id', 'ideas/soup');
    expect(readFileSync(file(), 'utf8')).toBe(before);
    await expect(readPost(root, 'wechat/soup')).rejects.toThrow();
  });

  it('gives an unplanned scheduled post back its date and status', async () => {
    writeFileSync(file(), '---\ntitle: Winter soup\nchannel: blog\nstatus: scheduled\nplannedFor: 2026-12-01\n---\n\nBones.\n');
    const before = readFileSync(file(), 'utf8');
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: null });
    if (!('undo' in outcome)) throw new Error('the move failed');
    await movePost(root, planner, outcome.undo);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });

  it('never overwrites a file changed on disk since the move, and says so', async () => {
    const outcome = await movePost(root, planner, { id: 'ideas/soup', date: '2026-12-08', channel: 'wechat' });
    if (!('undo' in outcome)) throw new Error('the move failed');
    writeFileSync(file(), readFileSync(file(), 'utf8').replace('Bones', 'Beef bones'));
    const edited = readFileSync(file(), 'utf8');
    expect(await movePost(root, planner, outcome.undo)).toMatchObject({ status: 409, errors: { form: expect.stringMatching(/changed on disk/) } });
    expect(readFileSync(file(), 'utf8')).toBe(edited);
  });

  it('reads the restore part of a request and refuses an unknown status', () => {
    expect(readMoveRequest({ id: 'a', date: null, restore: { channel: 'blog', status: 'idea', id: 'ideas/a' } })).toMatchObject({ move: { restore: { channel: 'blog', status: 'idea', id: 'ideas/a' } } });
    expect(readMoveRequest({ id: 'a', date: null, restore: { status: 'gone' } })).toHaveProperty('errors.status');
  });
});
