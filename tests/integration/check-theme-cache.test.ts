/**
 * The theme results cache (src/store/theme-results-cache.ts): a check with it prints exactly the
 * report of a check without it, after every kind of change that alters a result (a draft edited,
 * a post published, the brand text, a pillar's keywords, the threshold, accepted posts, the
 * scoring code), and a damaged cache file is ignored, never served and never a crash. The same
 * for the term cache's vocabulary table (src/store/theme-vocab-table.ts).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8, { serialize } from 'node:v8';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCheckReport, type ThemeResultStore } from '../../src/core/check.ts';
import { modelKeyOf } from '../../src/core/check-report.ts';
import type { Planner } from '../../src/core/schema/planner.ts';
import type { Post } from '../../src/core/schema/post.ts';
import { loadProject } from '../../src/store/project.ts';
import { openThemeResults, themeModelFile, themeResultsFile } from '../../src/store/theme-results-cache.ts';
import { openTermCache, unpackStored } from '../../src/store/theme-term-cache.ts';
import { BASIC, runCli, tempRootsPerTest } from './helpers.ts';

const NOW = Date.parse('2026-11-12T00:00:00Z');
const copy = tempRootsPerTest();
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const cacheDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'throughline-results-'));
  dirs.push(d);
  return d;
};

/** One check with both caches in `dir`; `scored` counts the posts scored afresh (results set). */
function cachedCheck(root: string, dir: string, planner: Planner, posts: Post[], code = 'code-1') {
  const terms = openTermCache(root, dir);
  const results = openThemeResults(root, dir, code);
  let scored = 0;
  let stagesScored = 0;
  let calibrated = 0;
  const store: ThemeResultStore = {
    results(inputs, stageInputs, calibrationInputs) {
      const r = results.results(inputs, stageInputs, calibrationInputs);
      const before = new Map<string, number>();
      const known = (a: Float64Array) => a.filter((x) => !Number.isNaN(x)).length;
      return {
        get: r.get,
        stages: (key) => {
          const a = r.stages(key);
          before.set(key, known(a));
          return a;
        },
        set: (key, result, stages) => {
          scored++;
          stagesScored += known(stages) - (before.get(key) ?? 0);
          r.set(key, result, stages);
        },
        calibrations: { get: (key) => r.calibrations!.get(key), set: (key, c) => (calibrated++, r.calibrations!.set(key, c)) },
        bags: r.bags,
        snapshot: r.snapshot,
      };
    },
  };
  // The posts whose terms this check asked for (read afresh or from the term cache).
  const read: string[] = [];
  const termsOf = (post: Post) => (read.push(post.id), terms.termsOf(post));
  const report = buildCheckReport({ planner, posts, now: NOW, termsOf, themeCache: { keyOf: terms.keyOf, store } });
  terms.save();
  results.save();
  return { json: JSON.stringify(report), scored, stagesScored, calibrated, read };
}

const freshCheck = (planner: Planner, posts: Post[]) => JSON.stringify(buildCheckReport({ planner, posts, now: NOW }));
const scoreOf = (json: string, id: string) => (JSON.parse(json).posts as { id: string; theme: { score: number } | null }[]).find((p) => p.id === id)?.theme?.score;

async function project() {
  const root = copy(BASIC);
  const { planner, posts } = await loadProject(root);
  const template = posts.find((p) => p.id === 'offtheme')!;
  const draft = (id: string, body: string): Post => ({ ...template, id, file: `content/posts/${id}.md`, data: { ...template.data, title: id }, body });
  // Drafts of both languages and both sides of the threshold, so that stages and calibrations are asked.
  const extra = [
    draft('noodles', 'Braise the pork belly in soy sauce, then simmer the noodles in the stock and photograph the bowl in window light.'),
    draft('jiaozi', '冬至包饺子：猪肉馅里加姜水和生抽，面皮要擀得中间厚边上薄，煮的时候点三次凉水。'),
    draft('kernel', 'The scheduler rebalances run queues across cores when a CPU goes idle, using load averages per domain.'),
  ];
  return { root, planner, posts: [...posts, ...extra] };
}

const withPost = (posts: Post[], id: string, change: (p: Post) => Post) => posts.map((p) => (p.id === id ? change(p) : p));
const planned = (planner: Planner, change: (p: Planner) => void): Planner => {
  const copy = structuredClone(planner);
  change(copy);
  return copy;
};

describe('check with the theme results cache', () => {
  it('prints the report a check without the cache prints, and scores only what changed', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    const scorable = posts.filter((p) => p.body.trim()).length;

    const first = cachedCheck(root, dir, planner, posts);
    expect(first.json).toBe(freshCheck(planner, posts));
    expect(first.scored).toBe(scorable);
    expect(existsSync(themeResultsFile(root, dir, 'code-1')!)).toBe(true);

    const again = cachedCheck(root, dir, planner, posts);
    expect(again.json).toBe(first.json);
    expect(again.scored).toBe(0);

    // A draft edited: only it is scored again, and its new score is the fresh one.
    const edited = withPost(posts, 'kernel', (p) => ({ ...p, body: 'Simmer the noodles in soy sauce and braise the greens: a weeknight recipe.' }));
    const afterEdit = cachedCheck(root, dir, planner, edited);
    expect(afterEdit.scored).toBe(1);
    // The model is built again for it, its calibrations read from the cache, not measured.
    expect(first.calibrated).toBeGreaterThan(0);
    expect(afterEdit.calibrated).toBe(0);
    expect(afterEdit.json).toBe(freshCheck(planner, edited));
    expect(scoreOf(afterEdit.json, 'kernel')).not.toBe(scoreOf(again.json, 'kernel'));
    // On theme now: the model is the one the first check built (kept by its inputs), so no
    // published post is read again, only the edited draft.
    expect(scoreOf(afterEdit.json, 'kernel')).toBeGreaterThanOrEqual(0.45);
    expect(first.read.length).toBeGreaterThan(1);
    expect(afterEdit.read).toEqual(['kernel']);
  });

  it('scores an edited draft under the threshold against the growth stages the first check kept, reading no published post', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    // Its off-theme drafts ask every growth stage: the stages are kept with the model.
    cachedCheck(root, dir, planner, posts);
    // Retitled too: the title "noodles", a keyword, reads as clearly on theme with the brand text alone (day one holds it).
    const edited = withPost(posts, 'noodles', (p) => ({ ...p, data: { ...p.data, title: 'Softirqs' }, body: 'Interrupt handlers defer their work to softirqs, and the block layer merges adjacent requests.' }));
    const afterEdit = cachedCheck(root, dir, planner, edited);
    expect(afterEdit.json).toBe(freshCheck(planner, edited));
    expect(scoreOf(afterEdit.json, 'noodles')).toBeLessThan(0.45);
    expect(afterEdit.stagesScored).toBeGreaterThan(0);
    expect(afterEdit.read).toEqual(['noodles']);
  });

  it('rebuilds the model from the posts when its kept snapshot is damaged, with the same report', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    cachedCheck(root, dir, planner, posts);
    const file = themeModelFile(themeResultsFile(root, dir, 'code-1')!);
    const data = v8.deserialize(readFileSync(file)) as { snapshot: { centroid: { values: Float64Array } } };
    data.snapshot.centroid.values = data.snapshot.centroid.values.subarray(1);
    writeFileSync(file, serialize(data));
    const edited = withPost(posts, 'kernel', (p) => ({ ...p, body: 'Simmer the noodles in soy sauce and braise the greens: a weeknight recipe.' }));
    const afterEdit = cachedCheck(root, dir, planner, edited);
    expect(afterEdit.json).toBe(freshCheck(planner, edited));
    expect(afterEdit.read.length).toBeGreaterThan(1);
  });

  it('scores every post again when the model changes: a post published, the brand text, a pillar keyword, the threshold, accepted posts', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    const scorable = posts.filter((p) => p.body.trim()).length;
    let before = cachedCheck(root, dir, planner, posts).json;
    const changes: [string, Planner, Post[]][] = [
      ['a post published', planner, withPost(posts, 'kernel', (p) => ({ ...p, data: { ...p.data, status: 'published', publishedAt: '2026-11-01' } }))],
      ['brand text', planned(planner, (p) => void (p.brand.label = 'A kernel hacker who writes about schedulers')), posts],
      ['pillar keywords', planned(planner, (p) => void (p.brand.pillars[1]!.keywords = ['scheduler', 'kernel', 'cpu'])), posts],
      ['threshold', planned(planner, (p) => void (p.theme = { acceptedOnTheme: [], ...p.theme, threshold: 0.9 })), posts],
      ['accepted on theme', planned(planner, (p) => void (p.theme = { ...p.theme, acceptedOnTheme: ['kernel'] })), posts],
    ];
    for (const [what, changedPlanner, changedPosts] of changes) {
      const fresh = freshCheck(changedPlanner, changedPosts);
      expect(fresh, what).not.toBe(before); // the change does change the report...
      const cached = cachedCheck(root, dir, changedPlanner, changedPosts);
      expect(cached.scored, what).toBe(scorable);
      expect(cached.json, what).toBe(fresh); // ...and the cache never serves the old one
      // Back to the previous state: the cache holds one model's results, so everything is scored again.
      before = cachedCheck(root, dir, planner, posts).json;
    }
  });

  it('keys each growth stage by the threshold too: a stage reads a pillar with no posts of its own at the share the threshold sets', async () => {
    const { planner, posts } = await project();
    const keyOf = (p: Post) => `${p.id}\0${p.body}`;
    const before = modelKeyOf(planner, posts, keyOf).stages;
    const after = modelKeyOf(planned(planner, (p) => void (p.theme = { acceptedOnTheme: [], ...p.theme, threshold: 0.6 })), posts, keyOf).stages;
    expect(before.length).toBeGreaterThan(1);
    before.forEach((key, i) => expect(after[i], `stage ${i}`).not.toBe(key));
  });

  it('after a post is published, reuses each draft\'s scores against the growth stages made of the posts published before it', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    // Five published posts: stages of 2, 3 and 4 posts; the off-theme drafts are asked all three.
    const first = cachedCheck(root, dir, planner, posts);
    expect(first.stagesScored).toBeGreaterThanOrEqual(3);
    // A sixth, published after the others: the stages of 2, 3 and 4 are the same, one of 5 is new.
    const published = withPost(posts, 'noodles', (p) => ({ ...p, data: { ...p.data, status: 'published', publishedAt: '2026-11-12' } }));
    const after = cachedCheck(root, dir, planner, published);
    expect(after.json).toBe(freshCheck(planner, published));
    const underThreshold = (JSON.parse(after.json).posts as { theme: { score: number } | null }[]).filter((p) => p.theme && p.theme.score < 0.45).length;
    expect(underThreshold).toBeGreaterThan(0);
    expect(after.stagesScored).toBeLessThanOrEqual(underThreshold);
    // One published before the others' last: the stage of 4 posts now holds it, and is scored again.
    const earlier = withPost(published, 'kernel', (p) => ({ ...p, data: { ...p.data, status: 'published', publishedAt: '2026-10-13' } }));
    const again = cachedCheck(root, dir, planner, earlier);
    expect(again.json).toBe(freshCheck(planner, earlier));
  });

  it('keeps the stages\' calibrations through a publication that did not ask for them, for the next edited draft', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    expect(cachedCheck(root, dir, planner, posts).calibrated).toBeGreaterThan(0);
    // Published: the drafts' scores against the stages of 2, 3 and 4 posts come from the file,
    // so those stages' calibrations are not asked for in this run.
    const published = withPost(posts, 'noodles', (p) => ({ ...p, data: { ...p.data, status: 'published', publishedAt: '2026-11-12' } }));
    cachedCheck(root, dir, planner, published);
    // An off-theme draft edited: it is scored against every stage again, each calibration read, none measured.
    const edited = withPost(published, 'kernel', (p) => ({ ...p, body: 'Interrupt handlers defer their work to softirqs, and the block layer merges adjacent requests.' }));
    const afterEdit = cachedCheck(root, dir, planner, edited);
    expect(afterEdit.scored).toBe(1);
    expect(afterEdit.stagesScored).toBeGreaterThanOrEqual(3);
    expect(afterEdit.calibrated).toBe(0);
    expect(afterEdit.json).toBe(freshCheck(planner, edited));
    // Nor are the stages rebuilt from the posts: the publication's check kept them with its model
    // (the same inputs as the stages the first check built), so only the edited draft is read.
    expect(afterEdit.read).toEqual(['kernel']);
  });

  it('never reads results written by other scoring code', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    cachedCheck(root, dir, planner, posts, 'code-1');
    const other = cachedCheck(root, dir, planner, posts, 'code-2');
    expect(other.scored).toBe(posts.filter((p) => p.body.trim()).length);
    // Writing the new version's file removes the old one.
    expect(readdirSync(dir).filter((n) => n.startsWith('theme-results-'))).toEqual([`theme-results-7-code-2.bin`]);
  });

  it('ignores a corrupt, truncated or misshapen cache file, and writes a good one', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    const fresh = freshCheck(planner, posts);
    const scorable = posts.filter((p) => p.body.trim()).length;
    cachedCheck(root, dir, planner, posts);
    const file = themeResultsFile(root, dir, 'code-1')!;
    const good = readFileSync(file);
    const damaged: [string, Uint8Array][] = [
      ['garbage', Buffer.from('not a cache at all')],
      ['truncated', good.subarray(0, good.length >> 1)],
      ['empty', Buffer.alloc(0)],
      ['wrong shape', serialize({ format: 'theme-results-7', model: 'x', entries: new Map([['k', { score: 'high' }]]), stageKeys: [], stageRows: [], stageValues: new Float64Array(0), calibrations: new Map() })],
      // A keyword read of the wrong shape: the whole file is no cache.
      ['keyword read of the wrong shape', serialize({ ...(v8.deserialize(good) as object), keywords: new Map([['recipes', { lost: 'none', counts: 1 }]]) })],
      // So is a general-language bag with a term twice (read as a Map, it would lose a count).
      ['bag of the wrong shape', serialize({ ...(v8.deserialize(good) as object), bags: new Map([['en:7:10', [{ terms: ['a', 'a'], counts: new Float64Array([1, 2]) }]]]) })],
    ];
    // The first check drew the general-language bags and kept them.
    expect([...(v8.deserialize(good) as { bags: Map<string, unknown> }).bags.keys()].length).toBeGreaterThan(0);
    for (const [what, bytes] of damaged) {
      writeFileSync(file, bytes);
      const check = cachedCheck(root, dir, planner, posts);
      expect(check.json, what).toBe(fresh);
      expect(check.scored, what).toBe(scorable);
      expect(cachedCheck(root, dir, planner, posts).scored, what).toBe(0);
    }
  });

  it('ignores stored stage scores of the wrong shape', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    cachedCheck(root, dir, planner, posts);
    const file = themeResultsFile(root, dir, 'code-1')!;
    const { deserialize } = await import('node:v8');
    const data = deserialize(readFileSync(file)) as { model: string; stageKeys: string[]; stageRows: string[]; stageValues: Float64Array };
    expect(data.stageValues.length).toBe(data.stageRows.length * data.stageKeys.length);
    expect(data.stageValues.length).toBeGreaterThan(0);
    data.model = 'another model';
    const good = data.stageValues;
    // Scores above 1, and a table one row short (every post's row would be read shifted).
    for (const values of [good.map(() => 7), good.subarray(0, good.length - data.stageKeys.length)]) {
      writeFileSync(file, serialize({ ...data, stageValues: values }));
      const check = cachedCheck(root, dir, planner, posts);
      expect(check.json).toBe(freshCheck(planner, posts));
    }
  });

  it('ignores stored calibrations of the wrong shape', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    cachedCheck(root, dir, planner, posts);
    const file = themeResultsFile(root, dir, 'code-1')!;
    const { deserialize } = await import('node:v8');
    const data = deserialize(readFileSync(file)) as { model: string; calibrations: Map<string, { owner: string; calibration: Record<string, unknown> }> };
    expect(data.calibrations.size).toBeGreaterThan(0);
    for (const [key, c] of data.calibrations) data.calibrations.set(key, { ...c, calibration: { ...c.calibration, typical: [0.5] } }); // one value for three lengths
    data.model = 'another model';
    writeFileSync(file, serialize(data));
    const check = cachedCheck(root, dir, planner, posts);
    expect(check.json).toBe(freshCheck(planner, posts));
    expect(check.calibrated).toBeGreaterThan(0);
  });

  it('ignores a stored result of the wrong shape under the right model key', async () => {
    const { root, planner, posts } = await project();
    const dir = cacheDir();
    cachedCheck(root, dir, planner, posts);
    const file = themeResultsFile(root, dir, 'code-1')!;
    const { deserialize } = await import('node:v8');
    const data = deserialize(readFileSync(file)) as { entries: Map<string, Record<string, unknown>> };
    const [key, result] = [...data.entries][0]!;
    data.entries.set(key, { ...result, terms: 'not a list' });
    writeFileSync(file, serialize(data));
    const check = cachedCheck(root, dir, planner, posts);
    expect(check.json).toBe(freshCheck(planner, posts));
    expect(check.scored).toBe(posts.filter((p) => p.body.trim()).length);
  });
});

describe('check on the command line', () => {
  it('prints the same report with and without its caches, after a draft is edited too, and keeps every cache in THROUGHLINE_CACHE_DIR', () => {
    const root = copy(BASIC);
    const dir = cacheDir();
    const check = (cache: string) => runCli(['check', '--json', '--root', root, '--now', '2026-11-12T00:00:00Z'], { env: { THROUGHLINE_CACHE_DIR: cache } });
    const first = check(dir);
    expect(first.stderr).toBe('');
    const names = readdirSync(dir);
    for (const family of ['theme-results-', 'theme-terms-', 'frontmatter-']) expect(names.some((n) => n.startsWith(family)), family).toBe(true);
    // Nothing under the project's node_modules: THROUGHLINE_CACHE_DIR holds every cache.
    expect(existsSync(join(root, 'node_modules/.cache/throughline'))).toBe(false);
    expect(check(dir).stdout).toBe(first.stdout);

    const file = join(root, 'content/posts/offtheme.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Bitcoin and ether moved sharply', 'Braised noodles in soy sauce simmered'));
    const edited = check(dir);
    expect(edited.stdout).toBe(check(cacheDir()).stdout);
    expect(edited.stdout).not.toBe(first.stdout);
  });
});

describe('the vocabulary table of the term cache', () => {
  it('gives the same report after a draft is published with the table, without it and from a damaged one, and writes a good one again', () => {
    const root = copy(BASIC);
    const post = (name: string, status: string, body: string) =>
      writeFileSync(join(root, 'content/posts', name), `---\ntitle: ${name}\nchannel: blog\nstatus: ${status}\n${status === 'published' ? 'publishedAt: 2026-11-05\n' : ''}---\n${body}\n`);
    // Chinese posts on an English brand: weights from the lexicon, bridged stems, glossed and never-shown forms.
    post('hongshao.md', 'published', '红烧肉：五花肉先焯水，再用生抽、老抽和冰糖小火慢炖一个小时，汤汁收得浓稠发亮。');
    post('jiaozi.md', 'draft', '冬至包饺子：猪肉馅里加姜水和生抽，面皮要擀得中间厚边上薄，煮的时候点三次凉水。');
    post('miantiao.md', 'draft', '葱油拌面只要十分钟：小葱慢慢炸出香味，加生抽和糖，拌上煮好的面条。');
    const check = (cache: string) => runCli(['check', '--json', '--root', root, '--now', '2026-11-12T00:00:00Z'], { env: { THROUGHLINE_CACHE_DIR: cache } });
    const dir = cacheDir();
    expect(check(dir).stderr).toBe('');
    const table = readdirSync(dir).find((n) => n.startsWith('theme-vocab-'));
    expect(table).toBeDefined();
    const good = readFileSync(join(dir, table!));
    const { deserialize } = v8;
    const stored = deserialize(good) as { words: number; prefix: string; weight: Float64Array; form: Int32Array; stemCount: Int32Array };
    const words = unpackStored(readFileSync(join(dir, readdirSync(dir).find((n) => n.startsWith('theme-terms-'))!))).vocab.split('\0').length;
    expect(stored.words).toBe(words);
    expect(stored.stemCount.some((c) => c > 0)).toBe(true);

    // A draft published: the model changes and every draft is scored again, from cached terms.
    const draft = join(root, 'content/posts/miantiao.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('status: draft\n', 'status: published\npublishedAt: 2026-11-10\n'));
    const fresh = check(cacheDir()).stdout;
    const zero = stored.weight.map(() => 0);
    const variant = (change: (file: string) => void) => {
      const d = cacheDir();
      cpSync(dir, d, { recursive: true });
      change(join(d, table!));
      return { stdout: check(d).stdout, d };
    };
    expect(variant(() => {}).stdout).toBe(fresh);
    const damaged: [string, (file: string) => void][] = [
      ['missing', (f) => rmSync(f)],
      ['garbage', (f) => writeFileSync(f, 'not a table')],
      ['truncated', (f) => writeFileSync(f, good.subarray(0, good.length >> 1))],
      ['empty', (f) => writeFileSync(f, '')],
      // Each below would change the report if it were served (as the last check shows).
      ['of another vocabulary', (f) => writeFileSync(f, serialize({ ...stored, weight: zero, prefix: 'another' }))],
      ['worked out without the Chinese lexicon', (f) => writeFileSync(f, serialize({ ...stored, weight: zero, lexicon: false }))],
      ['of another format', (f) => writeFileSync(f, serialize({ ...stored, weight: zero, format: 'theme-vocab-0' }))],
      ['with slots outside the vocabulary', (f) => writeFileSync(f, serialize({ ...stored, form: stored.form.map(() => words * 4) }))],
    ];
    for (const [what, change] of damaged) {
      const { stdout, d } = variant(change);
      expect(stdout, what).toBe(fresh);
      // Written again whole, for this vocabulary.
      expect((deserialize(readFileSync(join(d, table!))) as { words: number; prefix: string }).prefix, what).toBe(stored.prefix);
    }
    // The table is read: one whose weights are all 0 (but for this vocabulary) changes every score.
    expect(variant((f) => writeFileSync(f, serialize({ ...stored, weight: zero }))).stdout).not.toBe(fresh);
  });
});
