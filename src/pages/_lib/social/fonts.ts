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

const holding = new Map<string, number[]>();

/** Indexes in `list` of the subsets whose ranges hold `code`, remembered: every card asks again for the same characters. */
function subsetsHolding(weight: 400 | 700, list: Subset[], code: number): number[] {
  const key = `${weight}:${code}`;
  let found = holding.get(key);
  if (!found) {
    found = list.flatMap((s, i) => (s.ranges.some(([a, b]) => code >= a && code <= b) ? [i] : []));
    holding.set(key, found);
  }
  return found;
}

/**
 * A CSS font-family list covering every character of `text` at `weight` (Latin first, always
 * included), its subsets registered; Skia falls back along the list character by character.
 */
export function fontFamiliesFor(text: string, weight: 400 | 700): string {
  const list = subsetsOf(weight);
  const found = new Set<number>();
  for (const ch of `A${text}`) for (const i of subsetsHolding(weight, list, ch.codePointAt(0)!)) found.add(i);
  const needed = [...found].sort((a, b) => a - b).map((i) => list[i]!);
  for (const s of needed) {
    if (registered.has(s.family)) continue;
    GlobalFonts.registerFromPath(join(PACKAGE, 'files', s.file), s.family);
    registered.add(s.family);
  }
  return needed.map((s) => `"${s.family}"`).join(', ');
}
