/**
 * Fonts for the social images, both SIL OFL 1.1 from Fontsource: Noto Sans SC
 * (@fontsource/noto-sans-sc) for Latin and Chinese text, and Noto Color Emoji
 * (@fontsource/noto-color-emoji, COLRv1 colour glyphs, which Skia draws) for emoji. Fontsource
 * splits each font into subsets by unicode-range (its CSS files list them); only the subsets
 * that hold a character of the text are registered with Skia (@napi-rs/canvas reads their
 * WOFF), each under its own family name, once per thread.
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
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));
const SANS = packageDir('@fontsource/noto-sans-sc');
const EMOJI = packageDir('@fontsource/noto-color-emoji');
/**
 * The characters drawn from the emoji font: pictographs, flags (regional indicators), keycaps
 * and tag sequences (UTS #51). The emoji font also covers digits, # and *, which stay in Noto
 * Sans SC: it comes first in the family list.
 */
const EMOJI_CHAR = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3|[\u{e0020}-\u{e007f}]/u;
const subsets = new Map<string, Subset[]>();
const registered = new Set<string>();

function subsetsOf(dir: string, css: string): Subset[] {
  const key = `${dir}/${css}`;
  let list = subsets.get(key);
  if (list) return list;
  const text = readFileSync(join(dir, css), 'utf8');
  list = [...text.matchAll(/url\(\.\/files\/([^)]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g)].map((m) => ({
    file: join(dir, 'files', m[1]!),
    // Skia picks the weight from the file; one family per file keeps subsets and weights apart.
    family: `TL ${m[1]!.replace(/\.woff$/, '')}`,
    ranges: m[2]!.split(',').map((r) => {
      const [from, to] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(from!, 16), parseInt(to ?? from!, 16)] as [number, number];
    }),
  }));
  subsets.set(key, list);
  return list;
}

const holding = new Map<string, number[]>();

/**
 * Indexes in `list` (the subsets of font file `key`) whose ranges hold `code`, remembered per
 * thread: every card asks again for the same characters, and scanning ~100 subsets per
 * character was seconds of CPU per build.
 */
function subsetsHolding(key: string, list: Subset[], code: number): number[] {
  const k = `${key}:${code}`;
  let found = holding.get(k);
  if (!found) {
    found = list.flatMap((s, i) => (s.ranges.some(([a, b]) => code >= a && code <= b) ? [i] : []));
    holding.set(k, found);
  }
  return found;
}

/** The subsets of `dir`/`css` that hold any of `codes`, in the order the CSS lists them. */
function covering(dir: string, css: string, codes: Iterable<number>): Subset[] {
  const list = subsetsOf(dir, css);
  const key = `${dir}/${css}`;
  const found = new Set<number>();
  for (const code of codes) for (const i of subsetsHolding(key, list, code)) found.add(i);
  return [...found].sort((x, y) => x - y).map((i) => list[i]!);
}

/** How many font subsets this thread has registered with Skia: a change may change how text is measured. */
export function registeredFonts(): number {
  return registered.size;
}

/**
 * A CSS font-family list covering every character of `text` at `weight` (Latin first, always
 * included; emoji last), its subsets registered; Skia falls back along the list character by
 * character.
 */
export function fontFamiliesFor(text: string, weight: 400 | 700): string {
  const chars = [...new Set(`A${text}`)];
  const codes = chars.map((ch) => ch.codePointAt(0)!);
  const emoji = chars.filter((ch) => EMOJI_CHAR.test(ch)).map((ch) => ch.codePointAt(0)!);
  const needed = [
    ...covering(SANS, `${weight}.css`, codes),
    ...(emoji.length ? covering(EMOJI, '400.css', emoji) : []),
  ];
  for (const s of needed) {
    if (registered.has(s.family)) continue;
    GlobalFonts.registerFromPath(s.file, s.family);
    registered.add(s.family);
  }
  return needed.map((s) => `"${s.family}"`).join(', ');
}
