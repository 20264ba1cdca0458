/**
 * A 1200x630 social card (Open Graph / Twitter summary_large_image): pillar, title, name and
 * label, in the theme's light colours. Drawn with Skia (@napi-rs/canvas: ~1 ms a card) and
 * encoded by png.ts, and cached by a hash of its content under Astro's cache folder
 * (node_modules/.astro/throughline/og by default), so a build in which nothing changed draws nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { projectRoot } from '../project-root.ts';
import { fontFamiliesFor } from './fonts.ts';
import { encodePng } from './png.ts';
import { wrapLines } from './wrap.ts';

export interface SocialCard {
  title: string;
  /** Small line above the title (the pillar, or the label on the home card). */
  eyebrow: string;
  name: string;
  footer: string;
  lang: 'en' | 'zh';
}

/** Bumped when the drawing changes, so cached cards are redrawn. */
const TEMPLATE = 4;
const WIDTH = 1200;
const HEIGHT = 630;
const COLOURS = { bg: '#fdfcf9', text: '#1d1b16', muted: '#57534a', accent: '#a3361d', surface: '#f3f0e8' };
/** Noto Sans SC's vertical metrics (hhea, per em): a line of `normal` height is their sum. */
const ASCENT = 1.16;
const NORMAL = 1.448;
/** The text column: right of the 24 px accent bar and an 80 px margin, 64 px from the top, 56 from the bottom. */
const LEFT = 104;
const COLUMN = WIDTH - 24 - 160;
const TOP = 64;
const BOTTOM = HEIGHT - 56;
const MAX_LINES = 4;

/** The rule above the name: a 2 px line, 28 px above the name, the footer 6 px under it, ending at the bottom margin. */
const FOOTER_TOP = BOTTOM - 28 * NORMAL;
const NAME_TOP = FOOTER_TOP - 6 - 34 * NORMAL;
const RULE_TOP = NAME_TOP - 28 - 2;
/**
 * The part of the card that differs between posts (pillar and title, with room for glyphs that
 * overhang their box, and the rule a four-line title may reach): only it is redrawn and read
 * back for each card, the rest comes from the frame drawn once per name and footer.
 */
const BAND = { x: LEFT - 8, y: TOP - 8, width: COLUMN + 16, height: 470 - (TOP - 8) };
const STRIDE = WIDTH * 4 + 1;

// One canvas per thread: a card is drawn and read back in one synchronous step.
let canvas: Canvas | undefined;
let frame: { key: string; rows: Buffer } | undefined;

function text(ctx: SKRSContext2D, value: string, opts: { size: number; weight: 400 | 700; colour: string; baseline: number; spacing?: number }): void {
  ctx.font = `${opts.weight} ${opts.size}px ${fontFamiliesFor(value, opts.weight)}`;
  ctx.letterSpacing = `${opts.spacing ?? 0}px`;
  ctx.fillStyle = opts.colour;
  // One line within the column: a long pillar, name or label ends in "…" at a word.
  const line = wrapLines(value, COLUMN, 1, (part) => ctx.measureText(part).width)[0] ?? '';
  ctx.fillText(line, LEFT, opts.baseline);
}

function rule(ctx: SKRSContext2D): void {
  ctx.fillStyle = COLOURS.surface;
  ctx.fillRect(LEFT, RULE_TOP, COLUMN, 2);
}

/** `pixels` (rows of `rowBytes`) as PNG scanlines, each after a filter byte 0 (none). */
function toScanlines(pixels: Uint8ClampedArray, rowBytes: number, height: number): Buffer {
  const src = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const rows = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) src.copy(rows, y * (rowBytes + 1) + 1, y * rowBytes, (y + 1) * rowBytes);
  return rows;
}

/** The card's scanlines without pillar and title: background, accent bar, rule, name and footer. */
function frameRows(ctx: SKRSContext2D, card: SocialCard): Buffer {
  const key = `${card.name}\n${card.footer}`;
  if (frame?.key === key) return frame.rows;
  ctx.fillStyle = COLOURS.bg;
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(0, 0, 24, HEIGHT);
  rule(ctx);
  text(ctx, card.name, { size: 34, weight: 700, colour: COLOURS.text, baseline: NAME_TOP + 34 * ASCENT });
  text(ctx, card.footer, { size: 28, weight: 400, colour: COLOURS.muted, baseline: FOOTER_TOP + 28 * ASCENT });
  frame = { key, rows: toScanlines(ctx.getImageData(0, 0, WIDTH, HEIGHT).data, WIDTH * 4, HEIGHT) };
  return frame.rows;
}

/** Draws pillar and title (up to four lines) into the band, over a clean background. */
function paintBand(ctx: SKRSContext2D, card: SocialCard): void {
  ctx.fillStyle = COLOURS.bg;
  ctx.fillRect(BAND.x, BAND.y, BAND.width, BAND.height);
  text(ctx, card.eyebrow, { size: 30, weight: 700, colour: COLOURS.accent, baseline: TOP + 30 * ASCENT, spacing: card.lang === 'zh' ? 0 : 1 });
  const size = card.title.length > 60 ? 52 : card.title.length > 30 ? 62 : 72;
  ctx.font = `700 ${size}px ${fontFamiliesFor(card.title, 700)}`;
  ctx.letterSpacing = '0px';
  const lines = wrapLines(card.title, COLUMN, MAX_LINES, (line) => ctx.measureText(line).width);
  // Lines 1.25 em apart, each glyph box centred in its line as CSS does.
  const first = TOP + 30 * NORMAL + 28 + ((1.25 - NORMAL) * size) / 2 + ASCENT * size;
  lines.forEach((line, i) => text(ctx, line, { size, weight: 700, colour: COLOURS.text, baseline: first + i * 1.25 * size }));
  // Painted after the title, as in the card's document order: a long title runs under it.
  rule(ctx);
}

/** The PNG of `card`. */
export async function drawSocialCard(card: SocialCard): Promise<Buffer> {
  canvas ??= createCanvas(WIDTH, HEIGHT);
  const ctx = canvas.getContext('2d');
  const frameKey = `${card.name}\n${card.footer}`;
  const rows = takeRows(frameKey, frameRows(ctx, card));
  paintBand(ctx, card);
  const { data } = ctx.getImageData(BAND.x, BAND.y, BAND.width, BAND.height);
  const band = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const bandBytes = BAND.width * 4;
  for (let y = 0; y < BAND.height; y++) band.copy(rows, (BAND.y + y) * STRIDE + 1 + BAND.x * 4, y * bandBytes, (y + 1) * bandBytes);
  try {
    return await encodePng(rows, WIDTH, HEIGHT);
  } finally {
    if (spare.length < 4) spare.push({ key: frameKey, rows });
  }
}

/**
 * Scanline buffers (3 MB each) of earlier cards, reused instead of copying the frame afresh for
 * every card: outside the band a buffer of the same frame already holds the frame, and the band
 * is overwritten whole. Kept while the encoder reads one (deflate runs off the thread).
 */
const spare: { key: string; rows: Buffer }[] = [];

function takeRows(key: string, frameRows: Buffer): Buffer {
  const at = spare.findIndex((s) => s.key === key);
  if (at >= 0) return spare.splice(at, 1)[0]!.rows;
  return Buffer.from(frameRows);
}

/** The integration sets THROUGHLINE_CACHE_DIR from Astro's cacheDir. */
export function defaultCacheDir(): string {
  return join(process.env.THROUGHLINE_CACHE_DIR ?? join(projectRoot(), 'node_modules/.astro/throughline'), 'og');
}

/** Where `card` is cached: named by a hash of its content and of the drawing's version. */
export function cachedCardFile(card: SocialCard, cacheDir = defaultCacheDir()): string {
  return join(cacheDir, `${createHash('sha256').update(JSON.stringify({ TEMPLATE, card })).digest('hex').slice(0, 32)}.png`);
}

// Shared through globalThis: the pages and the integration are separate module graphs.
const USED = Symbol.for('throughline.usedCards');
const usedHolder = globalThis as typeof globalThis & { [USED]?: Set<string> };

/** Records that this build's output uses the cached card `file`, so pruning keeps it. */
export function markCardUsed(file: string): void {
  (usedHolder[USED] ??= new Set()).add(file);
}

/** The cached card files this build used (on this thread), emptying the record. */
export function takeUsedCards(): Set<string> {
  const used = usedHolder[USED] ?? new Set<string>();
  usedHolder[USED] = new Set();
  return used;
}

/** The PNG of `card`, from the cache when the same card was drawn before. */
export async function socialCardPng(card: SocialCard, cacheDir = defaultCacheDir()): Promise<Buffer> {
  const file = cachedCardFile(card, cacheDir);
  markCardUsed(file);
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
