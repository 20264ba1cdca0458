/**
 * A 1200x630 social card (Open Graph / Twitter summary_large_image): pillar, title, name and
 * label, in the theme's light colours. Drawn by satori (layout to SVG) and resvg (SVG to PNG),
 * and cached by a hash of its content under Astro's cache folder (node_modules/.astro/throughline/og
 * by default), so a build in which nothing changed draws nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { projectRoot } from '../project-root.ts';
import { fontsFor } from './fonts.ts';

export interface SocialCard {
  title: string;
  /** Small line above the title (the pillar, or the label on the home card). */
  eyebrow: string;
  name: string;
  footer: string;
  lang: 'en' | 'zh';
}

/** Bumped when the drawing changes, so cached cards are redrawn. */
const TEMPLATE = 2;
const WIDTH = 1200;
const HEIGHT = 630;
const COLOURS = { bg: '#fdfcf9', text: '#1d1b16', muted: '#57534a', accent: '#a3361d', surface: '#f3f0e8' };

/**
 * satori hands resvg every letter as a path, so resvg needs no font: by default it would scan
 * the system's fonts for each card (~30 ms, most of a card's cost with CJK fonts installed).
 */
const RESVG = { fitTo: { mode: 'width' as const, value: WIDTH }, font: { loadSystemFonts: false } };

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

function layout(card: SocialCard, families: string): Node {
  const size = card.title.length > 60 ? 52 : card.title.length > 30 ? 62 : 72;
  return box({ width: WIDTH, height: HEIGHT, display: 'flex', background: COLOURS.bg, fontFamily: families }, [
    box({ width: 24, height: HEIGHT, background: COLOURS.accent }, []),
    box({ width: WIDTH - 24 - 160, height: HEIGHT - 64 - 56, margin: '64px 80px 56px', display: 'flex', flexDirection: 'column', justifyContent: 'space-between' }, [
    box({ display: 'flex', flexDirection: 'column' }, [
      box({ fontSize: 30, fontWeight: 700, color: COLOURS.accent, letterSpacing: card.lang === 'zh' ? 0 : 1, marginBottom: 28 }, card.eyebrow),
      box({ fontSize: size, fontWeight: 700, color: COLOURS.text, lineHeight: 1.25, lineClamp: 4, display: 'block' }, card.title),
    ]),
    box({ display: 'flex', flexDirection: 'column', borderTop: `2px solid ${COLOURS.surface}`, paddingTop: 28 }, [
      box({ fontSize: 34, fontWeight: 700, color: COLOURS.text }, card.name),
      box({ fontSize: 28, fontWeight: 400, color: COLOURS.muted, marginTop: 6 }, card.footer),
    ]),
    ]),
  ]);
}

/** The PNG of `card`. */
export async function drawSocialCard(card: SocialCard): Promise<Buffer> {
  const bold = `${card.eyebrow}${card.title}${card.name}`;
  const fonts = [...fontsFor(bold, 700), ...fontsFor(card.footer, 400)];
  const families = [...new Set(fonts.map((f) => f.name))].join(', ');
  const svg = await satori(layout(card, families) as Parameters<typeof satori>[0], { width: WIDTH, height: HEIGHT, fonts });
  return (await renderAsync(svg, RESVG)).asPng();
}

/** The integration sets THROUGHLINE_CACHE_DIR from Astro's cacheDir. */
export function defaultCacheDir(): string {
  return join(process.env.THROUGHLINE_CACHE_DIR ?? join(projectRoot(), 'node_modules/.astro/throughline'), 'og');
}

/** Where `card` is cached: named by a hash of its content and of the drawing's version. */
export function cachedCardFile(card: SocialCard, cacheDir = defaultCacheDir()): string {
  return join(cacheDir, `${createHash('sha256').update(JSON.stringify({ TEMPLATE, card })).digest('hex').slice(0, 32)}.png`);
}

/** The PNG of `card`, from the cache when the same card was drawn before. */
export async function socialCardPng(card: SocialCard, cacheDir = defaultCacheDir()): Promise<Buffer> {
  const file = cachedCardFile(card, cacheDir);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const png = await drawSocialCard(card);
  await mkdir(cacheDir, { recursive: true });
  // Written whole then renamed: parallel builds never read half a file.
  const temp = `${file}.${process.pid}.${threadId}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  return png;
}
