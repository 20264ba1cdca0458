/**
 * Noto Sans SC (SIL OFL 1.1, from @fontsource/noto-sans-sc) for the social images: Fontsource
 * splits it into ~100 subsets by unicode-range (its CSS files list them); only the subsets that
 * hold a character of the text are registered with Skia (@napi-rs/canvas reads their WOFF), each
 * under its own family name, once per thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

interface Subset {
  file: string;
  family: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));
const subsets = new Map<number, Subset[]>();
const registered = new Set<string>();

function subsetsOf(weight: 400 | 700): Subset[] {
  let list = subsets.get(weight);
  if (list) return list;
  const css = readFileSync(join(PACKAGE, `${weight}.css`), 'utf8');
  list = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: m[1]!,
    // Skia picks the weight from the file; one family per subset and weight keeps them apart.
    family: `TL Noto Sans SC ${m[1]!.split('-')[3]} ${weight}`,
    ranges: m[2]!.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
  subsets.set(weight, list);
  return list;
}

/**
 * A CSS font-family list covering every character of `text` at `weight` (Latin first, always
 * included), its subsets registered; Skia falls back along the list character by character.
 */
export function fontFamiliesFor(text: string, weight: 400 | 700): string {
  const codes = [...new Set([...`A${text}`].map((ch) => ch.codePointAt(0)!))];
  const needed = subsetsOf(weight).filter((s) => codes.some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
  for (const s of needed) {
    if (registered.has(s.family)) continue;
    GlobalFonts.registerFromPath(join(PACKAGE, 'files', s.file), s.family);
    registered.add(s.family);
  }
  return needed.map((s) => `"${s.family}"`).join(', ');
}
