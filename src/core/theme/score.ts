/**
 * Scores one post against a theme model: a 0..1 score, the nearest pillar, and the terms
 * that explain it. Deterministic: ties are broken by term, never by insertion order.
 */
import { backgroundSurprise } from './background-lookup.ts';
import type { ThemeModel } from './model.ts';
import { affinity, countTerms, coverage, salience } from './profile.ts';
import { stripMarkdown } from './strip-markdown.ts';
import { tokenize, type Token } from './tokenize.ts';

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

/** Maps coverage to 0..1 so that a typical on-theme post scores 0.63 whatever the brand (0.45 at 60% of typical). */
export function calibrate(raw: number, typical: number): number {
  return round(1 - Math.exp(-raw / typical));
}

export function scoreTheme(model: ThemeModel, input: { title?: string; body: string }): ThemeResult {
  const tokens = tokenize(`${input.title ?? ''}\n${stripMarkdown(input.body)}`);
  const counts = countTerms(tokens);
  const score = calibrate(coverage(model.brand, counts), model.typical);
  const pillarScores: Record<string, number> = {};
  let pillar: string | null = null;
  for (const p of model.pillars) {
    pillarScores[p.id] = calibrate(coverage(p.profile, counts), model.typical);
    if (pillarScores[p.id] > 0 && (pillar === null || pillarScores[p.id] > pillarScores[pillar])) pillar = p.id;
  }
  const { terms, offTerms } = explain(model, counts, tokens);
  return { score, onTheme: score >= model.threshold, threshold: model.threshold, pillar, terms, offTerms, pillarScores };
}

function explain(model: ThemeModel, counts: Map<string, number>, tokens: Token[]) {
  const on: [string, number][] = [];
  const off: [string, number][] = [];
  for (const [term, n] of counts) {
    const surprise = backgroundSurprise(term);
    const a = affinity(model.brand, term, surprise);
    const s = salience(n, surprise, term);
    if (a >= 0.5) on.push([term, s * a]);
    else off.push([term, s * (1 - a)]);
  }
  const surfaces = surfaceForms(tokens);
  const top = (list: [string, number][], max: number) =>
    list
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, max)
      .map(([term]) => surfaces.get(term) ?? term);
  return { terms: top(on, MAX_TERMS), offTerms: top(off, MAX_OFF_TERMS) };
}

/** The most frequent way each term is written in the post (first written on a tie). */
function surfaceForms(tokens: Token[]): Map<string, string> {
  const seen = new Map<string, Map<string, number>>();
  for (const { term, surface } of tokens) {
    const forms = seen.get(term) ?? new Map<string, number>();
    forms.set(surface, (forms.get(surface) ?? 0) + 1);
    seen.set(term, forms);
  }
  const best = new Map<string, string>();
  for (const [term, forms] of seen) {
    let pick = '';
    let max = 0;
    for (const [form, n] of forms) if (n > max) [pick, max] = [form, n];
    best.set(term, pick);
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
