/**
 * A draft's evidence words, grouped by number: every written form met ("饺子", "饺子 (dumpling)",
 * "cooking") is numbered once per process by its base word (the form before " ("), so a draft's
 * ~600 terms are grouped in arrays indexed by that number, not in string-keyed maps of new
 * strings. The same sums in the same order as grouping by string: the same output, bit for bit.
 */
import { chineseLexicon } from './chinese.ts';
import { Numbering } from './numbering.ts';
import type { Phrase } from './phrases.ts';
import type { PostTerms } from './post-terms.ts';
import { normalizeWord } from './tokenize.ts';
import { FORM_SKIP, FORM_UNKNOWN, type VocabFacts } from './vocab-facts.ts';
import { originOf, slotTermId, termOf, valueAt, type Dense, type Vector } from './vector.ts';

/** Evidence weaker than this share of the strongest piece is noise (a stray gloss). */
const MIN_SHARE = 0.1;
const MAX_TERMS = 8;
const MAX_OFF_TERMS = 5;

/**
 * Written form -> its base word's number x 2 + 1 when it carries a gloss; SKIP for a lone Han
 * character or a Chinese function word (chinese.ts isFunctionWord: 很多, 本文, 之间 by part of
 * speech, 使用, 包括 by document frequency), which say nothing about what a draft is about.
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
  // A lone Han character is too often a piece of a longer word to be shown as a reason.
  return surface.charCodeAt(0) >= 0x2e80 && (base.length === 1 || chineseLexicon()?.isFunctionWord(base)) ? null : base;
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

function baseOf(surface: string): string {
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
    const own = lexicon?.bridge(word)?.gloss;
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

// Per term id: the code of the term written as itself, and (during one draft) its surface slot + 1.
let OWN_CODE = new Int32Array(1 << 16).fill(UNKNOWN);
let SLOT_OF = new Int32Array(1 << 16);

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

/** Marks each shared surface's term id with its slot; returns the ids marked (to unmark). */
function markSlots({ vocab, pairs, table, facts }: SharedSurfaces): number[] {
  const marked: number[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    const slot = pairs[k];
    let id = table[slot];
    if (id < 0) table[slot] = id = slotTermId(vocab, slot, facts);
    if (id >= SLOT_OF.length) {
      const grown = new Int32Array(Math.max(id + 1, SLOT_OF.length * 2));
      grown.set(SLOT_OF);
      SLOT_OF = grown;
    }
    SLOT_OF[id] = pairs[k + 1] + 1;
    marked.push(id);
  }
  return marked;
}

/**
 * Per base word: its summed weight, the form shown, and whether the draft met it; of its
 * bridged glosses, the strongest (its stem's term id and weight) and what the word's own
 * written forms weighed, so a word reads with the gloss that carried it ("服务 (service)" in a
 * text on servers, not the first gloss "to serve") and only when the bridge carried more than
 * the word itself.
 */
class Groups {
  weight = new Float64Array(1024);
  direct = new Float64Array(1024);
  gloss = new Float64Array(1024);
  glossId = new Int32Array(1024);
  shown: string[] = new Array<string>(1024).fill('');
  seen = new Uint8Array(1024);
  order: number[] = [];
  add(n: number, surface: string, w: number, stem = -1): void {
    if (n >= this.seen.length) this.grow(n);
    if (this.seen[n] === 0) {
      this.seen[n] = 1;
      this.order.push(n);
      this.weight[n] = w;
      this.direct[n] = 0;
      this.gloss[n] = 0;
      this.shown[n] = surface;
    } else {
      if (surface.length > this.shown[n].length) this.shown[n] = surface;
      this.weight[n] += w;
    }
    if (stem < 0) this.direct[n] += w;
    else if (w > this.gloss[n]) [this.gloss[n], this.glossId[n]] = [w, stem];
  }
  /** The form shown for word n: with the gloss that carried it when the bridge carried more than the word itself. */
  display(n: number): string {
    if (this.gloss[n] === 0) return this.shown[n];
    // A word the brand names itself (产品 on a brand of AI 产品) needs no gloss, nor one the
    // bridge carried less than the word itself.
    if (this.gloss[n] <= this.direct[n] || KEYWORDS.has(BASE_TEXT[n])) return BASE_TEXT[n];
    const gloss = glossOf(n, this.glossId[n]);
    return gloss ? `${BASE_TEXT[n]} (${gloss})` : this.shown[n];
  }
  has(n: number): boolean {
    return n < this.seen.length && this.seen[n] === 1;
  }
  clear(): void {
    for (const n of this.order) this.seen[n] = 0;
    this.order.length = 0;
  }
  private grow(n: number): void {
    const size = Math.max(n + 1, this.seen.length * 2);
    const floats = (a: Float64Array) => {
      const out = new Float64Array(size);
      out.set(a);
      return out;
    };
    const seen = new Uint8Array(size);
    seen.set(this.seen);
    const glossId = new Int32Array(size);
    glossId.set(this.glossId);
    const shown = new Array<string>(size).fill('');
    for (let k = 0; k < this.shown.length; k++) shown[k] = this.shown[k];
    [this.weight, this.direct, this.gloss, this.glossId, this.seen, this.shown] = [floats(this.weight), floats(this.direct), floats(this.gloss), glossId, seen, shown];
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
 * when everyday words.
 */
export function explainTerms(centroid: Dense, phrases: readonly Phrase[], terms: PostTerms, v: Vector, keywords: ReadonlySet<string> = NONE): { terms: string[]; offTerms: string[] } {
  const phraseForms = phraseSurfaces(phrases);
  const { surfaces } = terms;
  const offForms: string[] = [];
  const offCodes: number[] = [];
  const offWeights: number[] = [];
  const shared = SHARED.get(surfaces);
  const marked = shared ? markSlots(shared) : [];
  KEYWORDS = keywords;
  try {
    for (let i = 0; i < v.size; i++) {
      const id = v.ids[i];
      let surface: string | undefined;
      let code: number;
      const slot = shared && id < SLOT_OF.length ? SLOT_OF[id] - 1 : -1;
      if (slot >= 0) {
        surface = shared!.vocab[slot];
        code = shared!.codes[slot];
        if (code === UNKNOWN) shared!.codes[slot] = code = shared!.facts ? slotFormCode(shared!.facts, slot) : formCode(surface);
      } else {
        const term = termOf(id);
        surface = (!shared && surfaces.size ? surfaces.get(term) : undefined) ?? (phraseForms.size ? phraseForms.get(term) : undefined);
        code = surface === undefined ? ownCode(id) : formCode(surface);
        surface ??= term;
      }
      // A word the brand names as a keyword (产品 on a brand of AI products) is shown even where
      // it is everyday Chinese: it is what the author asked to be measured by.
      if (code === SKIP) {
        const base = baseOf(surface);
        if (!keywords.has(base)) continue;
        code = numbered(surface, base);
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
    return { terms: strongest(ON, MAX_TERMS, MIN_SHARE), offTerms: strongest(OFF, MAX_OFF_TERMS, 0) };
  } finally {
    KEYWORDS = NONE;
    for (const id of marked) SLOT_OF[id] = 0;
    ON.clear();
    OFF.clear();
  }
}

const PHRASE_SURFACES = new WeakMap<readonly Phrase[], Map<string, string>>();
function phraseSurfaces(phrases: readonly Phrase[]): Map<string, string> {
  let map = PHRASE_SURFACES.get(phrases);
  if (!map) PHRASE_SURFACES.set(phrases, (map = new Map(phrases.map((p) => [p.key, p.surface]))));
  return map;
}

/** Strongest words first (the first `max`), none weaker than `minShare` of the strongest. */
function strongest(groups: Groups, max: number, minShare: number): string[] {
  // The first `max` of the order "heaviest first, then by text" (a total order: texts differ),
  // kept by insertion instead of sorting every word of the post.
  const { weight, shown } = groups;
  const top: number[] = [];
  let heaviest = -Infinity;
  for (const n of groups.order) {
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
