/**
 * Noto Sans SC (SIL OFL 1.1, from @fontsource/noto-sans-sc) for the social images: Fontsource
 * splits it into ~100 subsets by unicode-range (its CSS files list them); only the subsets that
 * hold a character of the text are read, in WOFF, which satori reads (it cannot read WOFF2).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface FontFile {
  name: string;
  data: Buffer;
  weight: 400 | 700;
  style: 'normal';
}

interface Subset {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const subsets = new Map<number, Subset[]>();
const files = new Map<string, Buffer>();

function subsetsOf(weight: 400 | 700): Subset[] {
  let list = subsets.get(weight);
  if (list) return list;
  const css = readFileSync(join(PACKAGE, `${weight}.css`), 'utf8');
  list = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: m[1]!,
    ranges: m[2]!.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
  subsets.set(weight, list);
  return list;
}

/** The font files covering every character of `text` at `weight` (Latin always included). */
export function fontsFor(text: string, weight: 400 | 700): FontFile[] {
  const codes = [...new Set([...`A${text}`].map((ch) => ch.codePointAt(0)!))];
  const needed = subsetsOf(weight).filter((s) => codes.some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
  return needed.map((s) => {
    let data = files.get(s.file);
    if (!data) files.set(s.file, (data = readFileSync(join(PACKAGE, 'files', s.file))));
    // One family name per subset: satori falls back along the family list, not within one name.
    return { name: `Noto Sans SC ${s.file.split('-')[3]}`, data, weight, style: 'normal' as const };
  });
}
