/**
 * A draft's evidence words, grouped by number: every written form met ("饺子", "饺子 (dumpling)",
 * "cooking") is numbered once per process by its base word (the form before " ("), so a draft's
 * ~600 terms are grouped in arrays indexed by that number, not in string-keyed maps of new
 * strings. The same sums in the same order as grouping by string: the same output, bit for bit.
 */
import { chineseLexicon, MIN_GLOSS_WEIGHT } from './chinese.ts';
import { Numbering } from './numbering.ts';
import { matchPhrases, type Phrase } from './phrases.ts';
import type { PostTerms } from './post-terms.ts';
import { normalizeWord } from './tokenize.ts';
import { toSimplified } from './traditional.ts';
import { FORM_SKIP, FORM_UNKNOWN, type VocabFacts } from './vocab-facts.ts';
import { originOf, slotTermId, termId, termOf, valueAt, type Dense, type Vector } from './vector.ts';

/** Evidence weaker than this share of the strongest piece is noise (a stray gloss). */
const MIN_SHARE = 0.1;
const MAX_TERMS = 8;
const MAX_OFF_TERMS = 5;

/**
 * Written form -> its base word's number x 2 + 1 when it carries a gloss; SKIP for a lone Han
 * character, a Chinese function word (chinese.ts isFunctionWord: 很多, 本文, 之间 by part of
 * speech, 使用, 包括 by document frequency) or a fragment (isFragment: 场里, 只用), which say
 * nothing about what a draft is about.
 * English function words never get this far (tokenize.ts drops stopwords).
 */
const FORMS = new Map<string, number>();
const BASES = new Numbering();
const BASE_TEXT = BASES.names;
const SKIP = -1;

function formCode(surface: string): number {
  let code = FORMS.get(surface);
  if (code === undefined) {
    const base = formBase(surface);
    code = base === null ? SKIP : numbered(surface, base);
    FORMS.set(surface, code);
  }
  return code;
}

/** The base word a written form is grouped by, or null for a form never shown (SKIP). */
export function formBase(surface: string): string | null {
  const base = baseOf(surface);
  // A lone Han character is too often a piece of a longer word to be shown as a reason, and so is
  // a grammatical character paired with a neighbour's (场里 of 职场里, 只用 of 只用了: isFragment).
  if (surface.charCodeAt(0) < 0x2e80) return base;
  if (base.length === 1) return null;
  const lexicon = chineseLexicon();
  const simple = toSimplified(base);
  return lexicon?.isFunctionWord(simple) || lexicon?.isFragment(simple) ? null : base;
}

/** formCode of vocabulary slot `slot` from its facts (vocab-facts.ts) when known: no string look-up but the base word's, once per process. */
function slotFormCode(facts: VocabFacts, slot: number): number {
  const form = facts.form[slot];
  if (form === FORM_UNKNOWN) return formCode(facts.vocab[slot]);
  if (form === FORM_SKIP) return SKIP;
  const baseSlot = form >> 1;
  let n = facts.baseNumber[baseSlot];
  if (n < 0) facts.baseNumber[baseSlot] = n = facts.unique ? slotBaseNumber(facts, baseSlot) : baseNumber(facts.vocab[baseSlot]);
  return n * 2 + (form & 1);
}

/**
 * baseNumber of the word at a slot of `facts` (whose words are each there once): numbered by
 * the slot, it enters the string map only when a base is looked up by string (numbering.ts).
 */
function slotBaseNumber(facts: VocabFacts, slot: number): number {
  const base = facts.vocab[slot];
  return BASES.findFrom(base, facts) ?? BASES.addFrom(base, facts);
}

/**
 * The word of an evidence surface as shown, without its gloss: "饺子 (dumpling)" -> "饺子",
 * "python" -> "python". The gloss is the bilingual bridge's, appended as " (...)".
 */
export function baseOf(surface: string): string {
  const cut = surface.indexOf(' (');
  return cut < 0 ? surface : surface.slice(0, cut);
}

/** The code of a form by its base word's number, never SKIP (formCode's rule aside). */
function numbered(surface: string, base: string): number {
  return baseNumber(base) * 2 + (base.length === surface.length ? 0 : 1);
}

/** The number of a base word, given on first sight. */
function baseNumber(base: string): number {
  return BASES.find(base) ?? BASES.add(base);
}

/**
 * The gloss shown for a word matched through the bridged stem `id`: the dictionary's own gloss
 * when it carries that stem (饺子 (dumpling), 生抽 (light soy sauce)), else the English word the
 * glosses write that stem in (服务 (service): its first gloss is "to serve"); null when neither.
 * Memoised per word and stem.
 */
const GLOSSES = new Map<number, string | null>();
function glossOf(n: number, id: number): string | null {
  // Base numbers and term ids stay far below 2^26: the pair is one exact number.
  const key = n * 2 ** 26 + id;
  let gloss = GLOSSES.get(key);
  if (gloss === undefined) {
    const word = BASE_TEXT[n];
    const lexicon = chineseLexicon();
    const stem = termOf(id);
    const own = lexicon?.bridge(toSimplified(word))?.gloss;
    const carries = own !== undefined && (own.toLowerCase().match(/[a-z]+(?:'[a-z]+)*/g) ?? []).some((w) => normalizeWord(w) === stem);
    gloss = carries ? own : (lexicon?.englishForm(stem) ?? null);
    GLOSSES.set(key, gloss);
  }
  return gloss;
}

/**
 * The surfaces of posts read from a term cache, as numbers over its vocabulary: pairs[2k] is a
 * term's vocabulary slot, pairs[2k + 1] its surface's; `table` numbers slots as vector ids (the
 * cache's, shared with toVector), `codes` remembers each slot's form code (UNKNOWN until needed),
 * so a form is looked up by string once per vocabulary entry, not once per post.
 */
export interface SharedSurfaces { vocab: readonly string[]; pairs: Int32Array; table: Int32Array; codes: Int32Array; facts?: VocabFacts }
/** The value of a `codes` entry not yet worked out. */
export const UNKNOWN = -2;
const SHARED = new WeakMap<ReadonlyMap<string, string>, SharedSurfaces>();

/** Registers `surfaces` as the map form of `shared` (the same term/surface pairs). */
export function shareSurfaces(surfaces: ReadonlyMap<string, string>, shared: SharedSurfaces): void {
  SHARED.set(surfaces, shared);
}

// Per term id: the code of the term written as itself.
let OWN_CODE = new Int32Array(1 << 16).fill(UNKNOWN);

function ownCode(id: number): number {
  if (id >= OWN_CODE.length) {
    const grown = new Int32Array(Math.max(id + 1, OWN_CODE.length * 2)).fill(UNKNOWN);
    grown.set(OWN_CODE);
    OWN_CODE = grown;
  }
  let code = OWN_CODE[id];
  if (code === UNKNOWN) {
    const origin = originOf(id);
    OWN_CODE[id] = code = origin ? slotFormCode(origin.facts, origin.slot) : formCode(termOf(id));
  }
  return code;
}

/**
 * A small map of non-negative integers to integers for one draft (open addressing, cleared
 * after it): the draft's few hundred keys stay in a table that fits the CPU's cache, where
 * arrays indexed by term id or base number (100,000 entries and more) are read at random.
 */
class SmallMap {
  private keys = new Int32Array(1024).fill(-1);
  private values = new Int32Array(1024);
  private used: number[] = [];
  private shift = 32 - 10;
  /** The value of `key`, or -1. */
  get(key: number): number {
    const { keys } = this;
    const mask = keys.length - 1;
    for (let h = Math.imul(key, 0x9e3779b1) >>> this.shift; ; h = (h + 1) & mask) {
      const k = keys[h];
      if (k === key) return this.values[h];
      if (k === -1) return -1;
    }
  }
  set(key: number, value: number): void {
    if ((this.used.length + 1) * 2 > this.keys.length) this.grow();
    const { keys } = this;
    const mask = keys.length - 1;
    let h = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (keys[h] !== -1 && keys[h] !== key) h = (h + 1) & mask;
    if (keys[h] === -1) {
      keys[h] = key;
      this.used.push(h);
    }
    this.values[h] = value;
  }
  clear(): void {
    for (const h of this.used) this.keys[h] = -1;
    this.used.length = 0;
  }
  private grow(): void {
    const { keys, values, used } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.used = [];
    this.shift--;
    for (const h of used) this.set(keys[h], values[h]);
  }
}

/** During one draft: term id -> its surface's vocabulary slot (markSlots). */
const SLOT_OF = new SmallMap();

/** Marks each shared surface's term id with its slot (SLOT_OF; cleared after the draft). */
function markSlots({ vocab, pairs, table, facts }: SharedSurfaces): void {
  for (let k = 0; k < pairs.length; k += 2) {
    const slot = pairs[k];
    let id = table[slot];
    if (id < 0) table[slot] = id = slotTermId(vocab, slot, facts);
    SLOT_OF.set(id, pairs[k + 1]);
  }
}

/**
 * CC-CEDICT's own shorthand, which its glosses write around the meaning: "sth" (something),
 * "oneself", "lit." and "fig." (literally, figuratively), "abbr.", "usu.". Their stems are in
 * the bridge, so two unrelated words (只能 "can only (do sth)", 舍不得 "to hate to do sth")
 * meet through them; such a match says nothing about a subject, so it is never shown as
 * evidence (the score keeps it: removing them from the bridge lowered a dev row).
 */
const CEDICT_SHORTHAND = new Set(['sth', 'oneself', 'lit', 'fig', 'abbr', 'usu']);
const SHORTHAND_IDS = new Map<number, boolean>();
function isShorthand(id: number): boolean {
  let yes = SHORTHAND_IDS.get(id);
  if (yes === undefined) SHORTHAND_IDS.set(id, (yes = CEDICT_SHORTHAND.has(termOf(id))));
  return yes;
}

/**
 * Per base word met in a draft: its summed weight, the form shown; of its bridged glosses, the
 * strongest (its stem's term id and weight) and what the word's own written forms weighed, so
 * a word reads with the gloss that carried it ("服务 (service)" in a text on servers, not the
 * first gloss "to serve") and only when the match went through the bridge (display). Groups
 * are numbered 0, 1, 2... in the order their words are first met (`size` of them).
 */
class Groups {
  size = 0;
  base = new Int32Array(256);
  weight = new Float64Array(256);
  direct = new Float64Array(256);
  gloss = new Float64Array(256);
  glossId = new Int32Array(256);
  shown: string[] = new Array<string>(256).fill('');
  private readonly index = new SmallMap();
  add(n: number, surface: string, w: number, stem = -1): void {
    if (stem >= 0 && isShorthand(stem)) return;
    let g = this.index.get(n);
    if (g < 0) {
      if (this.size === this.base.length) this.grow();
      g = this.size++;
      this.index.set(n, g);
      this.base[g] = n;
      this.weight[g] = w;
      this.direct[g] = 0;
      this.gloss[g] = 0;
      this.shown[g] = surface;
    } else {
      if (surface.length > this.shown[g].length) this.shown[g] = surface;
      this.weight[g] += w;
    }
    if (stem < 0) this.direct[g] += w;
    else if (w > this.gloss[g]) [this.gloss[g], this.glossId[g]] = [w, stem];
  }
  /**
   * The form shown for group g: with the gloss that carried it only when the match went through
   * the bridge. A word a pillar names (产品 on a brand of AI 产品) needs no gloss. On a brand that
   * writes its pillars in Chinese (KEYWORDS not empty), neither does a word the brand's centroid
   * holds itself (开发 on a brand of 前端开发), however much its glosses weighed: they are there
   * through that same word, so "开发 (to exploit)" read as a translation the match never used. On
   * a brand written in English a Chinese word is in the centroid through the bridge (expand.ts
   * widens a thin brand with the words its English glosses) or through a Chinese post: it shows
   * its gloss when the bridge carried more than the word itself ("饺子 (dumpling)").
   */
  display(g: number): string {
    if (this.gloss[g] === 0) return this.shown[g];
    const n = this.base[g];
    const own = KEYWORDS.size > 0 ? this.direct[g] > 0 : this.gloss[g] <= this.direct[g];
    if (own || KEYWORDS.has(toSimplified(BASE_TEXT[n]))) return BASE_TEXT[n];
    const gloss = glossOf(n, this.glossId[g]);
    return gloss ? `${BASE_TEXT[n]} (${gloss})` : this.shown[g];
  }
  /** Whether base word n has a group. */
  has(n: number): boolean {
    return this.index.get(n) >= 0;
  }
  clear(): void {
    this.index.clear();
    this.size = 0;
  }
  private grow(): void {
    const size = this.base.length * 2;
    const floats = (a: Float64Array) => {
      const out = new Float64Array(size);
      out.set(a);
      return out;
    };
    const ints = (a: Int32Array) => {
      const out = new Int32Array(size);
      out.set(a);
      return out;
    };
    const shown = new Array<string>(size).fill('');
    for (let k = 0; k < this.shown.length; k++) shown[k] = this.shown[k];
    [this.base, this.weight, this.direct, this.gloss, this.glossId, this.shown] = [ints(this.base), floats(this.weight), floats(this.direct), floats(this.gloss), ints(this.glossId), shown];
  }
}
const NONE: ReadonlySet<string> = new Set();
/** explainTerms's `keywords` while it runs. */
let KEYWORDS = NONE;
const ON = new Groups();
const OFF = new Groups();

/**
 * Evidence: the draft's terms by their share of the dot product with `centroid` (at least
 * MIN_SHARE of the strongest, MAX_TERMS at most), a Chinese word shown once, with its gloss
 * when the match went through the bridge. Off terms: the post's own heaviest words the brand
 * never used (a word the brand met through its gloss is evidence, never also "off").
 * `keywords`: the Chinese words of the pillars' names and keywords, shown (without a gloss) even
 * when everyday words; `keywordStems`: their English stems, whose glossed Chinese words are shown
 * (with the gloss) even when everyday words. A word the draft writes only inside a phrase keyword
 * shown is left out (withoutPhraseParts), by `phraseCounts`: how often each phrase occurs in
 * `terms` (matchPhrases), as the caller's vector found them (model.ts phraseCountsOf); absent,
 * they are matched again.
 */
export function explainTerms(centroid: Dense, phrases: readonly Phrase[], terms: PostTerms, v: Vector, keywords: ReadonlySet<string> = NONE, keywordStems: ReadonlySet<string> = NONE, phraseCounts?: ReadonlyMap<string, number>): { terms: string[]; offTerms: string[] } {
  const phraseForms = phraseSurfaces(phrases);
  const { surfaces } = terms;
  const offForms: string[] = [];
  const offCodes: number[] = [];
  const offWeights: number[] = [];
  const shared = SHARED.get(surfaces);
  if (shared) markSlots(shared);
  const own = shared ? ownCodesOf(phrases, keywords, keywordStems) : OWN_NONE;
  const slotCodes = shared ? slotCodesOf(shared, keywords) : NO_CODES;
  KEYWORDS = keywords;
  try {
    for (let i = 0; i < v.size; i++) {
      const id = v.ids[i];
      let surface: string | undefined;
      let code: number;
      const slot = shared ? SLOT_OF.get(id) : -1;
      if (slot >= 0) {
        code = slotCodes[slot];
        if (code === UNKNOWN) slotCodes[slot] = code = keywordCode(surfaceCode(shared!, slot), shared!.vocab[slot], keywords);
        surface = shared!.vocab[slot];
        // Several stems share one glossed surface (单元测试 "unit test"): by the stem, not memoised by the slot.
        if (code === SKIP) code = glossKeywordCode(surface, id, keywordStems);
        if (code === SKIP) continue;
      } else if (shared) {
        // Not a surface of the post: its code is a function of the id and the model (its
        // phrases and keywords), worked out once per id below.
        if (id >= own.codes.length) own.grow(id);
        code = own.codes[id];
        if (code === UNKNOWN) code = own.learn(id, phraseForms);
        if (code === SKIP) continue;
        surface = own.phrase[id] === 1 ? phraseForms.get(termOf(id))! : termOf(id);
      } else {
        const term = termOf(id);
        surface = (surfaces.size ? surfaces.get(term) : undefined) ?? (phraseForms.size ? phraseForms.get(term) : undefined);
        code = surface === undefined ? ownCode(id) : formCode(surface);
        surface ??= term;
        code = keywordCode(code, surface, keywords);
        if (code === SKIP) code = glossKeywordCode(surface, id, keywordStems);
        if (code === SKIP) continue;
      }
      const c = valueAt(centroid, v.ids[i]);
      if (c > 0) ON.add(code >> 1, surface, v.w[i] * c, code & 1 ? id : -1);
      else if ((code & 1) === 0) {
        offForms.push(surface);
        offCodes.push(code >> 1);
        offWeights.push(v.w[i]);
      }
    }
    for (let k = 0; k < offForms.length; k++) if (!ON.has(offCodes[k])) OFF.add(offCodes[k], offForms[k], offWeights[k]);
    // A Chinese word whose gloss the brand met is never "off": also where its stem's evidence is
    // shown under another word of the draft that glosses the same (测试 "test" after 软件 ...: a
    // stem keeps the first word that bridged to it), and a compound CC-CEDICT lacks whose parts'
    // glosses the brand wrote (单元测试 on a brand of "unit test"; chinese.ts compoundGloss).
    const off = strongest(OFF, MAX_OFF_TERMS * 2, 0).filter((word) => !glossMet(word, centroid));
    const on = phraseForms.size ? withoutPhraseParts(strongest(ON, MAX_TERMS * 2, MIN_SHARE), phrases, terms, phraseCounts).slice(0, MAX_TERMS) : strongest(ON, MAX_TERMS, MIN_SHARE);
    return { terms: on, offTerms: off.slice(0, MAX_OFF_TERMS) };
  } finally {
    KEYWORDS = NONE;
    SLOT_OF.clear();
    ON.clear();
    OFF.clear();
  }
}

/** Whether Chinese `word` bridges (with a counted weight) to a stem `centroid` holds. */
function glossMet(word: string, centroid: Dense): boolean {
  if (word.charCodeAt(0) < 0x2e80) return false;
  const lexicon = chineseLexicon();
  const simplified = toSimplified(word);
  const stems = (lexicon?.bridge(simplified) ?? lexicon?.compoundGloss(simplified))?.stems;
  return stems !== undefined && stems.some(([stem, weight]) => weight >= MIN_GLOSS_WEIGHT && valueAt(centroid, termId(stem)) > 0);
}

/**
 * Per term id, explainTerms's code of a term that is not one of the post's surfaces (so written
 * as its phrase keyword's surface or as itself) under one model's phrases and keywords: SKIP
 * when never shown (formCode's rule, a keyword excepted), else the code it is grouped by.
 * `phrase[id]` is 1 when the term is a phrase keyword (its surface is the phrase's). The same
 * codes explainTerms would work out per occurrence, once per id and model.
 */
class OwnCodes {
  codes = new Int32Array(0);
  phrase = new Uint8Array(0);
  readonly keywords: ReadonlySet<string>;
  readonly keywordStems: ReadonlySet<string>;
  constructor(keywords: ReadonlySet<string>, keywordStems: ReadonlySet<string> = NONE) {
    this.keywords = keywords;
    this.keywordStems = keywordStems;
  }
  grow(id: number): void {
    const size = Math.max(id + 1, this.codes.length * 2, 1 << 16);
    const codes = new Int32Array(size).fill(UNKNOWN);
    codes.set(this.codes);
    const phrase = new Uint8Array(size);
    phrase.set(this.phrase);
    [this.codes, this.phrase] = [codes, phrase];
  }
  learn(id: number, phraseForms: ReadonlyMap<string, string>): number {
    const term = termOf(id);
    const surface = phraseForms.size ? phraseForms.get(term) : undefined;
    this.phrase[id] = surface === undefined ? 0 : 1;
    const code = keywordCode(surface === undefined ? ownCode(id) : formCode(surface), surface ?? term, this.keywords);
    return (this.codes[id] = code === SKIP ? glossKeywordCode(surface ?? term, id, this.keywordStems) : code);
  }
}

/**
 * The code of a form whose own code is `code`: a word the brand names as a keyword (产品 on a
 * brand of AI products) is shown even where it is everyday Chinese (SKIP): it is what the
 * author asked to be measured by.
 */
function keywordCode(code: number, surface: string, keywords: ReadonlySet<string>): number {
  if (code !== SKIP) return code;
  const base = baseOf(surface);
  return keywords.has(toSimplified(base)) ? numbered(surface, base) : SKIP;
}

/**
 * The code of a glossed form ("系统 (system)") standing for the bridged stem `id` when that stem
 * is one of the brand's keywords written in English, else SKIP. An everyday Chinese word (系统,
 * by jieba's document frequency) raised a score through a keyword of the brand ("system") and
 * the draft's evidence was empty (third trial on real blogs, F8): whatever raises the score is shown.
 */
function glossKeywordCode(surface: string, id: number, keywordStems: ReadonlySet<string>): number {
  if (keywordStems.size === 0 || surface.charCodeAt(surface.length - 1) !== 0x29 || !keywordStems.has(termOf(id))) return SKIP;
  const base = baseOf(surface);
  // A lone character stays a piece (formBase): its gloss is a guess at which word it is part of.
  return base.length === surface.length || base.length < 2 ? SKIP : numbered(surface, base);
}

/** The form code of the surface at vocabulary slot `slot` of a term cache (memoised in `codes`). */
function surfaceCode(shared: SharedSurfaces, slot: number): number {
  let code = shared.codes[slot];
  if (code === UNKNOWN) shared.codes[slot] = code = shared.facts ? slotFormCode(shared.facts, slot) : formCode(shared.vocab[slot]);
  return code;
}

/** Per vocabulary slot of a term cache: keywordCode of its surface under one model's keywords (UNKNOWN until needed). */
const SLOT_CODES = new WeakMap<Int32Array, { keywords: ReadonlySet<string>; codes: Int32Array }>();
const NO_CODES = new Int32Array(0);
function slotCodesOf(shared: SharedSurfaces, keywords: ReadonlySet<string>): Int32Array {
  let memo = SLOT_CODES.get(shared.codes);
  if (!memo || memo.keywords !== keywords) SLOT_CODES.set(shared.codes, (memo = { keywords, codes: new Int32Array(shared.codes.length).fill(UNKNOWN) }));
  return memo.codes;
}
const OWN_NONE = new OwnCodes(NONE);
const OWN_CODES = new WeakMap<readonly Phrase[], OwnCodes>();
function ownCodesOf(phrases: readonly Phrase[], keywords: ReadonlySet<string>, keywordStems: ReadonlySet<string>): OwnCodes {
  let own = OWN_CODES.get(phrases);
  if (!own || own.keywords !== keywords || own.keywordStems !== keywordStems) OWN_CODES.set(phrases, (own = new OwnCodes(keywords, keywordStems)));
  return own;
}

const PHRASE_SURFACES = new WeakMap<readonly Phrase[], Map<string, string>>();
function phraseSurfaces(phrases: readonly Phrase[]): Map<string, string> {
  let map = PHRASE_SURFACES.get(phrases);
  if (!map) PHRASE_SURFACES.set(phrases, (map = new Map(phrases.map((p) => [p.key, p.surface]))));
  return map;
}

/**
 * Evidence without the words a draft writes only inside a phrase keyword the evidence shows
 * ("soy sauce", then not also "soy" and "sauce"; 手冲咖啡, then not 咖啡): the phrase names them.
 * A word the draft also writes on its own (web in "web performance … a web server") stays: it
 * is evidence of its own. Order kept.
 */
function withoutPhraseParts(words: readonly string[], phrases: readonly Phrase[], terms: PostTerms, phraseCounts?: ReadonlyMap<string, number>): string[] {
  const bySurface = new Map(phrases.map((p) => [p.surface, p]));
  const shown = words.flatMap((w) => bySurface.get(w) ?? []);
  if (shown.length === 0) return [...words];
  const found = phraseCounts ?? matchPhrases(terms.sequence, phrases, terms.joins, terms.stream);
  // How often each term is written inside the phrases shown.
  const inside = new Map<string, number>();
  for (const p of shown) for (const t of new Set(p.terms)) inside.set(t, (inside.get(t) ?? 0) + (found.get(p.key) ?? 0) * p.terms.filter((x) => x === t).length);
  const parts = new Set<string>();
  for (const [t, n] of inside) if (n > 0 && (terms.counts.get(t) ?? 0) <= n) parts.add(terms.surfaces.get(t) ?? t);
  return words.filter((w) => bySurface.has(w) || !parts.has(w));
}

/** Strongest words first (the first `max`), none weaker than `minShare` of the strongest. */
function strongest(groups: Groups, max: number, minShare: number): string[] {
  // The first `max` of the order "heaviest first, then by text" (a total order: texts differ),
  // kept by insertion instead of sorting every word of the post.
  const { weight, shown } = groups;
  const top: number[] = [];
  let heaviest = -Infinity;
  for (let n = 0; n < groups.size; n++) {
    heaviest = Math.max(heaviest, weight[n]);
    if (top.length === max && !before(n, top[max - 1])) continue;
    let i = Math.min(top.length, max - 1);
    while (i > 0 && before(n, top[i - 1])) i--;
    top.splice(i, 0, n);
    if (top.length > max) top.pop();
  }
  const floor = (top.length ? heaviest : 0) * minShare;
  const out: string[] = [];
  for (const n of top) {
    if (weight[n] < floor) break;
    out.push(groups.display(n));
  }
  return out;

  function before(x: number, y: number): boolean {
    const d = weight[y] - weight[x];
    return d < 0 || (!d && shown[x] < shown[y]);
  }
}
