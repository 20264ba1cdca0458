import { cpSync, mkdtempSync, rmSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProject } from '../../../../src/store/project.ts';
import { cachedPostTimes, readCachedProject } from '../../../../src/studio/shared/project-cache.ts';
import { memoizeOn } from '../../../../src/studio/shared/memo.ts';
import { sampleRoot } from '../../../support/sample.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tl-cache-'));
  cpSync(join(sampleRoot(), 'content'), join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the studio project cache', () => {
  it('answers exactly what the store reads: posts, order and problems', async () => {
    writeFileSync(join(root, 'content/posts/broken.md'), '---\ntitle: [unclosed\n---\n');
    const fresh = await readProject(root);
    const cached = await readCachedProject(root);
    expect(cached.posts).toEqual(fresh.posts);
    expect(cached.problems.map((p) => p.format())).toEqual(fresh.problems.map((p) => p.format()));
  });

  it('returns the same posts array while nothing changed, and re-reads a file that changed', async () => {
    const first = await readCachedProject(root);
    expect((await readCachedProject(root)).posts).toBe(first.posts);
    const file = join(root, 'content/posts/drafts/crypto-portfolio.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Why I rebalanced', 'Why I sold'));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const second = await readCachedProject(root);
    expect(second.posts).not.toBe(first.posts);
    expect(second.posts.find((p) => p.id === 'drafts/crypto-portfolio')?.data.title).toMatch(/^Why I sold/);
    expect(cachedPostTimes(root, second.posts).get('drafts/crypto-portfolio')).toBeGreaterThan(Date.now());
  });

  it('tells a failing file of its unknown channel at once, and stops once the planner has it, the file unchanged', async () => {
    writeFileSync(join(root, 'content/posts/bad.md'), '---\ntitle: T\nchannel: podcast\nstatus: 草稿\n---\n');
    const first = await readCachedProject(root);
    const said = first.problems.find((p) => p.file === 'content/posts/bad.md')!.format('en');
    expect(said).toMatch(/^content\/posts\/bad\.md: status: /);
    expect(said).toContain('channel: unknown channel "podcast"');
    expect(first.problems.map((p) => p.format())).toEqual((await readProject(root)).problems.map((p) => p.format()));
    const plannerFile = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(plannerFile, 'utf8'));
    planner.channels.push({ ...planner.channels[0], id: 'podcast', name: 'Podcast' });
    writeFileSync(plannerFile, JSON.stringify(planner));
    const second = await readCachedProject(root);
    expect(second.posts).toBe(first.posts);
    expect(second.problems.find((p) => p.file === 'content/posts/bad.md')!.format('en')).not.toContain('unknown channel');
  });

  it('notices a new and a deleted post file', async () => {
    const before = (await readCachedProject(root)).posts.length;
    writeFileSync(join(root, 'content/posts/new-one.md'), '---\ntitle: New\nchannel: blog\nstatus: idea\n---\n');
    expect((await readCachedProject(root)).posts.length).toBe(before + 1);
    rmSync(join(root, 'content/posts/new-one.md'));
    expect((await readCachedProject(root)).posts.length).toBe(before);
  });
});

describe('memoizeOn', () => {
  it('computes once per anchor and key, and again for a new key or a new anchor', () => {
    let runs = 0;
    const anchor = {};
    const compute = () => ++runs;
    expect(memoizeOn(anchor, 'a', compute)).toBe(1);
    expect(memoizeOn(anchor, 'a', compute)).toBe(1);
    expect(memoizeOn(anchor, 'b', compute)).toBe(2);
    expect(memoizeOn({}, 'a', compute)).toBe(3);
  });
});
