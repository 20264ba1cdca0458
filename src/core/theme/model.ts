/**
 * The brand's theme model: a centroid of unit term vectors, one for the brand and one per
 * pillar. Brand centroid = mean of the evidence posts' vectors (published posts and posts
 * accepted as on theme) + 0.5 x the brand text's vector (label, audience, strengths, pillar
 * names, descriptions, keywords counted 3x, an everyday compound's words once; its words naming a kind of post, "notes" or 心得, at
 * FORM_SHARE), normalised; a pillar's the same from its own posts and text. Built once per
 * check, then shared by every score.
 */
import type { Brand } from '../schema/planner.ts';
import { BRAND_TEXT_SHARE, calibrate, type BagStore, type Calibration, type CalibrationInput } from './calibrate.ts';
import { expandBrandCounts, thinPriorScale } from './expand.ts';
import { useBrandWords } from './brand-words.ts';
import { isEverydayPhrase, isKeywordPiece, keywordTokens, matchPhrases, readPhrases, withPhrases, type Phrase } from './phrases.ts';
import { readPostTerms, termsOfTokens, type PostTerms } from './post-terms.ts';
import type { PostFormat } from './strip-markdown.ts';
import { SCRATCH, countNumbers, countRun, sequenceNumbers } from './term-counter.ts';
import { forEachStreamWord, isKeptMark, LEFT_OUT, markKind, tokenize, type Token } from './tokenize.ts';
import { isFormWord } from './form-words.ts';
import { combine, dot, dotDense, dotSparse, normalize, termId, termOf, toVector, weightOfId, type Dense, type Vector } from './vector.ts';
import { stageSizes, type Entries, type ModelSnapshot } from './stages.ts';

// In a module of their own: the results cache and a check whose results are all kept need these, not the model.
export { DAY_ONE, FIRST_STAGE, stageSizes, withKeptStages, type Entries, type ModelSnapshot, type StageSnapshot } from './stages.ts';

export const DEFAULT_THEME_THRESHOLD = 0.45;
const KEYWORD_REPEAT = 3;

export interface ThemeModel {
  threshold: number;
  centroid: Dense;
  /** Per pillar: its centroid, and its own calibration once PILLAR_POSTS posts are its own
   * (null: its score is read on the brand's calibration, and as day one reads it: score.ts). */
  pillars: { id: string; centroid: Dense; calibration: PillarCalibration }[];
  phrases: Phrase[];
  /** Per draft language: what general language and a typical own post score. */
  calibration: Record<'en' | 'zh', Calibration>;
  /** Vectors of the posts already seen (evidence is scored too). */
  vectors: WeakMap<PostTerms, Vector>;
  /** The brand as it was with no post (day one: the brand text alone, held to dayOneHold) and
   * with its first 2, 3, ... 12, 18, 27, ... posts: a draft one of these states accepted stays
   * accepted as posts are added. */
  stages: (() => Stage)[];
  /** With evidence: day one's state (the brand text alone; stages[0], the same function), which
   * also reads a pillar with no posts of its own (score.ts). */
  dayOne?: () => Stage;
  /** How many evidence posts the model was built from. */
  evidence: number;
  /** The Chinese words of the pillars' names and keywords: shown as evidence even when everyday words (evidence.ts). */
  keywords?: ReadonlySet<string>;
  /** The English stems of the pillars' names and keywords: a Chinese word glossed as one is shown even when everyday (evidence.ts). */
  keywordStems?: ReadonlySet<string>;
}

export interface Stage { centroid: Dense; pillars: Dense[]; pillarCalibrations: PillarCalibration[]; calibration: Record<'en' | 'zh', Calibration> }

/** A pillar's own calibration per draft language, or null while it has too few posts of its own. */
export type PillarCalibration = Record<'en' | 'zh', Calibration> | null;

/**
 * A pillar with this many evidence posts of its own is calibrated on them: a brand whose
 * pillars mix unrelated topics (recipes and servers) has a blended centroid that neither
 * topic's drafts come close to, while each pillar's posts say what a typical post of that
 * pillar scores against that pillar (tuned on the dev part of the corpus).
 */
export const PILLAR_POSTS = 2;

/** An evidence post: its markdown (and file type, readPostTerms), or the terms already read from it. */
export type ThemeEvidence = ({ body: string; title?: string; format?: PostFormat } | { terms: PostTerms }) & { pillar?: string };

/**
 * Build once per check: brand text + published posts' bodies + accepted posts' bodies, the
 * evidence in the order it was published (the first posts make the early stages).
 */
/**
 * Calibrations kept between runs (check.ts passes the results cache's): `keys.full` names the
 * inputs of the full model, `keys.stages[i]` those of growth stage i (stageSizes); a
 * calibration is a function of them alone, so one found under its key is the one calibrate()
 * would measure again.
 */
export interface CalibrationCache {
  keys: { full: string; stages: readonly string[] };
  get(key: string): Calibration | undefined;
  set(key: string, calibration: Calibration): void;
  /** The general-language bags kept between processes (calibrate.ts BagStore). */
  bags?: BagStore;
}

export function buildThemeModel(input: { brand: Brand; evidence: ThemeEvidence[]; threshold?: number; calibrations?: CalibrationCache }): ThemeModel {
  const cache = input.calibrations;
  const { brand } = input;
  // The brand's words stay whole in its text, its posts and every draft scored on the model. A
  // planner's paths set them before keying any post (check-report.ts themeBrand): the same words, no change.
  useBrandWords(brand);
  const phrases = readPhrases(brand.pillars.flatMap((p) => p.keywords));
  const vectors = new WeakMap<PostTerms, Vector>();
  const textOf = (text: BrandText) => withFormWordsDamped(vectorOf(termsOfText(text), phrases, vectors));
  const pillarTexts = brand.pillars.map((p) =>
    joinTexts([readText(`${p.name}\n${p.description}`), ...Array.from({ length: KEYWORD_REPEAT }, (_, r) => p.keywords.map((k) => readKeywordText(k, r > 0))).flat()]),
  );
  const brandTerms = termsOfText(joinTexts([readText([brand.label, brand.audience, ...brand.strengths].join('\n')), ...pillarTexts]));
  const brandText = withFormWordsDamped(vectorOf(brandTerms, phrases, vectors));
  // Day one only: a thin brand text widened through the bridge (expand.ts), built on first use.
  const priorScale = thinPriorScale(brandTerms);
  let widened: { brand: Vector; pillars: Vector[] } | undefined;
  const dayOne = () =>
    (widened ??= {
      brand: widenedVector(brandTerms, brandTerms, phrases),
      pillars: pillarTexts.map((t) => widenedVector(termsOfText(t), brandTerms, phrases)),
    });
  const pillarText = pillarTexts.map((text) => textOf(text));
  const pillarIds = brand.pillars.map((p) => p.id);
  const docs = input.evidence.map((e) => {
    const terms = 'terms' in e ? e.terms : readPostTerms(e);
    const vector = evidenceVector(terms, phrases);
    const declared = e.pillar !== undefined && pillarIds.includes(e.pillar) ? e.pillar : undefined;
    return { declared, pillar: pillarOf(declared, vector, pillarIds, pillarText), terms, vector };
  });
  const stageOf = (some: typeof docs, key?: string): Stage => {
    const kept = cache && key !== undefined ? { cache, key } : undefined;
    const sum = combine(some.map((d) => [d.vector, 1] as [Vector, number]));
    const raw = some.length ? combine([[sum, 1 / some.length], [brandText, BRAND_TEXT_SHARE]]) : combine([[dayOne().brand, 1]]);
    const centroid = normalize(combine([[raw, 1]]));
    // Each stage sorts its own posts: a stage stays a function of its first k posts (its cache key).
    const assigned = refinePillars(some, pillarIds, pillarText);
    const own = pillarIds.map((_, i) => some.filter((_d, j) => assigned[j] === i));
    // A pillar's posts join its centroid only with its own calibration: one post's centroid
    // read on the brand's calibration (made for the blend of all posts) would call anything
    // that shares a few words with that post typical.
    const pillars = own.map((mine, i) => centroidOf(mine.length >= PILLAR_POSTS ? mine.map((d) => d.vector) : [], some.length ? pillarText[i] : dayOne().pillars[i]));
    const text = combine([[brandText, 1]]);
    const calibration = lazyCalibration({ centroid, raw, sum, brandText: text, docs: some, phrases, priorScale, bags: cache?.bags }, kept && { ...kept, key: `${kept.key}\0brand` });
    const pillarCalibrations = own.map((mine, i) => (mine.length >= PILLAR_POSTS ? pillarCalibration(mine, pillarText[i], pillars[i], phrases, calibration, kept && { ...kept, key: `${kept.key}\0pillar ${i}` }) : null));
    return { centroid, pillars, pillarCalibrations, calibration };
  };
  const full = stageOf(docs, cache?.keys.full);
  const { centroid, calibration } = full;
  const pillars = brand.pillars.map((p, i) => ({ id: p.id, centroid: full.pillars[i], calibration: full.pillarCalibrations[i] }));
  const built: (Stage | undefined)[] = [];
  const model: ThemeModel = {
    threshold: input.threshold ?? DEFAULT_THEME_THRESHOLD,
    centroid, pillars, phrases, vectors, calibration,
    // Built on first use: only a draft under the threshold asks the earlier stages.
    stages: stageSizes(docs.length).map((k, i) => () => (built[i] ??= stageOf(docs.slice(0, k), cache?.keys.stages[i]))),
    evidence: docs.length,
    keywords: keywordWords(brand),
    keywordStems: keywordStems(brand),
  };
  model.dayOne = model.stages[0];
  BUILT_STAGES.set(model, built);
  // A pillar with no posts of its own is read by day one too, for every draft (score.ts): built
  // now, so that the model's snapshot holds it and a later check restores it without a rebuild.
  if (model.dayOne && full.pillarCalibrations.includes(null)) model.dayOne();
  return model;
}

/** A piece of brand text read: its tokens and its words as read (PostTerms.stream). */
interface BrandText { tokens: Token[]; stream: string }

/** `text` read as a post is, so that phrase keywords are found in it as written (手冲 in a pillar named 手冲). */
function readText(text: string): BrandText {
  const stream: string[] = [];
  return { tokens: tokenize(text, undefined, stream), stream: stream.join('') };
}

/**
 * A keyword read: the tokens it adds (keywordTokens) and its words as written. `repeat`: one of
 * its later KEYWORD_REPEAT copies, where an everyday compound (phrases.ts isEverydayPhrase:
 * "command line") adds only its phrase: its words count once, as words of the brand text, and
 * a draft's "commands" alone does not count as the keyword.
 */
function readKeywordText(keyword: string, repeat = false): BrandText {
  if (repeat && isEverydayPhrase(keyword)) return { tokens: [], stream: leftOutStream(readText(keyword).stream) };
  return { tokens: keywordTokens(keyword), stream: readText(keyword).stream };
}

/** `stream` with every word marked as left out (same kind): its phrases are found in it, and it adds no term. */
function leftOutStream(stream: string): string {
  let out = '';
  forEachStreamWord(stream, (mark, from, to) => {
    out += String.fromCharCode(isKeptMark(mark) ? LEFT_OUT + markKind(mark) : mark) + stream.slice(from, to);
  });
  return out;
}

/** Pieces of brand text one after another, each parted from the one before (its first word's mark says so). */
function joinTexts(parts: readonly BrandText[]): BrandText {
  return { tokens: parts.flatMap((p) => p.tokens), stream: parts.map((p) => p.stream).join('') };
}

function termsOfText(text: BrandText): PostTerms {
  return termsOfTokens(text.tokens, undefined, text.stream);
}

/**
 * The Chinese words of the pillars' names and keywords (ThemeModel.keywords): shown as evidence
 * even when everyday words. A lone character only where the name or keyword is that character
 * (茶): 块 of 代码块 and 包 of "R 包" are pieces, and a piece is never evidence (evidence.ts).
 */
function keywordWords(brand: Brand): Set<string> {
  const texts = brand.pillars.flatMap((p) => [p.name, ...p.keywords]);
  return new Set(texts.flatMap((text) => tokenize(text).filter((t) => t.han && !isKeywordPiece(text, t)).map((t) => t.term)));
}

/**
 * The English stems of the pillars' names and keywords (ThemeModel.keywordStems: "system" of
 * "Systems thinking"): a Chinese word met through its gloss of one (系统 "system") is shown
 * even when everyday Chinese (evidence.ts glossKeywordCode).
 */
function keywordStems(brand: Brand): Set<string> {
  return new Set(brand.pillars.flatMap((p) => [p.name, ...p.keywords]).flatMap((text) => tokenize(text).filter((t) => !t.han).map((t) => t.term)));
}

/** The growth stages each model has built so far (by stage index): what snapshotModel keeps of them. */
const BUILT_STAGES = new WeakMap<ThemeModel, (Stage | undefined)[]>();

/**
 * Each language is calibrated the first time a post in it is scored: an English-only brand
 * never loads the Chinese data for the Chinese anchor.
 */
function lazyCalibration(input: CalibrationInput, kept?: { cache: CalibrationCache; key: string }): Record<'en' | 'zh', Calibration> {
  const memo: Partial<Record<'en' | 'zh', Calibration>> = {};
  const measure = (lang: 'en' | 'zh') => {
    if (!kept) return calibrate(lang, input);
    const key = `${kept.key}\0${lang}`;
    let c = kept.cache.get(key);
    if (!c) kept.cache.set(key, (c = calibrate(lang, input)));
    return c;
  };
  const get = (lang: 'en' | 'zh') => (memo[lang] ??= measure(lang));
  return { get en() { return get('en'); }, get zh() { return get('zh'); } };
}

/**
 * The pillar an evidence post counts for: the one it declares, else the pillar whose text
 * (name, description, keywords) it shares most with, else none. Posts imported from a feed
 * rarely declare one, and a pillar's own posts are what make its centroid and calibration.
 */
function pillarOf(declared: string | undefined, vector: Vector, ids: readonly string[], texts: readonly Vector[]): string | undefined {
  if (declared && ids.includes(declared)) return declared;
  let best = 0;
  let pillar: string | undefined;
  texts.forEach((t, i) => {
    const s = dotSparse(vector, t);
    if (s > best) [best, pillar] = [s, ids[i]];
  });
  return pillar;
}

/** Rounds of refinePillars at most (each moves posts to the pillar they read nearest to). */
const REFINE_ROUNDS = 5;

/**
 * The pillar (index, -1 for none) each post counts for, refined by the posts themselves: the
 * text's first guess (pillarOf) leaves a post that shares no word with its pillar's name and
 * keywords (Genesis 1 on "Reading the Bible: the Gospels, Moses, Israel, faith") with another
 * pillar or none, and a pillar with fewer than PILLAR_POSTS posts is read on its text alone.
 * So, as in k-means seeded by the pillars' texts, each post not declaring a pillar joins the
 * pillar whose centroid (its text and its other posts: a post never vouches for itself) it is
 * nearest to, until no post moves. Declared pillars are kept. Rounds are O(posts x pillars).
 */
function refinePillars(docs: readonly { declared?: string; pillar?: string; vector: Vector }[], ids: readonly string[], texts: readonly Vector[]): number[] {
  const at = docs.map((d) => (d.pillar === undefined ? -1 : ids.indexOf(d.pillar)));
  // Only posts the text left with no pillar move: letting every post go to its nearest centroid
  // gathers a single-topic brand's posts into its biggest pillar (a centroid of more posts is
  // less noisy, so every post reads nearer to it), leaving the others on their text alone.
  const movable = at.map((i) => i < 0);
  if (!movable.includes(true)) return at;
  const b = BRAND_TEXT_SHARE;
  const textDense = texts.map((t) => combine([[t, 1]]));
  const tt = texts.map((t) => dotSparse(t, t));
  const vv = docs.map((d) => dotSparse(d.vector, d.vector));
  const vt = docs.map((d) => textDense.map((t) => dot(d.vector, t)));
  for (let round = 0; round < REFINE_ROUNDS; round++) {
    const sums = ids.map((_, i) => combine(docs.flatMap((d, j) => (at[j] === i ? [[d.vector, 1] as [Vector, number]] : []))));
    const n = ids.map((_, i) => at.filter((x) => x === i).length);
    const ss = sums.map((s) => dotDense(s, s));
    const st = sums.map((s, i) => dot(texts[i], s));
    let moved = false;
    const next = docs.map((d, j) => {
      if (!movable[j]) return at[j];
      let best = 0;
      let pillar = at[j];
      for (let i = 0; i < ids.length; i++) {
        // The pillar's centroid without this post: (S - v) / (n - 1) + b t, unnormalised.
        const self = at[j] === i;
        const count = n[i] - (self ? 1 : 0);
        const vS = dot(d.vector, sums[i]) - (self ? vv[j] : 0);
        let score: number;
        if (count === 0) score = tt[i] > 0 ? vt[j][i] / Math.sqrt(tt[i]) : 0;
        else {
          const SS = ss[i] - (self ? 2 * (vS + vv[j]) - vv[j] : 0);
          const St = st[i] - (self ? vt[j][i] : 0);
          const norm = Math.sqrt(Math.max(0, SS / (count * count) + (2 * b * St) / count + b * b * tt[i]));
          score = norm > 0 ? (vS / count + b * vt[j][i]) / norm : 0;
        }
        if (score > best) [best, pillar] = [score, i];
      }
      if (pillar !== at[j]) moved = true;
      return pillar;
    });
    at.splice(0, at.length, ...next);
    if (!moved) break;
  }
  return at;
}

/**
 * A pillar's calibration, measured on its own posts against its own centroid (calibrate.ts),
 * its typical point never nearer general language than the brand's own (as a share of the way
 * from general language to a perfect match): two or three posts of one pillar that happen to
 * differ would otherwise make any faint match read as typical of it.
 */
function pillarCalibration(own: readonly { terms: PostTerms; vector: Vector }[], text: Vector, centroid: Dense, phrases: Phrase[], brand: Record<'en' | 'zh', Calibration>, kept?: { cache: CalibrationCache; key: string }): Record<'en' | 'zh', Calibration> {
  const sum = combine(own.map((d) => [d.vector, 1] as [Vector, number]));
  const raw = combine([[sum, 1 / own.length], [text, BRAND_TEXT_SHARE]]);
  const mine = lazyCalibration({ centroid, raw, sum, brandText: combine([[text, 1]]), docs: [...own], phrases, bags: kept?.cache.bags }, kept);
  return withBrandFloor(mine, brand);
}

/** A pillar's calibration `mine` with its typical point never nearer general language than the brand's (pillarCalibration). */
function withBrandFloor(mine: Record<'en' | 'zh', Calibration>, brand: Record<'en' | 'zh', Calibration>): Record<'en' | 'zh', Calibration> {
  const memo: Partial<Record<'en' | 'zh', Calibration>> = {};
  const get = (lang: 'en' | 'zh'): Calibration => {
    if (memo[lang]) return memo[lang];
    const p = mine[lang];
    const b = brand[lang];
    const typical = p.typical.map((m, i) => Math.max(m, p.anchor[i] + ((b.typical[i] - b.anchor[i]) / (1 - b.anchor[i])) * (1 - p.anchor[i])));
    return (memo[lang] = { ...p, typical });
  };
  return { get en() { return get('en'); }, get zh() { return get('zh'); } };
}

/** Mean of unit post vectors + BRAND_TEXT_SHARE x the text's unit vector, normalised. */
export function centroidOf(posts: readonly Vector[], text: Vector): Dense {
  if (posts.length === 0) return normalize(combine([[text, 1]]));
  return normalize(combine([...posts.map((v) => [v, 1 / posts.length] as [Vector, number]), [text, BRAND_TEXT_SHARE]]));
}

/** A post's unit vector, phrase keywords included; memoised per terms object. Its phrase counts stay known (phraseCountsOf). */
export function vectorOf(terms: PostTerms, phrases: readonly Phrase[], memo?: WeakMap<PostTerms, Vector>): Vector {
  let v = memo?.get(terms);
  if (!v) {
    // Without phrase keywords the words' order is not needed (a term cache builds it on first use).
    if (phrases.length) {
      const [counts, found] = withPhrases(terms.counts, terms.sequence, phrases, 1, terms.joins, terms.stream);
      v = toVector(counts, found);
      PHRASE_COUNTS.set(v, { terms, phrases, found });
    } else v = toVector(terms.counts);
    memo?.set(terms, v);
  }
  return v;
}
const PHRASE_COUNTS = new WeakMap<Vector, { terms: PostTerms; phrases: readonly Phrase[]; found: ReadonlyMap<string, number> }>();

/**
 * How often each phrase keyword of `phrases` occurs in `terms` (matchPhrases), as vectorOf found
 * it when it made `v` of those terms and phrases; undefined when it did not (then match again).
 * Evidence leaves out the words written only inside a phrase shown (evidence.ts
 * withoutPhraseParts) by these counts, without reading the post's words a second time.
 */
export function phraseCountsOf(v: Vector, terms: PostTerms, phrases: readonly Phrase[]): ReadonlyMap<string, number> | undefined {
  const known = PHRASE_COUNTS.get(v);
  return known && known.terms === terms && known.phrases === phrases ? known.found : undefined;
}

/** The unit vector of a brand text widened through the bridge when thin (expandBrandCounts), for day one. */
function widenedVector(terms: PostTerms, whole: PostTerms, phrases: readonly Phrase[]): Vector {
  return withFormWordsDamped(toVector(...withPhrases(expandBrandCounts(terms, whole), terms.sequence, phrases, 1, terms.joins, terms.stream)));
}

/**
 * A word that names the kind of post (form-words.ts: notes, 心得) counts in the brand text at
 * this share of its value: little, not nothing (a keyword "tips" still counts). Dev parts at
 * 0.05 / 0.12 / 0.25: 0.05 lets one more off-theme draft pass; 0.12 and 0.25 move no flag, and
 * 0.25 still reads "Tips for a good weekend hike" 0.44 on a brand of "Notes on freelancing"
 * (tests/eval/RESULTS.md, "Words that name the kind of post").
 */
const FORM_SHARE = 0.12;

/**
 * A brand text's unit vector `v` with its words naming a kind of post at FORM_SHARE of their
 * value, unit length again: a pillar named 接案心得 or "Notes on freelancing" is about 接案 and
 * freelancing, and a draft that shares only 心得 or "notes" with it is not on theme. `v` itself
 * when it has none.
 */
function withFormWordsDamped(v: Vector): Vector {
  let found = false;
  for (let i = 0; i < v.size && !found; i++) found = isFormWord(termOf(v.ids[i]));
  if (!found) return v;
  const w = Float64Array.from(v.w.subarray(0, v.size), (x, i) => (isFormWord(termOf(v.ids[i])) ? x * FORM_SHARE : x));
  const norm = Math.sqrt(w.reduce((sum, x) => sum + x * x, 0));
  return { ids: v.ids.slice(0, v.size), w: w.map((x) => x / norm), size: v.size };
}

/** An evidence post's bridged glosses count this share of what a draft's do (tuned on dev). */
export const EVIDENCE_GLOSS_SHARE = 0.1;

/**
 * An evidence post's vector: its written words in full, its bridged glosses at
 * EVIDENCE_GLOSS_SHARE. A Chinese draft meets a Chinese post's words directly; matching their
 * glosses in full as well counts every shared word twice and lets everyday glosses
 * ("document", "establish") tie unrelated manuals. The bridge keeps its full weight in drafts,
 * where it ties them to the brand text and to posts in the other language.
 */
export function evidenceVector(terms: PostTerms, phrases: readonly Phrase[]): Vector {
  const found = phrases.length === 0 ? undefined : matchPhrases(terms.sequence, phrases, terms.joins, terms.stream);
  if (found === undefined || found.size === 0) return numberedEvidenceVector(terms);
  const counts = new Map<string, number>();
  for (const term of terms.sequence) counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const [term, n] of terms.counts) {
    const written = counts.get(term) ?? 0;
    if (n !== written) counts.set(term, written + (n - written) * EVIDENCE_GLOSS_SHARE);
  }
  return toVector(...withPhrases(counts, terms.sequence, phrases, EVIDENCE_GLOSS_SHARE, terms.joins, terms.stream, found));
}

/** evidenceVector of a post no phrase keyword occurs in, counted by intern number (term-counter.ts): the same vector. */
function numberedEvidenceVector(terms: PostTerms): Vector {
  const counter = SCRATCH;
  counter.reset();
  countRun(counter, sequenceNumbers(terms.sequence));
  const { keys, values } = countNumbers(terms);
  for (let j = 0; j < keys.length; j++) {
    const n = values[j];
    const written = counter.get(keys[j]) ?? 0;
    if (n !== written) counter.set(keys[j], written + (n - written) * EVIDENCE_GLOSS_SHARE);
  }
  return counter.toVector();
}

/** Whether `model` has built a growth stage that `snapshot` (one entry per stage, as the model's) does not hold. */
export function buildsStagesBeyond(model: ThemeModel, snapshot: ModelSnapshot): boolean {
  return (BUILT_STAGES.get(model) ?? []).some((stage, i) => stage !== undefined && !snapshot.stages[i]);
}

/**
 * The snapshot of `model` (built by buildThemeModel or restoreModel): its centroids by term, and
 * those of the growth stages it has built so far (a draft under the threshold asked for them).
 */
export function snapshotModel(model: ThemeModel): ModelSnapshot {
  const built = BUILT_STAGES.get(model) ?? [];
  const vocab: string[] = [];
  const weights: number[] = [];
  // Term id -> index in vocab + 1 (0: not yet in it).
  let slot = new Int32Array(0);
  const entries = (d: Dense): Entries => {
    if (slot.length < d.length) {
      const grown = new Int32Array(d.length);
      grown.set(slot);
      slot = grown;
    }
    const at: number[] = [];
    const values: number[] = [];
    for (let id = 0; id < d.length; id++) {
      if (d[id] === 0) continue;
      if (slot[id] === 0) {
        vocab.push(termOf(id));
        weights.push(weightOfId(id));
        slot[id] = vocab.length;
      }
      at.push(slot[id] - 1);
      values.push(d[id]);
    }
    return { at: Int32Array.from(at), values: Float64Array.from(values) };
  };
  const centroid = entries(model.centroid);
  const pillars = model.pillars.map((p) => ({ id: p.id, centroid: entries(p.centroid), own: p.calibration !== null }));
  const stages = model.stages.map((_, i) => {
    const stage = built[i];
    return stage ? { centroid: entries(stage.centroid), pillars: stage.pillars.map(entries), own: stage.pillarCalibrations.map((c) => c !== null) } : null;
  });
  return { evidence: model.evidence, vocab, weights: Float64Array.from(weights), centroid, pillars, stages };
}

/**
 * The model `snapshot` was taken of, for the same brand, threshold and evidence (the caller
 * keys snapshots by those inputs), without reading a single evidence post: a check after one
 * draft was edited scores that draft against it. Its centroids hold the same values, so a
 * draft's dot products, and so its score and evidence, are those of the model rebuilt; so do the
 * growth stages it holds (those an earlier run asked: a draft under the threshold asks them).
 * What the snapshot does not hold is asked of `rebuild()` (the model built from the evidence,
 * once) on first use: a calibration `calibrations` lacks (a draft in a language not measured
 * before), a growth stage not kept. `calibrations` must be keyed by the same model and stage
 * inputs as when the snapshot was taken; the snapshot must have one entry per growth stage.
 */
export function restoreModel(snapshot: ModelSnapshot, input: { brand: Brand; threshold?: number; calibrations: CalibrationCache; rebuild: () => ThemeModel }): ThemeModel {
  const { brand, calibrations } = input;
  // As buildThemeModel: every draft scored on the model is cut with its brand's words.
  useBrandWords(brand);
  // This process's id of each snapshot term, given on first use of any centroid.
  let ids: Int32Array | undefined;
  const fromTerms = ({ at, values }: Entries): Dense => {
    ids ??= Int32Array.from(snapshot.vocab, (term, i) => termId(term, snapshot.weights[i]));
    let length = 0;
    for (let i = 0; i < at.length; i++) length = Math.max(length, ids[at[i]] + 1);
    const out = new Float64Array(length);
    for (let i = 0; i < at.length; i++) out[ids[at[i]]] = values[i];
    return out;
  };
  let rebuilt: ThemeModel | undefined;
  const rebuild = () => (rebuilt ??= input.rebuild());
  // As lazyCalibration keys them (stageOf: `${key}\0brand`, `${key}\0pillar i`, then the language),
  // `owner` being keys.full for the model, keys.stages[i] for stage i.
  const stored = (owner: string, key: string, fallback: (lang: 'en' | 'zh') => Calibration): Record<'en' | 'zh', Calibration> => {
    const memo: Partial<Record<'en' | 'zh', Calibration>> = {};
    const get = (lang: 'en' | 'zh') => (memo[lang] ??= calibrations.get(`${owner}\0${key}\0${lang}`) ?? fallback(lang));
    return { get en() { return get('en'); }, get zh() { return get('zh'); } };
  };
  // A pillar's calibration is stored as measured: the brand's floor is applied here, as pillarCalibration does.
  const floored = (mine: Record<'en' | 'zh', Calibration>, brandCalibration: Record<'en' | 'zh', Calibration>) => {
    let record: Record<'en' | 'zh', Calibration> | undefined;
    const get = (lang: 'en' | 'zh') => (record ??= withBrandFloor(mine, brandCalibration))[lang];
    return { get en() { return get('en'); }, get zh() { return get('zh'); } };
  };
  const full = calibrations.keys.full;
  const calibration = stored(full, 'brand', (lang) => rebuild().calibration[lang]);
  const pillars = snapshot.pillars.map((p, i) => ({
    id: p.id,
    centroid: fromTerms(p.centroid),
    calibration: p.own ? floored(stored(full, `pillar ${i}`, (lang) => rebuild().pillars[i]!.calibration![lang]), calibration) : null,
  }));
  const built: (Stage | undefined)[] = [];
  const stageOf = (i: number): Stage => {
    const kept = snapshot.stages[i];
    if (!kept) return rebuild().stages[i]!();
    const owner = calibrations.keys.stages[i]!;
    const stageCalibration = stored(owner, 'brand', (lang) => rebuild().stages[i]!().calibration[lang]);
    return {
      centroid: fromTerms(kept.centroid),
      pillars: kept.pillars.map(fromTerms),
      pillarCalibrations: kept.own.map((own, j) => (own ? floored(stored(owner, `pillar ${j}`, (lang) => rebuild().stages[i]!().pillarCalibrations[j]![lang]), stageCalibration) : null)),
      calibration: stageCalibration,
    };
  };
  const model: ThemeModel = {
    threshold: input.threshold ?? DEFAULT_THEME_THRESHOLD,
    centroid: fromTerms(snapshot.centroid),
    pillars,
    phrases: readPhrases(brand.pillars.flatMap((p) => p.keywords)),
    vectors: new WeakMap(),
    calibration,
    stages: snapshot.stages.map((_, i) => () => (built[i] ??= stageOf(i))),
    evidence: snapshot.evidence,
    keywords: keywordWords(brand),
    keywordStems: keywordStems(brand),
  };
  model.dayOne = model.stages[0];
  BUILT_STAGES.set(model, built);
  return model;
}
