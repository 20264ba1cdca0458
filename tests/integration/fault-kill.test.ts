/**
 * Faults: a child process saving in a loop is SIGKILLed at a random moment. Afterwards the file
 * reads back as one complete state the child could have written (or the one before), and the
 * lock the dead child may have left does not stop the next save beyond its stale timeout.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readPlanner, updatePlanner } from '../../src/store/planner-store.ts';
import { createPost, listPosts, readPost, savePost } from '../../src/store/posts.ts';
import { createRng, fuzzSeed } from './fuzz-helpers.ts';
import { PROJECT, tempRoot } from './helpers.ts';

// proper-lockfile's floor: a lock left by a killed child is taken over after 2 s, not 10 s.
const STALE_MS = '2000';
const STORE = JSON.stringify(join(PROJECT, 'src/store/planner-store.ts'));
const POSTS = JSON.stringify(join(PROJECT, 'src/store/posts.ts'));
// Shared by the child (as source) and the test: the state written by save i of a round.
const AUDIENCE_JS = `(round, i) => 'r' + round + '-' + i + '|' + 'x'.repeat(i % 4 === 0 ? 300000 : 50 * i)`;
const BODY_JS = `(i) => 'Braised pork, step ' + i + '. ' + 'Simmer with soy sauce. '.repeat(i % 3 === 0 ? 20000 : 10 + i)`;
const audienceOf = new Function(`return ${AUDIENCE_JS}`)() as (round: number, i: number) => string;
const bodyOf = new Function(`return ${BODY_JS}`)() as (i: number) => string;

let root: string;
let cleanup: () => void;
const savedEnv = process.env.THROUGHLINE_LOCK_STALE_MS;
beforeAll(() => {
  ({ root, cleanup } = tempRoot());
  process.env.THROUGHLINE_LOCK_STALE_MS = STALE_MS;
});
afterAll(() => {
  cleanup();
  if (savedEnv === undefined) delete process.env.THROUGHLINE_LOCK_STALE_MS;
  else process.env.THROUGHLINE_LOCK_STALE_MS = savedEnv;
});

/** Runs `loop` (module source) in a child, waits until it says "ready", then `delay` ms, then SIGKILL. */
async function killDuring(loop: string, delay: number): Promise<void> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', loop], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, THROUGHLINE_LOCK_STALE_MS: STALE_MS },
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, delay));
  child.kill('SIGKILL');
  await exited;
}

describe('a process killed while saving planner.json', () => {
  const seed = fuzzSeed(515);
  test(`leaves a complete old or new file, and the next save succeeds, 15 rounds (seed ${seed})`, async () => {
    const rng = createRng(seed);
    let previous = (await readPlanner(root)).brand.audience;
    const reached: number[] = [];
    for (let round = 1; round <= 15; round++) {
      const delay = rng.int(400);
      const where = `seed ${seed}, round ${round}, killed ${delay} ms after its first save`;
      await killDuring(
        `import { updatePlanner } from ${STORE};
         const audienceOf = ${AUDIENCE_JS};
         for (let i = 1; i <= 100; i++) {
           await updatePlanner(${JSON.stringify(root)}, (p) => { p.brand.audience = audienceOf(${round}, i); });
           // After the first save: on a loaded machine a first save can take longer than any
           // delay below, and every kill then landed before it (nothing under test).
           if (i === 1) process.stdout.write('ready\\n');
         }`,
        delay,
      );
      const audience = (await readPlanner(root)).brand.audience;
      const counter = /^r(\d+)-(\d+)\|/.exec(audience);
      if (counter && Number(counter[1]) === round) reached.push(Number(counter[2]));
      const states = [previous, ...(counter && Number(counter[1]) === round ? [audienceOf(round, Number(counter[2]))] : [])];
      expect(states.includes(audience), `${where}: read ${audience.slice(0, 40)}... (${audience.length} chars)`).toBe(true);
      // The dead child may hold the lock; this save waits at most the stale timeout, then takes it.
      const next = await updatePlanner(root, (p) => void (p.brand.label = `After round ${round}`));
      expect(next.brand.audience, where).toBe(audience);
      expect((await readPlanner(root)).brand.label, where).toBe(`After round ${round}`);
      previous = audience;
    }
    // Not vacuous: the kills landed after saves had begun, at different points of the loop.
    expect(new Set(reached).size, `seed ${seed}: saves reached ${reached.join(', ')}`).toBeGreaterThan(1);
  });
});

describe('a process killed while writing posts', () => {
  const seed = fuzzSeed(616);
  test(`leaves each new post absent or complete (createPost), 3 rounds (seed ${seed})`, async () => {
    const rng = createRng(seed);
    for (let round = 1; round <= 3; round++) {
      const where = `seed ${seed}, round ${round}`;
      await killDuring(
        `import { createPost } from ${POSTS};
         const bodyOf = ${BODY_JS};
         process.stdout.write('ready\\n');
         for (let i = 1; i <= 100; i++)
           await createPost(${JSON.stringify(root)}, 'kill/c${round}-' + i, { frontmatter: { title: 'Post ' + i, channel: 'blog', status: 'draft' }, body: bodyOf(i) });`,
        rng.int(400),
      );
      const { posts, problems } = await listPosts(root);
      expect(problems.map((p) => p.format()), where).toEqual([]);
      for (const post of posts.filter((p) => p.id.startsWith(`kill/c${round}-`))) {
        const i = Number(post.id.split('-').at(-1));
        expect(post.data.title, `${where}: ${post.id}`).toBe(`Post ${i}`);
        expect(post.body.trim(), `${where}: ${post.id}`).toBe(bodyOf(i).trim());
      }
      const fresh = await createPost(root, `kill/after-${round}`, { frontmatter: { title: 'After', channel: 'blog', status: 'idea' }, body: 'x' });
      expect(fresh.file, where).toBe(`content/posts/kill/after-${round}.mdx`);
    }
  });

  test(`leaves the edited post old or complete (savePost), and the next save succeeds, 3 rounds (seed ${seed})`, async () => {
    const rng = createRng(seed + 1);
    await createPost(root, 'kill/saved', { frontmatter: { title: 'S 0-0', channel: 'blog', status: 'draft' }, body: bodyOf(0) });
    let previous = 'S 0-0';
    for (let round = 1; round <= 3; round++) {
      const where = `seed ${seed + 1}, round ${round}`;
      await killDuring(
        `import { savePost } from ${POSTS};
         const bodyOf = ${BODY_JS};
         process.stdout.write('ready\\n');
         for (let i = 1; i <= 100; i++)
           await savePost(${JSON.stringify(root)}, 'kill/saved', { frontmatter: { title: 'S ${round}-' + i, channel: 'blog', status: 'draft' }, body: bodyOf(i) });`,
        rng.int(400),
      );
      const { post, revision } = await readPost(root, 'kill/saved');
      const title = String(post.data.title);
      const [r, i] = title.slice(2).split('-').map(Number) as [number, number];
      expect(title === previous || r === round, `${where}: title ${title}`).toBe(true);
      expect(post.body.trim(), `${where}: ${title}`).toBe(bodyOf(i).trim());
      await savePost(root, 'kill/saved', { frontmatter: { title, channel: 'blog', status: 'idea' }, body: bodyOf(i) }, { expectedRevision: revision });
      expect((await readPost(root, 'kill/saved')).post.data.status, where).toBe('idea');
      previous = title;
    }
  });
});
