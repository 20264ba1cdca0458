/**
 * The report behind `check --json` (shared/interfaces.md §3): every post with its theme score,
 * every channel with its streak figures, and the flags raised on both. The scorer's half:
 * check-report.ts has the rest, and a caller that may find every result kept
 * (buildCheckReportLazily) loads this module only when a post is to be scored.
 */
import { assembleCheckReport, lookUpThemes, themeBrand, themeEvidenceInOrder, type CheckInput, type CheckReport, type ThemeLookup } from './check-report.ts';
import type { Planner } from './schema/planner.ts';
import type { Post } from './schema/post.ts';
import { buildsStagesBeyond, restoreModel, snapshotModel, type CalibrationCache } from './theme/model.ts';
import { themeView } from './theme/boilerplate.ts';
import { formatOfFile } from './post-format.ts';
import { readKeyword } from './theme/keyword-flags.ts';
import { buildThemeModel, readPostTerms, scoreTheme, type PostTerms, type ThemeModel } from './theme/index.ts';

export * from './check-report.ts';
export { readKeyword };

/** The report of `input` (check-report.ts CheckInput), every post to score scored in this call. */
export function buildCheckReport(input: CheckInput): CheckReport {
  const lookup = lookUpThemes(input.planner, input.posts, input.themeCache, input.scoreTheme);
  if (lookup.unscored > 0) scoreLookedUp(lookup, input.termsOf ?? readTermsOf);
  return assembleCheckReport(input, lookup, readKeyword);
}

/**
 * The brand's theme model as `check` builds it: published posts and the ones the author
 * accepted as on theme are its evidence. `termsOf` lets a caller that scores the same posts
 * read each one only once.
 */
export function buildPlannerThemeModel(planner: Planner, posts: Post[], termsOf: (post: Post) => PostTerms = readTermsOf, calibrations?: CalibrationCache): ThemeModel {
  // In publication order: the first posts make the model's early stages (growth never lowers a score).
  // Read without their channel's template text (theme/boilerplate.ts).
  const evidence = themeEvidenceInOrder(planner, themeView(posts) as Post[]).map((post) => ({ terms: termsOf(post), pillar: post.data.pillar }));
  return buildThemeModel({ brand: themeBrand(planner), evidence, threshold: planner.theme?.threshold, calibrations });
}

/** A post's terms, its body read by the rules of its file type (a .md post's indented code is code). */
export function readTermsOf(post: Post): PostTerms {
  return readPostTerms({ title: post.data.title, body: post.body, format: formatOfFile(post.file) });
}

/**
 * Scores the posts of `lookup` that it holds no result for, in the posts' order, and keeps each
 * result in the store. Each post is read once, though published ones are both evidence and
 * scored. The model is built at the first post to score: before any post's vector, as without
 * the cache (term ids, and so every sum, come in the same order).
 */
export function scoreLookedUp(lookup: ThemeLookup, read: (post: Post) => PostTerms): void {
  const { inputs, stored } = lookup;
  const seen = new Map<Post, PostTerms>();
  const termsOf = (post: Post) => {
    let terms = seen.get(post);
    if (!terms) seen.set(post, (terms = read(post)));
    return terms;
  };
  let model: ThemeModel | undefined;
  const themeModel = () => restoreOrBuildModel(lookup, termsOf);
  for (const entry of lookup.entries) {
    if (entry.theme !== undefined) continue;
    const { key, post } = entry;
    const stages = key !== undefined && stored ? stored.stages(key) : undefined;
    entry.theme = scoreTheme((model ??= themeModel()), { terms: termsOf(post), text: `${post.data.title}\n\n${post.body}`, language: entry.language }, stages);
    if (key !== undefined && stages) stored?.set(key, entry.theme, stages);
  }
  lookup.unscored = 0;
  // Kept for the next run: the model, with the growth stages this run asked for, when it holds
  // more than the snapshot it was restored from.
  if (model && stored?.calibrations && inputs && stored.snapshot) {
    const before = stored.snapshot.get();
    // (The store adds the growth stages it kept with the same inputs: withKeptStages.)
    if (!before || buildsStagesBeyond(model, before)) stored.snapshot.set(snapshotModel(model));
  }
}

/**
 * The brand's model for the inputs of `lookup` (lookUpThemes): as a previous run built it for the
 * same inputs when its store keeps it, so that scoring one edited draft reads no evidence post
 * (restoreModel; it rebuilds only what it lacks), else built from the posts read by `termsOf`.
 */
export function restoreOrBuildModel(lookup: Pick<ThemeLookup, 'planner' | 'view' | 'inputs' | 'stored'>, termsOf: (post: Post) => PostTerms): ThemeModel {
  const { planner, view, inputs, stored } = lookup;
  // The full model's calibration is keyed by its inputs without the threshold (it does not depend on it).
  const calibrations = stored?.calibrations && inputs ? { keys: { full: inputs.calibration, stages: inputs.stages }, get: stored.calibrations.get, set: stored.calibrations.set, bags: stored.bags } : undefined;
  const build = () => buildPlannerThemeModel(planner, view, termsOf, calibrations);
  const kept = calibrations && stored?.snapshot?.get();
  return kept ? restoreModel(kept, { brand: themeBrand(planner), threshold: planner.theme?.threshold, calibrations, rebuild: build }) : build();
}
