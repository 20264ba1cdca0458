/**
 * Turns prose into terms for theme scoring. Latin-script words are lower-cased and
 * Porter-stemmed (so "recipes" and "recipe" are one term); words with digits are dropped.
 * Runs of Han characters are cut into words by maximum-probability segmentation over jieba's
 * dictionary (chinese.ts), so 菜谱, 生抽 and 菜市场 stay whole; without that data (a caller
 * that never provided it) Intl.Segmenter is the fallback. Stopwords: stopwords-iso (en, zh),
 * less the web's words and the nouns that name a subject (SUBJECT_WORDS, NAMED_SUBJECTS), plus
 * a few Chinese function words, English chat abbreviations (btw, imo) and the function words of German, French,
 * Spanish, Italian, Dutch and Portuguese (und, dans, che) it lacks. Every term keeps the form it was written in, so that
 * evidence shown to a writer is a real word of the draft.
 */
import { stemmer } from 'stemmer';
import { requireNear } from '../lazy-require.ts';
import { SPACED_WORD_CHAR } from '../language.ts';
import { toSimplified } from './traditional.ts';
import { chineseLexicon } from './chinese.ts';

export interface Token {
  /** The normalised term: a stem for Latin words, the word itself for Chinese. */
  readonly term: string;
  /** The word as written (lower-cased). */
  readonly surface: string;
  /** True for a Chinese word. */
  readonly han?: boolean;
}

/** Chinese function words and fillers stopwords-iso lacks; none says what a text is about. */
const EXTRA_ZH = '好的 的话 一下 一点 这样 那样 这么 那么 怎么 什么 还是 就是 但是 可以 已经 因为 所以 如果 或者 然后 其实 这种 那种 一些 一个 这个 那个 我们 你们 他们 她们 它们 自己 没有 不是 时候 东西 知道 觉得 出来 起来 进去 下来 上去 之后 之前 以后 以前 非常 比较 特别 只是 还有 一样 一起 今天 现在 不会 不能 不要 需要 应该 可能 能够 一定 一直 总是 还要 就要 来说 的时候'.split(' ');
/**
 * The web's own words, which stopwords-iso's English list takes in from web-boilerplate lists:
 * dropped, a pillar keyword such as "web performance" or "web design" kept only its other word,
 * and matched any text on performance or design. They are weighed by their rarity, as any word
 * is. Other subject words it lists (home, world, computer, research, information) stay dropped:
 * kept, one such everyday word carried an unrelated post to a full score on a thin brand ("My
 * home office setup" on a pillar "Home cooking"). Chosen on the dev part of the theme corpus.
 */
/**
 * Chat abbreviations (btw, fwiw, imo, tl;dr) stopwords-iso lacks: they say how a thing is said,
 * never what it is about, and unknown to the general-language table they weighed as much as the
 * rarest subject word, so "btw" stood in a draft's evidence and off-theme words (trial on real
 * blogs, 2026-12). Dropped in capitals too, where a short capital word is otherwise an acronym.
 */
const CHAT_EN: ReadonlySet<string> = new Set('afaik afk brb btw fwiw fyi ftw iirc imho imnsho imo irl idk lmao lol omg otoh rofl smh tbh tfw thx tl tldr ymmv'.split(' '));
/**
 * Function words of the other languages a post is published in (language.ts postLangTag: de, fr,
 * es, it, nl, pt) that stopwords-iso's English list lacks: read as terms, "und" stood in a German
 * post's evidence and carried a self-management draft to the leadership pillar, each German post
 * published under it having taught the model that "und" meant leadership (a Berlin coach's trial,
 * 2026-12-07). Only words that are no English word: "hat", "den", "van", "hay", "pour", "aux", "ci" (CI) and "os"
 * (OS) stay terms.
 */
const FUNCTION_WORDS_EU = [
  'der das und ist nicht ich sie es ein eine einen einem einer zu sich auf für auch wie dass wir sind oder aber wenn noch nur bei vom zum zur im nach über ihr ihre sein seine wird werden kann haben mich dich uns euch dieser diese dieses jeder jede immer schon sehr viele durch ohne gegen weil dann doch als aus von',
  'le les et une des du qui que dans avec ce il elle nous vous sont cette ces leur leurs être avoir comme très je mais ou',
  'el los las del por pero más muy están tiene también cuando una como',
  'che di gli della delle dei nel nella alla sono anche questo questa perché più molto loro essere hanno la',
  'het een niet dat zijn voor ook maar wat wij naar bij uit hebben heeft wordt deze nog geen',
  'não são você pelo pela também quando muito isso ele ela eles',
].join(' ').split(' ');
export const SUBJECT_WORDS: ReadonlySet<string> = new Set(['web', 'website', 'webpage', 'homepage', 'html', 'http']);
/**
 * Nouns of stopwords-iso's English list that name a subject, read as words: dropped, "system" was
 * nothing while "systems" was a term, "test automation" counted as "automation", "novel" never
 * told a fiction post, and the bridge glossed 信息 (information) as "news", 计算机 (computer) as
 * "calculator" and 测试 (to test) as "quiz", its gloss's main word being dropped. Weighed by
 * their rarity in general language as any word (tests/eval/build-background.ts counts them).
 * Words of the list that weigh nothing once counted (home, world, work, help, run) gain nothing
 * and stay dropped. Measured on the dev part: within the noise of every row.
 */
export const NAMED_SUBJECTS: ReadonlySet<string> = new Set('bill billion computer information invention novel research ring system systems test tests tested value values'.split(' '));
let stopwords: Set<string> | undefined;
/**
 * stopwords-iso's lists (a 207 kB JSON of every language), read on the first word tokenised
 * rather than on import (lazy-require.ts): a `check` whose results all come from the caches
 * tokenises nothing.
 */
function stopwordSet(): Set<string> {
  if (!stopwords) {
    const lists = requireNear<{ en: string[]; zh: string[] }>(import.meta.url, 'stopwords-iso/stopwords-iso.json', 'stopwords-iso/stopwords-iso.json');
    stopwords = new Set<string>([...lists.en.filter((w) => !SUBJECT_WORDS.has(w) && !NAMED_SUBJECTS.has(w)), ...CHAT_EN, ...FUNCTION_WORDS_EU, ...lists.zh, ...EXTRA_ZH]);
  }
  return stopwords;
}
/**
 * A word written in capitals, 2 to 4 letters (AI, ML, VR, TV), is an acronym that names a subject
 * even where stopwords-iso lists its lower-case form (it merges web boilerplate and country codes:
 * "ai", "ml", "tv"); kept as written, lower-cased. A very common one ("IT", "US") weighs next to
 * nothing anyway: a term's weight is its rarity in general language.
 */
const ACRONYM = /^[A-Z]{2,4}$/;
/** Function words that a heading in capitals writes as such ("HOW TO DO IT"): never acronyms. */
const SHOUTED = new Set('am an and are as at be but by did do does for from go had has he her him his how if in is it its me my no nor not of off oh ok on or our out she so than that the them then they this to too up us was we were what when who why will with yes yet you'.split(' '));
/**
 * English function words (closed classes: pronouns, determiners, prepositions, conjunctions,
 * auxiliaries and a few adverbs): NLTK's English stop list with SHOUTED. Unlike stopwords-iso's
 * list it holds no noun, so it tells a keyword's word that says nothing ("things to do") from
 * a stop-listed noun that names its subject ("command line", "front end": phrases.ts).
 */
const FUNCTION_WORDS_EN = new Set([
  ...SHOUTED,
  ...'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves what which who whom this that these those am is are was were be been being have has had having do does did doing a an the and but if or because as until while of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very can will just don should now'.split(' '),
]);

/** Whether `word` (as written, any case) is an English function word (FUNCTION_WORDS_EN). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS_EN.has(word.toLowerCase());
}
// Han is kept out of the second alternative: a Latin word written against Chinese with no space
// ("Cpp与Callback", "用Python写") is two words, not one token no list knows. Hiragana is no word
// at all: in a Japanese text it is grammar (particles, verb endings: 速くしますが), and read as a
// word it made "くしますが" and "とモーセの" a Japanese draft's evidence; a katakana word (モーセ,
// データベース) stays one, apart from the particles around it.
const WORD_CHAR = `(?:(?!\\p{Script=Hiragana})${SPACED_WORD_CHAR})`;
// A language named by one Latin letter and its marks (C++, C#, F#) is a word: one letter alone is
// none (the tokenizer drops it), and the keyword "C++" never counted, nor did the C++ of a post.
// Chinese may touch it (用C++写); typed full-width (Ｃ＋＋) it is the same word.
const MARKED_LETTER = `(?<!${SPACED_WORD_CHAR})[A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A](?:[+\\uFF0B]{2}|[#\\uFF03])(?!${SPACED_WORD_CHAR}|[+#\\uFF0B\\uFF03])`;
// .NET is a word of its own, written with its dot: read as "net" it was an everyday word, and the
// keyword ".NET" never counted. Not inside a name (ASP.NET, example.net: a letter or dot before it).
const DOT_NET = `(?<![\\w.])\\.(?:NET|Net|net)(?!${SPACED_WORD_CHAR})`;
const WORD = new RegExp(`${MARKED_LETTER}|${DOT_NET}|\\p{Script=Han}+|${WORD_CHAR}+(?:['’](?:(?![\\p{Script=Han}\\p{Script=Hiragana}])\\p{L})+)*`, 'gu');
const HAN = /^\p{Script=Han}/u;
/** No character of Script=Han comes before U+2E80 (CJK Radicals Supplement): a word starting lower is not Chinese. */
const HAN_FROM = 0x2e80;
/** Full-width forms (U+FF01-FF5E) and Latin ligatures (U+FB00-FB06): NFKC gives the plain letters. */
const WIDE = /[\uFB00-\uFB06\uFF01-\uFF5E]/;
const DIGIT = /\p{N}/u;
// Made on first use: ICU's word segmenter costs ~17 ms to create, and a check served from its caches never cuts a word.
let segmenter: Intl.Segmenter | undefined;
const STEMS = new Map<string, string>();
// Bounded caches: posts share most of their words, but a long run must not grow without end.
const CACHE_LIMIT = 200_000;
/** Per word as written: its token, or, for a word left out, the form the stream writes it in (lower-cased, full-width letters made plain). */
const WORDS = new Map<string, Token | string>();
const HAN_TOKENS = new Map<string, Token | null>();

/** The normalised term for one Latin-script word, or null when it carries no theme. */
export function normalizeWord(word: string): string | null {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 2 || DIGIT.test(lower) || stopwordSet().has(lower)) return null;
  if (/['’]/.test(lower) && stopwordSet().has(lower.split(/['’]/)[0])) return null;
  let stem = STEMS.get(lower);
  if (stem === undefined) {
    stem = stemmer(lower);
    if (STEMS.size > CACHE_LIMIT) STEMS.clear();
    STEMS.set(lower, stem);
  }
  return stem;
}

/** The words of a run of Han characters: the jieba-class lexicon, else Intl.Segmenter. */
export function segmentHan(run: string): string[] {
  const lexicon = chineseLexicon();
  if (lexicon) return lexicon.segment(run);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

function hanToken(word: string): Token | null {
  let token = HAN_TOKENS.get(word);
  if (token === undefined) {
    token = stopwordSet().has(word) ? null : { term: word, surface: word, han: true };
    if (HAN_TOKENS.size > CACHE_LIMIT) HAN_TOKENS.clear();
    HAN_TOKENS.set(word, token);
  }
  return token;
}

const WRITTEN_TOKENS = new Map<string, Token>();
/** The token of a word written in Traditional characters: its Simplified term, its own surface. */
function writtenToken(term: string, written: string): Token {
  let token = WRITTEN_TOKENS.get(written);
  if (token === undefined) {
    token = { term, surface: written, han: true };
    if (WRITTEN_TOKENS.size > CACHE_LIMIT) WRITTEN_TOKENS.clear();
    WRITTEN_TOKENS.set(written, token);
  }
  return token;
}

/** The words tokenize() reads in `text` as written (a run of Han characters is one), before any is dropped. */
export function writtenWords(text: string): string[] {
  return [...withoutInvisibles(text).matchAll(WORD)].map((m) => m[0]);
}

/**
 * Characters that show nothing inside a word: the soft hyphen, zero-width space, non-joiner and
 * joiner, word joiner and BOM (Unicode's format characters a writer or a web page leaves in).
 * A real post wrote each linked heading with U+200B between its letters ("C​o​n…"):
 * none of its words counted, and "soft­ware" read as "soft" and "ware".
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const withoutInvisibles = (text: string) => (text.search(INVISIBLE) < 0 ? text : text.replace(INVISIBLE, ''));

/**
 * Splits plain text (already stripped of markup) into theme terms, in reading order. With
 * `joined`, fills it in step with the tokens: `joined[k]` is true when token k was written
 * straight after token k-1 (joinsGap), so that a phrase keyword matches only words written as
 * a phrase: "systems thinking" is not found in "the system. Thinking about it" nor in "system
 * of thinking", though both read as the terms system, think. With `stream`, pushes every word
 * read, kept or left out, as written (two strings per word, its mark then the word: joined, they
 * are PostTerms.stream; see STREAM_MARKS, forEachStreamWord), so that a keyword is found
 * whatever the stop list left out of it.
 */
export function tokenize(written: string, joined?: boolean[], stream?: string[]): Token[] {
  const text = withoutInvisibles(written);
  const tokens: Token[] = [];
  // Where the last word read (kept or dropped) ended, and whether it was dropped.
  let end = -1;
  let dropped = false;
  // Where the last word put in `stream` ended.
  let streamEnd = -1;
  const write = (item: string, kept: boolean, from: number, to: number) => {
    const kind = streamEnd < 0 || !joinsGap(text, streamEnd, from) ? 0 : from === streamEnd ? 2 : 1;
    // Mark and word apart: joined by the caller, they need no string of their own first.
    stream!.push(MARK_CHARS[(kept ? KEPT : LEFT_OUT) + kind]!, item);
    streamEnd = to;
  };
  const push = (token: Token, start: number, length = token.surface.length) => {
    joined?.push(!dropped && end >= 0 && joinsGap(text, end, start));
    tokens.push(token);
    dropped = false;
    if (stream) write(token.term, true, start, start + length);
  };
  // `form`: the word as the stream writes it (droppedForm), when known.
  const drop = (word: string, start: number, form?: string) => {
    dropped = true;
    if (stream) write(form ?? droppedForm(word), false, start, start + word.length);
  };
  // exec rather than matchAll: no iterator result per word. WORD is global: lastIndex from 0.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (word.charCodeAt(0) >= HAN_FROM && HAN.test(word)) {
      // Traditional characters are cut and weighed as their Simplified form (traditional.ts);
      // each word keeps the characters it was written in as its surface, which evidence shows.
      const simple = toSimplified(word);
      // A title in 《》 is a name: cut as prose, 《实用程序育儿法》 (The Baby Whisperer) read 实用程序, "utility program".
      if (isBookTitle(text, start, word.length)) {
        push(simple === word ? { term: simple, surface: word, han: true } : writtenToken(simple, word), start, word.length);
        end = start + word.length;
        continue;
      }
      let at = 0;
      for (const seg of segmentHan(simple)) {
        const token = hanToken(seg);
        // A dropped word (的, 和) parts the words around it, as a stopword does in English.
        const i = simple.indexOf(seg, at);
        const segStart = start + (i < 0 ? at : i);
        if (i >= 0) at = i + seg.length;
        if (!token) {
          drop(seg, segStart);
          continue;
        }
        const written = simple === word || i < 0 ? seg : word.slice(i, at);
        push(written === seg ? token : writtenToken(seg, written), segStart, seg.length);
        end = start + at;
      }
      end = start + word.length;
      continue;
    }
    // A word met before (most are) is no identifier: WORDS holds no other.
    let known = WORDS.get(word);
    const parts = known === undefined ? identifierParts(word) : null;
    if (parts) {
      // A code identifier written in prose (runAllTasks, ChannelInboundHandlerAdapter): its words.
      let at = start;
      for (const part of parts) {
        const term = normalizeWord(part);
        const from = text.indexOf(part, at);
        at = from + part.length;
        if (term) push({ term, surface: part.toLowerCase() }, from, part.length);
        else drop(part, from);
        end = at;
      }
      end = start + word.length;
      continue;
    }
    if (known === undefined) {
      // Full-width letters (ＣＳＳ, typed with a Chinese IME) and ligatures (ﬁ) are the plain word.
      const plain = WIDE.test(word) ? word.normalize('NFKC') : word;
      const lower = plain.toLowerCase();
      const term = normalizeWord(plain) ?? (ACRONYM.test(plain) && !SHOUTED.has(lower) && !CHAT_EN.has(lower) ? lower : null);
      known = term ? { term, surface: lower.replace(/['’]s$/, '') } : lower;
      if (WORDS.size > CACHE_LIMIT) WORDS.clear();
      WORDS.set(word, known);
    }
    if (typeof known === 'string') drop(word, start, known);
    else push(known, start, word.length);
    end = start + word.length;
  }
  return tokens;
}

/** The longest title in 《》 read as one name, in characters; a longer one (a notice's full title) is read as prose. */
const TITLE_MAX = 10;

/**
 * Whether the Han run text[start, start + length) is the whole of a title in 《》 of 3 to
 * TITLE_MAX characters (a book, a film, an article: 《实用程序育儿法》, 《小岛老师的蛋糕教室》). Such a
 * title is one term, a name, as a title the dictionary lists (《史记》) already is; unknown to the
 * dictionary, it weighs as a rare word. A title of two characters or less is a word as written.
 */
function isBookTitle(text: string, start: number, length: number): boolean {
  return length >= 3 && length <= TITLE_MAX && text.charCodeAt(start - 1) === 0x300a && text.charCodeAt(start + length) === 0x300b;
}

/**
 * The words of a code identifier in camelCase or PascalCase of three words or more
 * (runAllTasks, getCommonSuperClass, NioServerSocketChannel, HTTPServerConfig), or null: a
 * name of two (JavaScript, GitHub, iPhone, PostgreSQL) is one word, as brands write theirs, and
 * so is a name cut into pieces rather than words: a part of one letter (LaTeX, BibTeX, MiKTeX,
 * iPadOS) or fewer than two parts of three letters (ConTeXt). Cut, a real Pandoc post read
 * "MiKTeX" as the term "mi" and "ConTeXt, LaTeX" as "con, te, xt, te"; an identifier's words
 * are longer (getElementById, runAllTasks).
 */
function identifierParts(word: string): string[] | null {
  if (!/[a-z][A-Z]/.test(word) || !/^[A-Za-z]+$/.test(word)) return null;
  const parts = word.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+/g);
  if (!parts || parts.length < 3 || parts.some((part) => part.length < 2)) return null;
  return parts.filter((part) => part.length >= 3).length >= 2 ? parts : null;
}

/**
 * Whether text[from, to), the gap between two words, writes them as one phrase: spaces, at most
 * one line break, and the marks written inside names and compounds (hyphens, slashes, a dot not
 * ending a sentence: CI/CD, node.js, soy-sauce). A sentence or clause mark (. , ; : ! ? and their
 * Chinese forms), a bracket, a quote, a dash or a blank line parts them.
 */
export function joinsGap(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      if (++breaks > 1) return false;
    } else if (c === 0x2e) {
      // A dot followed by a space ends a sentence; one followed by the next word (node.js) does not.
      const next = text.charCodeAt(i + 1);
      if (next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d || next === 0xa0 || next === 0x3000) return false;
    } else if (!(c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000 || JOINERS.has(c))) return false;
  }
  return true;
}
/**
 * The marks of PostTerms.stream, one before each word: KEPT + kind for a word kept as a term (the
 * word is its term: a stem, a Simplified Chinese word), LEFT_OUT + kind for one the stop list or
 * the digit rule left out (the word lower-cased, full-width letters made plain, Chinese in
 * Simplified). kind: 0 parted from the word before (joinsGap false, or the first word), 1 joined
 * with something between (a space, a hyphen), 2 written right against it (the next word of a run
 * of Han characters, 用Rust). Control characters U+0001-U+0006: no word holds one.
 */
export const KEPT = 1;
export const LEFT_OUT = 4;
export const STREAM_MARKS = '\x01-\x06';

/** Whether character code `c` is a mark of PostTerms.stream (KEPT + 0..2 or LEFT_OUT + 0..2). */
export function isStreamMark(c: number): boolean {
  return c >= KEPT && c < LEFT_OUT + 3;
}

/** Whether a word with stream mark `mark` was kept as a term (else the stop list or the digit rule left it out). */
export function isKeptMark(mark: number): boolean {
  return mark < LEFT_OUT;
}

/** The kind of a stream mark: 0 parted from the word before, 1 joined with something between, 2 written right against it (STREAM_MARKS). */
export function markKind(mark: number): number {
  return mark - (mark < LEFT_OUT ? KEPT : LEFT_OUT);
}

/**
 * The one reader of a stream (PostTerms.stream, tokenize's `stream` joined): a string of words in
 * reading order, each written as its mark (one character, KEPT + kind or LEFT_OUT + kind, U+0001
 * to U+0006; see STREAM_MARKS, isKeptMark, markKind) followed by the word, with nothing between
 * words (no word holds a mark character). Calls `each(mark, from, to)` for each word in order:
 * `mark` the mark's character code, `stream.slice(from, to)` the word (never empty in a stream
 * tokenize wrote). Allocates nothing: a caller slices only the words it needs. An empty stream
 * has no words.
 */
export function forEachStreamWord(stream: string, each: (mark: number, from: number, to: number) => void): void {
  for (let at = 0; at < stream.length; ) {
    const end = streamWordEnd(stream, at);
    each(stream.charCodeAt(at), at + 1, end);
    at = end;
  }
}

/**
 * Where the word whose mark is at `at` in `stream` ends (the next word's mark, or the stream's
 * length): forEachStreamWord's step, for a hot loop that would rather not call back per word
 * (`for (let at = 0; at < s.length; at = end) { end = streamWordEnd(s, at); ... }`).
 */
export function streamWordEnd(stream: string, at: number): number {
  const n = stream.length;
  let i = at + 1;
  while (i < n && !isStreamMark(stream.charCodeAt(i))) i++;
  return i;
}

/** The mark characters by their code (MARK_CHARS[KEPT] is '\x01'). */
const MARK_CHARS = Array.from({ length: LEFT_OUT + 3 }, (_, c) => String.fromCharCode(c));

/**
 * Whether a word left out for its digits is a name (STM32, ESP32, IPv6, x86, H264, K8s, i18n):
 * a letter first, three characters or more, a digit among them; not a run of 7 hex digits or
 * more (a commit hash). Such a word is no term of its own (unknown to the general-language
 * tables, it would weigh as the rarest word: tests/eval/RESULTS.md), but a pillar keyword that
 * is one counts where a post writes it (phrases.ts). `word` as the stream writes it (lower-cased).
 */
export function isNameWithDigits(word: string): boolean {
  return DIGIT.test(word) && NAME_WITH_DIGITS.test(word) && !HEX_RUN.test(word);
}
const NAME_WITH_DIGITS = /^\p{L}[\p{L}\p{N}]{2,}$/u;
const HEX_RUN = /^[0-9a-f]{7,}$/;

/** A word left out as the stream writes it: lower-cased, full-width letters and ligatures made plain. */
function droppedForm(word: string): string {
  return (WIDE.test(word) ? word.normalize('NFKC') : word).toLowerCase();
}

/** Marks written inside names and compounds: - ‐ ‑ / _ + # & · ・ ' ’ */
const JOINERS = new Set([0x2d, 0x2010, 0x2011, 0x2f, 0x5f, 0x2b, 0x23, 0x26, 0xb7, 0x30fb, 0x27, 0x2019]);
