/**
 * Rebuilds src/store/theme-data/zh-register.txt: how many documents of everyday technical and
 * literary Chinese use each word, so that words every manual uses (文件, 配置, 默认) stop
 * looking specific to a brand. jieba's counts come from news and fiction, where those words
 * are rare; here each word's share of documents is measured in four unrelated families of
 * real Chinese documents, and the MEDIAN over the families is kept: a word counts as common
 * only when most families use it (单元格, common in spreadsheet help alone, stays specific).
 * Output: "band:word word ..." lines, band = round(-10 x log10(median share)), words with a
 * median share of at least MIN_SHARE only. None of these documents is in the eval corpus.
 * Sources (Debian bookworm, `apt-get download NAME`, unpacked with `dpkg-deb -x`):
 *   gnome-user-docs 43.0-2 (usr/share/help/zh_CN, CC BY-SA 3.0), manpages-zh 1.6.4.0-1
 *   (usr/share/man/zh_CN, GFDL 1.2+), libreoffice-help-zh-cn 7.4.7 (usr/share/libreoffice/help,
 *   MPL 2.0), fortunes-zh 2.98 (usr/share/games/fortunes: Tang and Song poems, GPL 3+).
 * Run: node tests/eval/build-register.ts DIR   (DIR holds the four unpacked packages by name)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import '../../src/store/theme-lexicon.ts';
import { tokenize } from '../../src/core/theme/tokenize.ts';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: node tests/eval/build-register.ts DIR');
const MIN_SHARE = 0.002;
const OUT = new URL('../../src/store/theme-data/zh-register.txt', import.meta.url);

function files(dir: string, keep: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, keep));
    else if (keep.test(path)) out.push(path);
  }
  return out;
}
const read = (path: string) => (path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString('utf8');

const FAMILIES: Record<string, () => string[]> = {
  'gnome-help': () => files(join(root, 'gnome-user-docs/usr/share/help/zh_CN'), /\.page$/).map(read),
  manpages: () => files(join(root, 'manpages-zh/usr/share/man/zh_CN'), /\.gz$/).map(read),
  'libreoffice-help': () => files(join(root, 'libreoffice-help-zh-cn/usr/share/libreoffice/help'), /\.html$/).map(read),
  poems: () =>
    ['tang300', 'song100', 'chinese'].flatMap((f) => read(join(root, 'fortunes-zh/usr/share/games/fortunes', f)).split(/^%$/m)),
};

/** Share of a family's documents (those with Han text) that use each word. */
function shares(docs: string[]): Map<string, number> {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of docs) {
    const han = doc.match(/\p{Script=Han}+/gu)?.join('\n');
    if (!han) continue;
    n++;
    const words = new Set(tokenize(han).filter((t) => t.han).map((t) => t.term));
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  for (const [w, k] of df) df.set(w, k / n);
  console.log(`${n} documents`);
  return df;
}

const families = Object.entries(FAMILIES).map(([name, load]) => (console.log(name), shares(load())));
const words = new Set(families.flatMap((f) => [...f.keys()]));
const bands = new Map<number, string[]>();
for (const w of words) {
  const s = families.map((f) => f.get(w) ?? 0).sort((a, b) => a - b);
  const median = (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
  if (median < MIN_SHARE) continue;
  const band = Math.round(-10 * Math.log10(median));
  (bands.get(band) ?? bands.set(band, []).get(band)!).push(w);
}
const lines = [...bands].sort(([a], [b]) => a - b).map(([band, ws]) => `${band}:${ws.sort().join(' ')}`);
writeFileSync(OUT, `${lines.join('\n')}\n`);
console.log(`${[...bands.values()].reduce((a, b) => a + b.length, 0)} words`);
