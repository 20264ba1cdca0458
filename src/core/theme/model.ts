/**
 * The brand's theme model: one term profile for the brand and one per pillar, seeded by the
 * brand's own words (label, strengths, audience, pillars) and grown by evidence (published
 * posts and posts accepted as on theme). Built once per check, then shared by every score.
 */
import type { Brand } from '../schema/planner.ts';
import { readPostTerms, type PostTerms } from './post-terms.ts';
import { addTerms, countTerms, coverage, createProfile, leaveOut, type Profile } from './profile.ts';
import { tokenize } from './tokenize.ts';

export const DEFAULT_THEME_THRESHOLD = 0.45;
/** Weight of one word the writer chose to describe the brand, against one word of a post. */
const BRAND_TEXT_WEIGHT = 3;
const KEYWORD_WEIGHT = 6;
/** Coverage a typical on-theme post reaches from the brand text alone (no evidence yet). */
const PRIOR_TYPICAL = 0.06;
const MAX_EVIDENCE_FOR_TYPICAL = 200;

export interface ThemeModel {
  threshold: number;
  brand: Profile;
  pillars: { id: string; profile: Profile }[];
  /** Coverage of a typical on-theme post: the calibration point of the 0..1 score. */
  typical: number;
  /** Per-term numbers, filled as posts are scored: posts share most of their words. */
  memo: Map<string, TermStats>;
}

export interface TermStats { surprise: number; brand: number; pillars: number[] }

/** An evidence post: its markdown, or the terms already read from it (readPostTerms). */
export type ThemeEvidence = ({ body: string } | { terms: PostTerms }) & { pillar?: string };

/** Build once per check: brand text + published posts' bodies + accepted posts' bodies. */
export function buildThemeModel(input: { brand: Brand; evidence: ThemeEvidence[]; threshold?: number }): ThemeModel {
  const { brand, evidence } = input;
  const profile = createProfile();
  addTerms(profile, textCounts([brand.label, brand.audience, ...brand.strengths].join('\n')), BRAND_TEXT_WEIGHT, false);
  const pillars = brand.pillars.map((pillar) => {
    const own = createProfile();
    const text = textCounts(`${pillar.name}\n${pillar.description}`);
    const keywords = textCounts(pillar.keywords.join('\n'));
    for (const p of [own, profile]) {
      addTerms(p, text, BRAND_TEXT_WEIGHT, false);
      addTerms(p, keywords, KEYWORD_WEIGHT, false);
    }
    return { id: pillar.id, profile: own };
  });
  const docs = evidence.map((e) => ({ pillar: e.pillar, counts: ('terms' in e ? e.terms : readPostTerms(e)).counts }));
  for (const doc of docs) {
    addTerms(profile, doc.counts, 1, true);
    const pillar = pillars.find((p) => p.id === doc.pillar);
    if (pillar) addTerms(pillar.profile, doc.counts, 1, true);
  }
  return {
    threshold: input.threshold ?? DEFAULT_THEME_THRESHOLD,
    brand: profile,
    pillars,
    typical: measureTypical(profile, docs.map((d) => d.counts)),
    memo: new Map(),
  };
}

function textCounts(text: string): Map<string, number> {
  return countTerms(tokenize(text));
}

/**
 * The median coverage of evidence posts, each scored against the brand without itself
 * (leave-one-out), so that the score means the same for a brand with 5 posts or 500.
 */
function measureTypical(profile: Profile, docs: ReadonlyMap<string, number>[]): number {
  const usable = docs.filter((d) => d.size > 0);
  if (usable.length === 0) return PRIOR_TYPICAL;
  const step = Math.ceil(usable.length / MAX_EVIDENCE_FOR_TYPICAL);
  const values: number[] = [];
  for (let i = 0; i < usable.length; i += step) values.push(coverage(profile, usable[i], leaveOut(usable[i])));
  values.sort((a, b) => a - b);
  // Left-out posts see a smaller brand than drafts will: never calibrate below the prior.
  return Math.max(PRIOR_TYPICAL, values[Math.floor(values.length / 2)]);
}
