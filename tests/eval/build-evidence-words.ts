/**
 * Rebuilds two files of src/store/theme-data/ that evidence reads.
 *
 * zh-en-forms.txt (from zh-en-bridge.txt, so CC BY-SA 4.0 like it): for each English stem the
 * bridge's glosses write, the word form they write it in most often (ties: the first in
 * code-unit order), "stem<TAB>word" lines sorted by stem, so that a word matched through a
 * gloss reads "服务 (service)", never a stem.
 *
 * zh-function-words.txt: the Chinese words that are never shown
 * as evidence of a theme (nor as "off" terms), by two published yardsticks of jieba (MIT):
 * - part of speech (dict.txt, ICTCLAS tags): numerals and quantifiers (很多), measure words,
 *   pronouns (本文, 每个), locatives (之间, 以下), adverbs, prepositions, conjunctions,
 *   particles, modal words, interjections, onomatopoeia, time words, affixes; and
 * - document frequency (analyse/idf.txt): a word found in so many documents of every subject
 *   that its idf is under MIN_IDF (使用, 包括, 得到) says nothing about any one subject;
 * - grammar: a verb with a one-character complement (放在, 找到, 写给, 看着) that jieba tags as a
 *   verb, and a short hand-chosen list of spoken verdicts jieba tags as nouns (都行, 有点, 不错),
 *   with 当中 ("among", "in", tagged a place word: a real Java blog's evidence named it again and again);
 * - reference: the words that point at another part of the post (下图 "the figure below", 上图,
 *   上表, 下文, 见下文), which jieba tags as nouns or verbs and a real essay's evidence showed.
 * Only words of zh-words.txt are kept (the others are never segmented out).
 * Run: node tests/eval/build-evidence-words.ts [JIEBA_DIR]
 *   JIEBA_DIR default /usr/lib/python3/dist-packages/jieba (apt-get install python3-jieba)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeWord, SUBJECT_WORDS } from '../../src/core/theme/tokenize.ts';

const [jiebaDir = '/usr/lib/python3/dist-packages/jieba'] = process.argv.slice(2);
const DATA = new URL('../../src/store/theme-data/', import.meta.url);
/** jieba's idf of a word in about 1 document in 150 (e^5): everyday in every subject. */
const MIN_IDF = 5;
/** Spoken verdicts and hedges (see below), chosen by hand: too few for a rule of their own. */
const COLLOQUIAL = ['都行', '也行', '还行', '就行', '不行', '不错', '挺好', '很好', '蛮好', '还好', '正好', '有点', '够用', '当中'];
/**
 * Words that point at another part of the post ("the figure below", "the table above", "see
 * below"): where to look, never what about, as 本文 and 本章 (pronouns to jieba) already are. Chosen
 * by hand: jieba tags them as nouns (下图, 上表) or verbs (见下文). A real-writing trial showed 下图
 * in an essay's evidence and 下文 in an ES6 chapter's; 示意图 and 截图 name a thing and stay.
 */
const POINTERS = ['下图', '上图', '上表', '下表', '下文', '上文', '见下文', '如下图', '见图'];
const FUNCTION_TAGS = new Set('m mq mg q r rr rz rg f d dg df p c u ud ug uj ul uv uz y e o t tg h k x'.split(' '));
/**
 * `ad`, an adjective used as an adverb (顺便 "by the way", 认真, 迅速), is an adverb in all but its
 * tag when common; jieba gives the tag to rarer subject words too (切面 noodles, 切开, 积分), so
 * only those counted this often go.
 */
const AD_MIN_COUNT = 1000;

const known = new Set(readFileSync(new URL('zh-words.txt', DATA), 'utf8').split('\n').flatMap((line) => line.slice(line.indexOf(':') + 1).split(' ')));
const out = new Set<string>();
for (const line of readFileSync(join(jiebaDir, 'dict.txt'), 'utf8').split('\n')) {
  const [word, count, tag] = line.split(' ');
  if (word && (FUNCTION_TAGS.has(tag ?? '') || (tag === 'ad' && Number(count) >= AD_MIN_COUNT)) && known.has(word)) out.add(word);
}
for (const line of readFileSync(join(jiebaDir, 'analyse/idf.txt'), 'utf8').split('\n')) {
  const [word, idf] = line.split(' ');
  if (word && Number(idf) < MIN_IDF && known.has(word)) out.add(word);
}
// A third yardstick, of grammar: a verb with a one-character complement of place, result,
// recipient or aspect (放在, 找到, 写给, 看着), which jieba tags as a verb of its own, says how
// something is done, never what about. A word jieba tags otherwise stays evidence (供给, supply:
// a verbal noun). A few subject words go with the rule (补给 supplies, 附着 adhesion, 进给 a
// machine's feed): evidence only, never the score, so such a post just names other words.
const COMPLEMENTS = new Set(['在', '到', '给', '着']);
const tagOf = new Map<string, string>();
for (const line of readFileSync(join(jiebaDir, 'dict.txt'), 'utf8').split('\n')) {
  const [word, , tag] = line.split(' ');
  if (word && tag && !tagOf.has(word)) tagOf.set(word, tag);
}
for (const word of known)
  if ([...word].length === 2 && COMPLEMENTS.has(word.slice(-1)) && tagOf.get(word[0]!) === 'v' && (tagOf.get(word) ?? 'v') === 'v') out.add(word);
// And spoken verdicts that jieba's tags miss (it tags 都行 and 有点 as nouns): "either is fine",
// "not bad", "a bit", which a review or a diary says of any subject.
for (const word of COLLOQUIAL) if (known.has(word)) out.add(word);
for (const word of POINTERS) if (known.has(word)) out.add(word);
const words = [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(new URL('zh-function-words.txt', DATA), words.join('\n') + '\n');
console.log(`zh-function-words.txt: ${words.length} words`);

const counts = new Map<string, Map<string, number>>();
for (const line of readFileSync(new URL('zh-en-bridge.txt', DATA), 'utf8').split('\n')) {
  const gloss = line.split('\t')[1];
  for (const word of gloss?.toLowerCase().match(/[a-z]+(?:'[a-z]+)*/g) ?? []) {
    // As build-lexicon.ts, which keeps the web's own words out of the bridge's stems.
    const stem = SUBJECT_WORDS.has(word) ? null : normalizeWord(word);
    if (!stem) continue;
    let forms = counts.get(stem);
    if (!forms) counts.set(stem, (forms = new Map()));
    forms.set(word, (forms.get(word) ?? 0) + 1);
  }
}
const forms = [...counts]
  .map(([stem, seen]) => `${stem}\t${[...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]}`)
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(new URL('zh-en-forms.txt', DATA), forms.join('\n') + '\n');
console.log(`zh-en-forms.txt: ${forms.length} stems`);
