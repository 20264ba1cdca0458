/**
 * Scores one post against a theme model: a 0..1 score, the nearest pillar, and the terms
 * that explain it. The raw cosine s is standardised per draft language (calibrate.ts:
 * z = 0 general language, z = 1 a typical own post) and mapped to 0..1 so that the default
 * threshold 0.45 sits at z = Z_AT_THRESHOLD. Deterministic: ties are broken by term.
 */
import { standardize } from './calibrate.ts';
import { vectorOf, type ThemeModel } from './model.ts';
import { explainTerms } from './evidence.ts';
import { readPostTerms, termCount, termsLanguage, type PostTerms } from './post-terms.ts';
import { stageColumnsWhenMany } from './stage-dots.ts';
import { coveredBy, dot, supportOf, within } from './vector.ts';

export interface ThemeResult {
  /** 0..1, higher = closer to the brand's theme; about 0.7 for a typical published post. */
  score: number;
  onTheme: boolean;
  /** The threshold the score was held against (planner.theme.threshold or the default). */
  threshold: number;
  /** The nearest pillar id, or null when nothing ties the post to any pillar. */
  pillar: string | null;
  /** Evidence: the post's own words that tie it to the brand, strongest first. A Chinese word
   * matched through its English gloss reads "饺子 (dumpling)". */
  terms: string[];
  /** What the post is about besides the brand: its most distinctive words that are not on theme. */
  offTerms: string[];
  /** Each pillar's score on the same 0..1 scale. */
  pillarScores: Record<string, number>;
  /** The language the post was judged as. */
  language: 'en' | 'zh';
  /** 'low' while fewer than SURE_POSTS published posts in this language calibrate the score. */
  confidence: 'low' | 'high';
  /** Published posts in the post's language behind the calibration. */
  calibrationPosts: number;
  /**
   * Present (true) when the current model alone scores the post under the threshold but an
   * earlier state of the brand left it alone: it stays on theme and `score` is the threshold.
   */
  held?: true;
}

/** Published posts (in the draft's language) from which a flag is no longer tentative. */
export const SURE_POSTS = 3;
/** The z at which the default threshold (0.45) sits: tuned on the dev part of the corpus. */
export const Z_AT_THRESHOLD = 0.9;
const K = Math.log(1 / 0.55) / Z_AT_THRESHOLD;

/** Maps z to 0..1, monotone: 0 at or below general language, 0.45 at Z_AT_THRESHOLD. */
export function toScore(z: number): number {
  return round(z <= 0 ? 0 : 1 - Math.exp(-K * z));
}

/**
 * Scores a post's text, or terms already read from it with readPostTerms. `stageScores`, when
 * given (one entry per model.stages, NaN where unknown), holds the score of this post against
 * each growth stage as a cache kept it (a stage's score depends only on the stage's own inputs
 * and the post); a stage the score needs and the array lacks is computed and written into it.
 */
export function scoreTheme(model: ThemeModel, input: { title?: string; body: string } | { terms: PostTerms }, stageScores?: Float64Array): ThemeResult {
  const terms = 'terms' in input ? input.terms : readPostTerms(input);
  const v = vectorOf(terms, model.phrases, model.vectors);
  // The terms no centroid of the model holds add exactly +0 to every dot product below: skip
  // them once (an earlier stage's posts and text are a part of the full model's, so its
  // centroids lie within the same terms; coveredBy checks that once per stage).
  const mask = supportOf([model.centroid, ...model.pillars.map((p) => p.centroid)], model);
  const u = within(v, mask);
  const language = termsLanguage(terms);
  const cal = model.calibration[language];
  const length = termCount(terms);
  const pillarScores: Record<string, number> = {};
  let pillar: string | null = null;
  let best = -Infinity;
  // A draft squarely on one pillar is on theme even where the brand's blend of pillars is thin
  // (day one; a brand whose pillars mix unrelated topics): the best of the brand's z and each
  // pillar's, a pillar with posts of its own read on its own calibration.
  let z = standardize(dot(u, model.centroid), cal, length);
  model.pillars.forEach((p) => {
    const s = dot(u, p.centroid);
    const zp = standardize(s, (p.calibration ?? model.calibration)[language], length);
    pillarScores[p.id] = v.size === 0 ? 0 : toScore(zp);
    if (s > 0 && zp > best) [best, pillar] = [zp, p.id];
    z = Math.max(z, zp);
  });
  let score = v.size === 0 ? 0 : toScore(z);
  // Under the threshold, the brand's earlier states are asked too: a draft one of them left
  // alone stays alone as posts are added (only needed, and only paid for, on a would-be flag).
  // Such a draft scores the threshold itself, not the earlier state's score: the score stays the
  // current model's reading (which ranks drafts better than any earlier state: dev AUC English
  // 0.970 -> 0.980, hard Chinese 0.986 -> 0.991) and only the flag is held.
  let columns: Float64Array[] | null | undefined;
  let held = false;
  for (let i = 0; i < model.stages.length && v.size > 0 && score < model.threshold && !held; i++) {
    let s = stageScores ? stageScores[i] : Number.NaN;
    if (Number.isNaN(s)) {
      if (columns === undefined) columns = stageColumnsWhenMany(model, mask, u);
      const stage = model.stages[i]();
      const w = coveredBy([stage.centroid, ...stage.pillars], mask, stage) ? u : v;
      const dots = columns ? columns[i] : [stage.centroid, ...stage.pillars].map((c) => dot(w, c));
      let zs = standardize(dots[0], stage.calibration[language], length);
      for (let k = 1; k < dots.length; k++) zs = Math.max(zs, standardize(dots[k], (stage.pillarCalibrations[k - 1] ?? stage.calibration)[language], length));
      s = toScore(zs);
      if (stageScores) stageScores[i] = s;
    }
    held = s >= model.threshold;
  }
  if (held) score = model.threshold;
  return {
    score, onTheme: score >= model.threshold, threshold: model.threshold, pillar,
    ...explainTerms(model.centroid, model.phrases, terms, v, model.keywords), pillarScores, language,
    confidence: cal.posts >= SURE_POSTS ? 'high' : 'low', calibrationPosts: cal.posts,
    ...(held ? { held: true as const } : {}),
  };
}

function round(x: number): number {
  return Math.floor(x * 1000) / 1000;
}
