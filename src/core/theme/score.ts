/**
 * Scores one post against a theme model: a 0..1 score, the nearest pillar, and the terms
 * that explain it. Deterministic: ties are broken by term, never by insertion order.
 */
import { backgroundSurprise } from './background-lookup.ts';
import type { TermStats, ThemeModel } from './model.ts';
import { readPostTerms, type PostTerms } from './post-terms.ts';
import { affinity, salience } from './profile.ts';

export interface ThemeResult {
  /** 0..1, higher = closer to the brand's theme; about 0.63 for a typical published post. */
  score: number;
  onTheme: boolean;
  /** The threshold the score was held against (planner.theme.threshold or the default). */
  threshold: number;
  /** The nearest pillar id, or null when nothing ties the post to any pillar. */
  pillar: string | null;
  /** Evidence: the post's own words that tie it to the brand, strongest first. */
  terms: string[];
  /** What the post is about besides the brand: its most distinctive words that are not on theme. */
  offTerms: string[];
  /** Each pillar's score on the same 0..1 scale. */
  pillarScores: Record<string, number>;
}

const MAX_TERMS = 8;
const MAX_OFF_TERMS = 5;

/** Maps coverage to 0..1: a typical on-theme post scores 0.63, one at 60% of typical 0.45. */
export function calibrate(raw: number, typical: number): number {
  return round(1 - Math.exp(-raw / typical));
}

/** Scores a post's text, or terms already read from it with readPostTerms. */
export function scoreTheme(model: ThemeModel, input: { title?: string; body: string } | { terms: PostTerms }): ThemeResult {
  const { counts, surfaces } = 'terms' in input ? input.terms : readPostTerms(input);
  const pillarOn = model.pillars.map(() => 0);
  const on: [string, number][] = [];
  const off: [string, number][] = [];
  let brandOn = 0;
  let all = 0;
  for (const [term, n] of counts) {
    const stats = statsOf(model, term);
    const s = salience(n, stats.surprise, term);
    all += s;
    brandOn += s * stats.brand;
    for (let i = 0; i < pillarOn.length; i++) pillarOn[i] += s * stats.pillars[i];
    if (stats.brand >= 0.5) on.push([surfaces.get(term)!, s * stats.brand]);
    else off.push([surfaces.get(term)!, s * (1 - stats.brand)]);
  }
  const score = all === 0 ? 0 : calibrate(brandOn / all, model.typical);
  const pillarScores: Record<string, number> = {};
  let pillar: string | null = null;
  model.pillars.forEach((p, i) => {
    pillarScores[p.id] = all === 0 ? 0 : calibrate(pillarOn[i] / all, model.typical);
    if (pillarScores[p.id] > 0 && (pillar === null || pillarScores[p.id] > pillarScores[pillar])) pillar = p.id;
  });
  return {
    score, onTheme: score >= model.threshold, threshold: model.threshold, pillar,
    terms: strongest(on, MAX_TERMS), offTerms: strongest(off, MAX_OFF_TERMS), pillarScores,
  };
}

function statsOf(model: ThemeModel, term: string): TermStats {
  let stats = model.memo.get(term);
  if (!stats) {
    const surprise = backgroundSurprise(term);
    stats = {
      surprise,
      brand: affinity(model.brand, term, surprise),
      pillars: model.pillars.map((p) => affinity(p.profile, term, surprise)),
    };
    model.memo.set(term, stats);
  }
  return stats;
}

function strongest(list: [string, number][], max: number): string[] {
  return list
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, max)
    .map(([word]) => word);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
