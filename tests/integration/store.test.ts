import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ThroughlineError } from '../../src/core/errors.ts';
import { readPlanner, updatePlanner, createPlanner } from '../../src/store/planner-store.ts';
import { deletePost, movePost } from '../../src/store/post-files.ts';
import { createPost, listPosts, readPost, savePost } from '../../src/store/posts.ts';
import { PROJECT, emptyRoot, tempRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function sample() {
  const t = tempRoot();
  cleanups.push(t.cleanup);
  return t.root;
}

const plannerFile = (root: string) => join(root, 'content/planner.json');

async function rejection(promise: Promise<unknown>): Promise<ThroughlineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ThroughlineError) return error;
    throw error;
  }
  throw new Error('expected a ThroughlineError');
}

describe('planner store', () => {
  test('reads the sample brand', async () => {
    const planner = await readPlanner(sample());
    expect(planner.brand.label).toBe('The home cook who photographs her food');
    expect(planner.channels.map((c) => c.id)).toEqual(['blog', 'wechat']);
  });

  test('says how to create the file when there is none', async () => {
    const { root, cleanup } = emptyRoot();
    cleanups.push(cleanup);
    const error = await rejection(readPlanner(root));
    expect(error.format()).toMatch(/content\/planner.json: there is no planner file here\n  hint: run "npm run throughline -- init"/);
  });

  test('writes a change to disk through a real file adapter', async () => {
    const root = sample();
    await updatePlanner(root, (p) => {
      p.brand.label = 'The cook who photographs food';
    });
    expect(JSON.parse(readFileSync(plannerFile(root), 'utf8')).brand.label).toBe('The cook who photographs food');
    expect(readdirSync(join(root, 'content')).filter((f) => f.includes('tmp') || f.endsWith('.lock'))).toEqual([]);
  });

  test('keeps the file\'s own layout when it saves a change: indentation, line endings and the order of its keys', async () => {
    // User report (issue 15): "On theme after all" on a planner.json written with 4 spaces, CRLF
    // and "channels" before "brand" rewrote every line of it (2 spaces, LF, the schema's order),
    // so the one-id change was a whole-file diff in the author's git history.
    const root = sample();
    const original = JSON.parse(readFileSync(plannerFile(root), 'utf8'));
    const { channels, ...rest } = original;
    const mine = { channels, ...rest, 'x-notes': 'kept' };
    const layout = (value: unknown) => `${JSON.stringify(value, null, 4).replace(/\n/g, '\r\n')}\r\n`;
    writeFileSync(plannerFile(root), layout(mine));
    await updatePlanner(root, (p) => {
      p.theme = { ...p.theme, acceptedOnTheme: [...(p.theme?.acceptedOnTheme ?? []), 'drafts/x'] };
    });
    const expected = { ...mine, theme: { ...mine.theme, acceptedOnTheme: [...(mine.theme?.acceptedOnTheme ?? []), 'drafts/x'] } };
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(layout(expected));
  });

  // A trial (issue 15): "On theme after all" on the sample changed 72 lines of planner.json: every
  // one-line keywords list was expanded, and defaults the file leaves out were written.
  test('saves only the lines a change touches: one-line lists, one-line items and left-out defaults stay as written', async () => {
    const root = sample();
    const original = readFileSync(plannerFile(root), 'utf8');
    await updatePlanner(root, (p) => {
      p.theme = { ...p.theme, acceptedOnTheme: [...(p.theme?.acceptedOnTheme ?? []), 'drafts/x'] };
    });
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(original.replace(/\n  \]\n\}\n$/, '\n  ],\n  "theme": {\n    "acceptedOnTheme": [\n      "drafts/x"\n    ]\n  }\n}\n'));
    // One keyword more: its list stays on its one line, and only that line changes.
    const before = readFileSync(plannerFile(root), 'utf8').split('\n');
    await updatePlanner(root, (p) => void p.brand.pillars[0]!.keywords!.push('dumplings'));
    const after = readFileSync(plannerFile(root), 'utf8').split('\n');
    expect(after.length).toBe(before.length);
    const changed = after.flatMap((line, i) => (line === before[i] ? [] : [line]));
    expect(changed).toEqual([before.find((l) => l.includes('"stir-fry"'))!.replace('"面条"]', '"面条", "dumplings"]')]);
    // A break more goes on a line of its own, written as the one beside it; a channel fewer takes only its lines.
    await updatePlanner(root, (p) => {
      p.breaks = [...(p.breaks ?? []), { from: '2027-02-10', to: '2027-02-17', reason: 'Spring Festival' }];
      p.channels = p.channels.filter((c) => c.id !== 'wechat');
    });
    const text = readFileSync(plannerFile(root), 'utf8');
    expect(text).toContain('    { "from": "2026-10-01", "to": "2026-10-07", "reason": "National Day holiday" },\n    { "from": "2027-02-10", "to": "2027-02-17", "reason": "Spring Festival" }\n');
    expect(text).not.toContain('wechat');
    expect(text).toContain('      "pillars": ["recipes", "food-photography", "kitchen-stories"]\n    }\n  ],\n');
    expect(text).not.toMatch(/"impressions": \[\]|"history"/);
    expect((await readPlanner(root)).breaks).toHaveLength(2);
  });

  test('never overwrites a file that fails validation', async () => {
    const root = sample();
    const broken = readFileSync(plannerFile(root), 'utf8').replace('"Asia/Shanghai"', '"Nowhere/Town"');
    writeFileSync(plannerFile(root), broken);
    const error = await rejection(updatePlanner(root, (p) => void (p.brand.name = 'X')));
    expect(error.field).toBe('brand.timezone');
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(broken);
  });

  test('never overwrites a file that is not JSON', async () => {
    const root = sample();
    writeFileSync(plannerFile(root), '{ "version": 1,');
    await rejection(updatePlanner(root, (p) => void (p.brand.name = 'X')));
    expect(readFileSync(plannerFile(root), 'utf8')).toBe('{ "version": 1,');
  });

  test('refuses a change that would make the file invalid and keeps the old one', async () => {
    const root = sample();
    const before = readFileSync(plannerFile(root), 'utf8');
    const error = await rejection(updatePlanner(root, (p) => void (p.brand.pillars = [])));
    expect(error.field).toBe('brand.pillars');
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(before);
  });

  test('loses nothing when fifty saves run at once in one process', async () => {
    const root = sample();
    await Promise.all(Array.from({ length: 50 }, (_, i) => updatePlanner(root, (p) => void p.brand.strengths.push(`s${i}`))));
    const strengths = (await readPlanner(root)).brand.strengths;
    expect(strengths.filter((s) => /^s\d+$/.test(s)).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `s${i}`).sort());
  });

  test('loses nothing when four processes save at once', async () => {
    const root = sample();
    const script = (n: number) => `
      import { updatePlanner } from ${JSON.stringify(join(PROJECT, 'src/store/planner-store.ts'))};
      for (let i = 0; i < 10; i++) await updatePlanner(${JSON.stringify(root)}, (p) => void p.brand.strengths.push('p${n}-' + i));
    `;
    await Promise.all(
      [0, 1, 2, 3].map(
        (n) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, ['--input-type=module', '-e', script(n)], { stdio: 'inherit' });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child exited ${code}`))));
          }),
      ),
    );
    const added = (await readPlanner(root)).brand.strengths.filter((s) => s.startsWith('p'));
    expect(added).toHaveLength(40);
  });

  test('leaves either the old or the new file when a saving process is killed', async () => {
    const root = sample();
    const script = `
      import { updatePlanner } from ${JSON.stringify(join(PROJECT, 'src/store/planner-store.ts'))};
      for (let i = 0; ; i++) await updatePlanner(${JSON.stringify(root)}, (p) => { p.brand.audience = 'x'.repeat(20000 + (i % 7) * 1000) + i; });
    `;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 150 + ((round * 37) % 200)));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const planner = await readPlanner(root);
      expect(planner.brand.name).toBe('Mei Lin');
    }
  });

  test('creates a planner and refuses to replace it without force', async () => {
    const { root, cleanup } = emptyRoot();
    cleanups.push(cleanup);
    const planner = await readPlanner(sample());
    await createPlanner(root, planner);
    const error = await rejection(createPlanner(root, { ...planner, brand: { ...planner.brand, name: 'Other' } }));
    expect(error.hint).toMatch(/--force/);
    expect((await readPlanner(root)).brand.name).toBe('Mei Lin');
    await createPlanner(root, { ...planner, brand: { ...planner.brand, name: 'Other' } }, { force: true });
    expect((await readPlanner(root)).brand.name).toBe('Other');
  });
});

describe('post store', () => {
  test('never gives a post the address of another (x beside a folder post x/index), but moves a folder post to its own', async () => {
    const root = sample();
    const posts = join(root, 'content/posts');
    mkdirSync(join(posts, 'blog/soup'), { recursive: true });
    writeFileSync(join(posts, 'blog/soup/index.md'), '---\ntitle: Soup\nchannel: blog\nstatus: draft\n---\n\nBroth.\n');
    const before = readdirSync(join(posts, 'blog'));
    const refused = await rejection(movePost(root, 'drafts/winter-soup-photos', 'blog/soup'));
    expect(refused.message).toContain('/posts/blog/soup/');
    expect(refused.messageIn('zh')).toContain('blog/soup/index');
    expect(readdirSync(join(posts, 'blog'))).toEqual(before);
    expect(readFileSync(join(posts, 'drafts/winter-soup-photos.mdx'), 'utf8')).toContain('title:');
    await expect(createPost(root, 'blog/soup', { frontmatter: { title: 'T', channel: 'blog', status: 'draft' }, body: 'x' })).rejects.toThrow(/already that of post "blog\/soup\/index"/);
    // The other way round, and a folder post moved to a file at its own address.
    await createPost(root, 'blog/stew', { frontmatter: { title: 'Stew', channel: 'blog', status: 'draft' }, body: 'x' });
    await expect(createPost(root, 'blog/stew/index', { frontmatter: { title: 'T', channel: 'blog', status: 'draft' }, body: 'x' })).rejects.toThrow(/\/posts\/blog\/stew\//);
    // A folder post moved to its own address stays the folder post it is (a move keeps folders).
    const soup = readFileSync(join(posts, 'blog/soup/index.md'), 'utf8');
    expect((await movePost(root, 'blog/soup/index', 'blog/soup')).file).toBe('content/posts/blog/soup/index.md');
    expect(readFileSync(join(posts, 'blog/soup/index.md'), 'utf8')).toBe(soup);
    const listed = await listPosts(root);
    expect(listed.posts.map((p) => p.id)).toContain('blog/soup/index');
    expect(listed.problems).toEqual([]);
  });

  test('a post marked "on theme after all" keeps the mark when it is renamed or moved, and a deleted one leaves no stale id', async () => {
    const root = sample();
    await updatePlanner(root, (p) => {
      p.theme = { threshold: 0.4, acceptedOnTheme: ['drafts/crypto-portfolio', 'drafts/winter-soup-photos'] };
      return p;
    });
    await movePost(root, 'drafts/crypto-portfolio', '2026/crypto-portfolio');
    expect((await readPlanner(root)).theme).toEqual({ threshold: 0.4, acceptedOnTheme: ['2026/crypto-portfolio', 'drafts/winter-soup-photos'] });
    await movePost(root, '2026/crypto-portfolio', 'drafts/crypto-portfolio');
    expect((await readPlanner(root)).theme?.acceptedOnTheme).toEqual(['drafts/crypto-portfolio', 'drafts/winter-soup-photos']);

    const untouched = readFileSync(plannerFile(root), 'utf8');
    await movePost(root, '2026/red-braised-pork', '2026/hong-shao-rou');
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(untouched);

    await deletePost(root, 'drafts/winter-soup-photos');
    expect((await readPlanner(root)).theme?.acceptedOnTheme).toEqual(['drafts/crypto-portfolio']);
  });

  // Before, a renamed post left its old id in brand.retiredPillars[i].posts, and the retired
  // pillar's page (which lists those ids still published) lost it.
  test('a post listed on a retired pillar\'s page stays listed when renamed, and a deleted one leaves no stale id', async () => {
    const root = sample();
    await updatePlanner(root, (p) => {
      p.brand.retiredPillars = [{ id: 'travel', name: 'Travel', posts: ['2026/red-braised-pork', 'drafts/winter-soup-photos'], note: 'kept' } as never];
      return p;
    });
    await movePost(root, '2026/red-braised-pork', '2026/hong-shao-rou');
    expect((await readPlanner(root)).brand.retiredPillars).toEqual([{ id: 'travel', name: 'Travel', posts: ['2026/hong-shao-rou', 'drafts/winter-soup-photos'], note: 'kept' }]);
    await deletePost(root, 'drafts/winter-soup-photos');
    expect((await readPlanner(root)).brand.retiredPillars).toEqual([{ id: 'travel', name: 'Travel', posts: ['2026/hong-shao-rou'], note: 'kept' }]);
    await deletePost(root, '2026/hong-shao-rou');
    expect((await readPlanner(root)).brand.retiredPillars).toEqual([{ id: 'travel', name: 'Travel', note: 'kept' }]);
  });

  // Before, renaming an original left its copies naming no post (check: copyOf names no post), and
  // deleting it left them with no page.
  test('a copy (copyOf) follows its original when the original is renamed, and an original with copies is not deleted', async () => {
    const root = sample();
    await createPost(root, 'blog/pork-on-devto', { frontmatter: { title: 'Red-braised pork', channel: 'blog', status: 'published', publishedAt: '2026-09-04', copyOf: '2026/red-braised-pork' }, body: 'The same braise.\n' });
    await movePost(root, '2026/red-braised-pork', '2026/hong-shao-rou');
    expect((await readPost(root, 'blog/pork-on-devto')).post.data.copyOf).toBe('2026/hong-shao-rou');
    // A post that is no copy is not rewritten.
    const other = readFileSync(join(root, 'content/posts/2026/tomato-egg-stir-fry.md'), 'utf8');
    await movePost(root, '2026/hong-shao-rou', '2026/red-braised-pork');
    expect((await readPost(root, 'blog/pork-on-devto')).post.data.copyOf).toBe('2026/red-braised-pork');
    expect(readFileSync(join(root, 'content/posts/2026/tomato-egg-stir-fry.md'), 'utf8')).toBe(other);

    const refused = await rejection(deletePost(root, '2026/red-braised-pork'));
    expect(refused.file).toBe('content/posts/2026/red-braised-pork.mdx');
    expect(refused.field).toBe('copyOf');
    expect(refused.message).toMatch(/^a post is a copy of this one \(copyOf: 2026\/red-braised-pork\): content\/posts\/blog\/pork-on-devto\.mdx; nothing was deleted$/);
    expect((await readPost(root, '2026/red-braised-pork')).post.file).toBe('content/posts/2026/red-braised-pork.mdx');
    await deletePost(root, 'blog/pork-on-devto');
    await deletePost(root, '2026/red-braised-pork');
    expect((await listPosts(root)).posts.map((p) => p.id)).not.toContain('2026/red-braised-pork');
  });

  test('renaming then deleting the last post marked "on theme after all" leaves no empty theme: the file as it was, or the threshold and an empty list', async () => {
    const root = sample();
    const original = readFileSync(plannerFile(root), 'utf8');
    await updatePlanner(root, (p) => ({ ...p, theme: { acceptedOnTheme: ['drafts/crypto-portfolio'] } }));
    await movePost(root, 'drafts/crypto-portfolio', '2026/crypto-portfolio');
    expect(JSON.parse(readFileSync(plannerFile(root), 'utf8')).theme).toEqual({ acceptedOnTheme: ['2026/crypto-portfolio'] });
    await deletePost(root, '2026/crypto-portfolio');
    expect(readFileSync(plannerFile(root), 'utf8')).toBe(original);

    await updatePlanner(root, (p) => ({ ...p, theme: { threshold: 0.4, acceptedOnTheme: ['drafts/winter-soup-photos'] } }));
    await deletePost(root, 'drafts/winter-soup-photos');
    expect(JSON.parse(readFileSync(plannerFile(root), 'utf8')).theme).toEqual({ threshold: 0.4, acceptedOnTheme: [] });
  });

  test('lists the sample posts with the contract ids', async () => {
    const { posts, problems } = await listPosts(sample());
    expect(problems).toEqual([]);
    expect(posts.map((p) => p.id)).toContain('2026/red-braised-pork');
    expect(posts.find((p) => p.id === '2026/tomato-egg-stir-fry')!.file).toBe('content/posts/2026/tomato-egg-stir-fry.md');
  });

  test('reports a post with bad frontmatter by file and field instead of failing the list', async () => {
    const root = sample();
    writeFileSync(join(root, 'content/posts/bad.mdx'), '---\ntitle: Bad\nchannel: blog\nstatus: live\n---\n');
    const { problems } = await listPosts(root);
    expect(problems.map((p) => [p.file, p.field])).toEqual([['content/posts/bad.mdx', 'status']]);
  });

  test('creates a post and refuses to overwrite it', async () => {
    const root = sample();
    const created = await createPost(root, 'drafts/new-one', { frontmatter: { title: 'New', channel: 'blog', status: 'idea' }, body: 'Hi' });
    expect(created.file).toBe('content/posts/drafts/new-one.mdx');
    const error = await rejection(createPost(root, 'drafts/new-one', { frontmatter: { title: 'Other', channel: 'blog', status: 'idea' }, body: '' }));
    expect(error.message).toMatch(/already exists/);
    expect(readFileSync(join(root, created.file), 'utf8')).toContain('title: New');
  });

  test.each([['../escape'], ['/etc/passwd'], ['a/../../b'], ['.hidden'], ['with space'], ['']])('refuses the post id %j', async (id) => {
    const root = sample();
    const error = await rejection(createPost(root, id, { frontmatter: { title: 'x', channel: 'blog', status: 'idea' }, body: '' }));
    expect(error.field).toBe('id');
  });

  test('refuses a path that leads out through a symbolic link', async () => {
    const root = sample();
    const outside = join(root, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, join(root, 'content/posts/link'));
    const error = await rejection(createPost(root, 'link/evil', { frontmatter: { title: 'x', channel: 'blog', status: 'idea' }, body: '' }));
    expect(error.message).toMatch(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('refuses a stale edit and keeps the newer file', async () => {
    const root = sample();
    const { post, revision } = await readPost(root, 'drafts/winter-soup-photos');
    await savePost(root, post.id, { frontmatter: { ...post.data, title: 'First tab' }, body: post.body }, { expectedRevision: revision });
    const error = await rejection(savePost(root, post.id, { frontmatter: { ...post.data, title: 'Second tab' }, body: post.body }, { expectedRevision: revision }));
    expect(error.message).toMatch(/changed on disk/);
    expect((await readPost(root, post.id)).post.data.title).toBe('First tab');
  });
});
