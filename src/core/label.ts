/**
 * Help composing a positioning label: combine strengths (and impressions) into short phrases,
 * and count how often each term already appears in published posts.
 */
import { SPACED_WORD_CHAR, chineseTag } from './language.ts';
import { STRENGTH_WORDS, agentBySuffix, verbBySuffix } from './label-words.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The person who has a strength: "cooking" -> "cook", "food photography" -> "food
 * photographer", "economics" -> "economist"; undefined when no real word is known for it
 * (then callers write a phrase instead of inventing one).
 */
export function toAgentNoun(strength: string): string | undefined {
  // Looked up in lower case; the words before the last stay as written ("Rust programming" -> "Rust programmer").
  const written = strength.trim().split(/\s+/);
  const words = written.map((w) => w.toLowerCase());
  const whole = STRENGTH_WORDS[words.join(' ')]?.[0];
  if (whole) return whole;
  const last = words.pop()!;
  const agent = STRENGTH_WORDS[last]?.[0] ?? agentBySuffix(last);
  return agent ? [...written.slice(0, -1), agent].join(' ') : undefined;
}

/**
 * What the person does, after "who": "photography" -> "photographs", "baking" -> "bakes",
 * "yoga" -> "does yoga"; "knows economics" for a field with no verb of its own. A phrase not
 * listed whole takes its last word's verb only when that verb stands alone ("food photography"
 * -> "photographs"): one with an object of its own would contradict the other words ("reverse
 * engineering" is no "builds things"), so such a phrase is "knows reverse engineering".
 */
export function toThirdPersonVerb(strength: string): string {
  const phrase = strength.trim().toLowerCase();
  const word = phrase.split(/\s+/).pop()!;
  const whole = STRENGTH_WORDS[phrase];
  const head = whole ? whole[1] : (STRENGTH_WORDS[word]?.[1] ?? verbBySuffix(word));
  const fits = whole || word === phrase || !head?.includes(' ');
  return (fits ? head : null) ?? `knows ${strength.trim()}`;
}

/**
 * Short candidate labels from every ordered pair of strengths, coloured by impressions, in the
 * strengths' language (Chinese when they are written in Chinese; `lang` decides for a mix), the
 * pairs of strengths written in that language first (in the order given; Array.sort is stable).
 */
export function proposeLabels(strengths: string[], impressions: string[] = [], lang: 'en' | 'zh' = 'en'): string[] {
  const typed = strengths.map((s) => s.trim()).filter(Boolean);
  const said = impressions.map((s) => s.trim()).filter(Boolean);
  // The label speaks the strengths' language: Chinese templates around English words read as neither.
  const han = typed.filter((s) => CJK.test(s)).length;
  const zh = han === typed.length ? han > 0 : han > 0 && lang === 'zh';
  // Inside an English sentence a list's capitals go; Chinese has none to lose (会 Python 的写作博主).
  const items = zh ? typed : labelCase(typed);
  // An English label never takes a Chinese impression ("the 真诚 ai expert").
  const moods = zh ? said : said.filter((s) => !CJK.test(s));
  // Pairs of strengths in the label's own language first: a bilingual author's English label
  // leads with "the software engineer who writes", not with the pair holding 中文写作.
  const own = (s: string) => CJK.test(s) === zh;
  const pairs: [string, string][] = [];
  for (const a of items) for (const b of items) if (a !== b) pairs.push([a, b]);
  const score = ([a, b]: [string, string]) => Number(own(a)) + Number(own(b));
  pairs.sort((p, q) => score(q) - score(p));
  // Strengths written in Traditional characters get a label in them: 會寫作的攝影創作者, not 会寫作的攝影博主.
  const words = zh && chineseTag([...typed, ...said].join('')) === 'zh-Hant' ? ZH_HANT : ZH_HANS;
  const labels: string[] = [];
  for (const [a, b] of pairs) labels.push(...(zh ? pairZh(a, b, words, moods[0]) : pairEn(a, b, moods[0])));
  if (items.length === 1) labels.push(zh ? (moods[0] ? zhJoin(moods[0], '的', withPerson(items[0]!, words.person)) : withPerson(items[0]!, words.person)) : `the ${[moods[0], personOf(items[0]!)].filter(Boolean).join(' ')}`);
  return [...new Set(labels)].slice(0, 12);
}

/** The person noun, or "<strength> expert" when English has no one word for it. */
function personOf(strength: string): string {
  return toAgentNoun(strength) ?? `${strength} expert`;
}

/**
 * Strengths as a label writes them inside a sentence: a word written with a capital only because
 * it starts the strength ("Cooking", "Web security") in lower case, proper nouns as written.
 * A capital tells a proper noun only when the writer does not capitalise every strength: with
 * "cooking" and "Rust", Rust is a name; with "Cooking" and "Photography", a list's style. Words
 * with capitals past their first letter (iOS, JavaScript, AI) and capitalised words after the
 * first (web apps in Rust) are always kept.
 */
export function labelCase(strengths: string[]): string[] {
  const latin = strengths.filter((s) => /^\p{Script=Latin}/u.test(s));
  const listStyle = latin.length > 0 && latin.every((s) => /^\p{Lu}/u.test(s));
  return strengths.map((s) => (listStyle ? s.replace(/^\p{Lu}\p{Ll}*(?=[^\p{L}\p{N}]|$)/u, (w) => w.toLowerCase()) : s));
}

function pairEn(a: string, b: string, mood?: string): string[] {
  const agent = personOf(a);
  const verb = toThirdPersonVerb(b);
  const out = [`the ${agent} who ${verb}`, `${a} meets ${b}`];
  if (mood) out.push(`the ${mood.toLowerCase()} ${agent} who ${verb}`);
  return out;
}

/**
 * The words of a Chinese label around the strengths. "X博主" and "专注X" are how Chinese names a
 * person by a field; "X人" would coin a word ("职场沟通人"). Taiwan writes 博主 (a mainland word)
 * as 創作者, and 会/专注 as 會/專注.
 */
interface ZhWords { can: string; person: string; focus: string }
const ZH_HANS: ZhWords = { can: '会', person: '博主', focus: '专注' };
const ZH_HANT: ZhWords = { can: '會', person: '創作者', focus: '專注' };

function pairZh(a: string, b: string, words: ZhWords, mood?: string): string[] {
  const out = [zhJoin(words.can, b, '的', withPerson(a, words.person)), `${a} × ${b}`, zhJoin(words.focus, a, '，也懂', b)];
  if (mood) out.push(zhJoin(mood, '的', withPerson(a, words.person), '，也懂', b));
  return out;
}

/**
 * `strength` followed by the person word, sharing what they have in common: 繪本創作 + 創作者 is
 * 繪本創作者 (not 繪本創作創作者), and 插畫創作者 stays as it is. Only an overlap of two characters
 * or more counts, so 攝影 + 創作者 is 攝影創作者.
 */
function withPerson(strength: string, person: string): string {
  for (let k = person.length; k >= 2; k--) if (strength.endsWith(person.slice(0, k))) return zhJoin(strength, person.slice(k));
  return zhJoin(strength, person);
}

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const LATIN_END = /[\p{Script=Latin}\p{N}]$/u;
const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;

/**
 * Joins the pieces of a Chinese label with a space where Han meets a Latin letter or digit
 * ("的" + "AI 产品" -> "的 AI 产品"), as Chinese typesetting does (W3C clreq, "Mixed text
 * composition"); the user's own words inside a piece are kept as written.
 */
function zhJoin(...pieces: string[]): string {
  return pieces.reduce((text, piece) => {
    const gap = (HAN_END.test(text) && LATIN_START.test(piece)) || (LATIN_END.test(text) && HAN_START.test(piece));
    return text + (gap ? ' ' : '') + piece;
  });
}

export interface TermUsage {
  term: string;
  /** Published posts that mention the term. */
  posts: number;
  /** Mentions across all of them. */
  mentions: number;
}

/**
 * How often each term appears in the given texts. Latin terms match whole words, case
 * insensitive, with simple plural/-ing endings; CJK terms match as substrings (no spaces).
 */
export function countTermUsage(terms: string[], texts: string[]): TermUsage[] {
  const lowered = texts.map((t) => t.toLowerCase());
  return [...new Set(terms.map((t) => t.trim()).filter(Boolean))].map((term) => {
    const pattern = termPattern(term.toLowerCase());
    let posts = 0;
    let mentions = 0;
    for (const text of lowered) {
      const n = text.match(pattern)?.length ?? 0;
      if (n > 0) posts++;
      mentions += n;
    }
    return { term, posts, mentions };
  });
}

function termPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (CJK.test(term)) return new RegExp(escaped, 'gu');
  // A Latin term is whole where no Latin-like letter or digit touches it: Chinese written right
  // against it ("用Python写") is a boundary, as a space is.
  return new RegExp(`(?<!${SPACED_WORD_CHAR})${escaped}(?:s|es|d|ed|ing)?(?!${SPACED_WORD_CHAR})`, 'gu');
}
