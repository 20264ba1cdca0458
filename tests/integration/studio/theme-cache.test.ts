/**
 * The studio keeps each post's theme result by its content and the model's inputs (studio-data.ts
 * withThemeCache, the results `check` keeps on disk) and the live score's model by its inputs,
 * so that the first page after a file changed does not score every post again (736 real posts:
 * ~12 s for the dashboard). Whatever changed (a draft's text, a published post's text, the brand,
 * a file only touched, the studio restarted), every report, dashboard and live score must be the
 * one computed with no cache at all.
 */
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildCheckReport } from '../../../src/core/check.ts';
import { fileFlagInputs } from '../../../src/store/file-flags.ts';
import { readProject } from '../../../src/store/project.ts';
import { buildDashboard } from '../../../src/studio/dashboard/dashboard.ts';
import { readCachedProject } from '../../../src/studio/shared/project-cache.ts';
import { loadStudioData, scoreDraft, withThemeCache } from '../../../src/studio/shared/studio-data.ts';
import { tempRoot } from '../helpers.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DRAFT = 'drafts/winter-soup-photos';
const cacheDirs: string[] = [];
const savedCacheDir = process.env.THROUGHLINE_CACHE_DIR;
/** A cache folder of its own (projectCacheDir reads THROUGHLINE_CACHE_DIR), empty. */
function useNewCacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tl-theme-cache-'));
  cacheDirs.push(dir);
  process.env.THROUGHLINE_CACHE_DIR = dir;
  return dir;
}
// A copy of the sample per test: each starts from the sample's posts and brand.
let project: ReturnType<typeof tempRoot>;
beforeEach(() => {
  project = tempRoot();
});
afterEach(() => project.cleanup());
afterAll(() => {
  for (const dir of cacheDirs) rmSync(dir, { recursive: true, force: true });
  if (savedCacheDir === undefined) delete process.env.THROUGHLINE_CACHE_DIR;
  else process.env.THROUGHLINE_CACHE_DIR = savedCacheDir;
});

/** Rewrites a file of the project and moves its modification time on, as an editor's save does. */
let saves = 0;
function edit(file: string, change: (text: string) => string): void {
  const path = join(project.root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  const later = new Date(Date.now() + ++saves * 2000);
  utimesSync(path, later, later);
}

/** The report `check` makes of the files as they are, with no cache of any kind (worded for the studio, as the studio's is: its hints name its controls). */
async function uncachedReport() {
  const { planner, posts } = await readProject(project.root);
  const files = await fileFlagInputs(project.root, planner, posts, NOW);
  return buildCheckReport({ planner, posts, now: NOW, lang: 'en', readableTimes: true, inStudio: true, ...files });
}

const draftTheme = (report: Awaited<ReturnType<typeof uncachedReport>>) => report.posts.find((p) => p.id === DRAFT)!.theme;

describe('the studio theme cache', () => {
  test('gives the report of a check without caches after a draft, a published post and the brand change, and after a touch', async () => {
    useNewCacheDir();
    const first = (await loadStudioData(project.root, NOW)).report;
    expect(first).toEqual(await uncachedReport());

    edit(`content/posts/${DRAFT}.mdx`, (t) => t.replace(/\n\n[\s\S]*$/, '\n\nIndex funds, bond ladders and rebalancing a portfolio every quarter, with the tax forms.\n'));
    const afterDraft = (await loadStudioData(project.root, NOW)).report;
    expect(afterDraft).toEqual(await uncachedReport());
    expect(draftTheme(afterDraft)).not.toEqual(draftTheme(first));

    edit('content/posts/2026/red-braised-pork.mdx', (t) => `${t}\nIndex funds and bond ladders: a portfolio rebalanced every quarter, taxes filed.\n`);
    const afterPublished = (await loadStudioData(project.root, NOW)).report;
    expect(afterPublished).toEqual(await uncachedReport());
    expect(draftTheme(afterPublished)).not.toEqual(draftTheme(afterDraft));

    edit('content/planner.json', (t) => {
      const planner = JSON.parse(t);
      planner.brand.pillars[0].keywords.push('portfolio', 'index funds');
      return JSON.stringify(planner, null, 2);
    });
    const afterBrand = (await loadStudioData(project.root, NOW)).report;
    expect(afterBrand).toEqual(await uncachedReport());
    expect(draftTheme(afterBrand)).not.toEqual(draftTheme(afterPublished));

    edit(`content/posts/${DRAFT}.mdx`, (t) => t);
    expect((await loadStudioData(project.root, NOW)).report).toEqual(await uncachedReport());
  });

  test('gives the same report after a restart that finds the results kept on disk, a draft edited while it was stopped', async () => {
    useNewCacheDir();
    await loadStudioData(project.root, NOW);
    edit(`content/posts/${DRAFT}.mdx`, (t) => t.replace(/\n\n[\s\S]*$/, '\n\nSteam over a bowl of winter soup, backlit by the window, shot in a burst.\n'));
    vi.resetModules();
    const restarted = await import('../../../src/studio/shared/studio-data.ts');
    expect((await restarted.loadStudioData(project.root, NOW)).report).toEqual(await uncachedReport());
  });

  test('gives the dashboard built without caches, after a draft is edited too', async () => {
    useNewCacheDir();
    const words = { 'open-slot': 'open', 'pillar-drift': 'drift' };
    const dashboards = async () => {
      const { planner, posts } = await readCachedProject(project.root);
      const files = await fileFlagInputs(project.root, planner, posts, NOW);
      const input = { planner, posts, now: NOW, lang: 'en' as const, allLabel: 'All', words, files };
      const cached = withThemeCache(project.root, (theme) => buildDashboard({ ...input, theme }));
      const plain = buildDashboard(input);
      return [cached, plain].map(({ flags, balance, allHeatmap, cards }) => ({ flags, balance, allHeatmap, cards: cards.map(({ slotZone: _, ...card }) => card) }));
    };
    const [before, plainBefore] = await dashboards();
    expect(before).toEqual(plainBefore);
    // The sample's off-theme draft, rewritten on theme: its flag goes.
    const soup = readFileSync(join(project.root, `content/posts/${DRAFT}.mdx`), 'utf8');
    edit('content/posts/drafts/crypto-portfolio.mdx', () => soup);
    const [after, plainAfter] = await dashboards();
    expect(after).toEqual(plainAfter);
    const flagsOf = (d: typeof before) => d.flags.filter((f) => f.post === 'drafts/crypto-portfolio').map((f) => f.kind);
    expect(flagsOf(before)).toEqual(['off-theme']);
    expect(flagsOf(after)).toEqual([]);
  });

  test('scores the editor\'s text against the model of the posts as they are now, as a studio started afresh does', async () => {
    useNewCacheDir();
    const text = { id: DRAFT, title: 'Soup on camera', body: 'Steam over a bowl of winter soup, backlit by the window: braise, ginger, photograph.', status: 'draft' };
    const live = async () => {
      const { planner, posts } = await readCachedProject(project.root);
      return scoreDraft(planner, posts, text, 'en', project.root);
    };
    const before = await live();
    // A report keeps the model's snapshot on disk: a restarted studio restores it.
    await loadStudioData(project.root, NOW);
    edit('content/posts/2026/tomato-egg-stir-fry.md', (t) => `${t}\nWinter soup on camera: steam, backlight, ginger and a braise, photographed in a burst.\n`);
    const after = await live();
    expect(after.theme).not.toEqual(before.theme);
    await loadStudioData(project.root, NOW);
    vi.resetModules();
    const restored = await import('../../../src/studio/shared/studio-data.ts');
    const { planner, posts } = await readProject(project.root);
    expect(restored.scoreDraft(planner, posts, text, 'en', project.root)).toEqual(after);
    useNewCacheDir();
    vi.resetModules();
    const fresh = await import('../../../src/studio/shared/studio-data.ts');
    expect(fresh.scoreDraft(planner, posts, text, 'en', project.root)).toEqual(after);
  });
});
