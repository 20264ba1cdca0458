/**
 * A 1200x630 social card (Open Graph / Twitter summary_large_image): pillar, title, name and
 * label, in the theme's light colours. Drawn with Skia (@napi-rs/canvas: ~1 ms a card) and
 * encoded by png.ts, and cached by a hash of its content under Astro's cache folder
 * (node_modules/.astro/throughline/og by default), so a build in which nothing changed draws nothing.
 */
import { createHash } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { projectRoot } from '../project-root.ts';
import { fontFamiliesFor, registeredFonts } from './fonts.ts';
import { SOCIAL_CARD } from './card-size.ts';
import { encodePngOver } from './png.ts';
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
const TEMPLATE = 5;
const WIDTH = SOCIAL_CARD.width;
const HEIGHT = SOCIAL_CARD.height;
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
/** Title sizes (px), largest first: a title takes the first whose lines end TITLE_CLEARANCE above the rule. */
const TITLE_SIZES = [72, 62, 52] as const;
/** Noto Sans SC's descender (hhea, per em): NORMAL is ASCENT plus it. */
const DESCENT = NORMAL - ASCENT;
/** The space kept clear between the bottom of the title's last line box and the rule. */
export const TITLE_CLEARANCE = 28;
/** The top of the rule above the name (px from the card's top). */
export const RULE_Y = RULE_TOP;

export interface TitleLayout {
  /** Font size in px. */
  size: number;
  lines: string[];
  /** Baseline of each line, px from the card's top. */
  baselines: number[];
  /** The bottom of the last line's glyph box (its baseline plus the font's descent), px from the top. */
  bottom: number;
}

/**
 * Size, lines and baselines of a card's title: the largest of TITLE_SIZES (starting from one
 * chosen by length: 72 px up to 30 characters, 62 up to 60, else 52) at which the title, wrapped
 * into at most four lines of the column (`measure(size, text)`: its width in px at that size),
 * ends at least TITLE_CLEARANCE px above the rule. Chinese titles are wide (one em a character),
 * so a long one takes four lines and steps down a size or two; the smallest size always fits.
 */
export function titleLayout(title: string, measure: (size: number, text: string) => number): TitleLayout {
  const start = title.length > 60 ? 52 : title.length > 30 ? 62 : 72;
  const sizes = TITLE_SIZES.filter((s) => s <= start);
  let layout: TitleLayout | undefined;
  for (const size of sizes) {
    const lines = wrapLines(title, COLUMN, MAX_LINES, (line) => measure(size, line));
    // Lines 1.25 em apart, each glyph box centred in its line as CSS does.
    const first = TOP + 30 * NORMAL + 28 + ((1.25 - NORMAL) * size) / 2 + ASCENT * size;
    const baselines = lines.map((_, i) => first + i * 1.25 * size);
    layout = { size, lines, baselines, bottom: (baselines.at(-1) ?? first) + DESCENT * size };
    if (layout.bottom <= RULE_TOP - TITLE_CLEARANCE) return layout;
  }
  return layout!;
}

/**
 * The part of the card that differs between posts (pillar and title, with room for glyphs that
 * overhang their box, and the rule a four-line title may reach): only it is redrawn for each
 * card, the rest comes from the frame drawn once per name and footer.
 */
const BAND = { x: LEFT - 8, y: TOP - 8, width: COLUMN + 16, height: 470 - (TOP - 8) };
const STRIDE = WIDTH * 4 + 1;

// One canvas per thread: a card is drawn and read back in one synchronous step.
let canvas: Canvas | undefined;
let frame: { key: string; rows: Buffer } | undefined;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room around a line's measured box for antialiasing and glyphs that overhang their advance. */
const INK_MARGIN = 6;

/**
 * The part of the band where `line`, just drawn at (LEFT, `baseline`) in the context's font, can
 * have left ink: its measured glyph box (and at least its advance), plus INK_MARGIN, clipped to
 * the band. Only these parts of a card are read back from Skia.
 */
function inkRect(ctx: SKRSContext2D, line: string, baseline: number): Rect {
  const m = measure(ctx, line);
  const left = Math.floor(LEFT - Math.max(0, m.actualBoundingBoxLeft) - INK_MARGIN);
  const right = Math.ceil(LEFT + Math.max(m.width, m.actualBoundingBoxRight) + INK_MARGIN);
  const top = Math.floor(baseline - Math.max(0, m.actualBoundingBoxAscent) - INK_MARGIN);
  const bottom = Math.ceil(baseline + Math.max(0, m.actualBoundingBoxDescent) + INK_MARGIN);
  const x = Math.max(BAND.x, left);
  const y = Math.max(BAND.y, top);
  return { x, y, width: Math.max(0, Math.min(BAND.x + BAND.width, right) - x), height: Math.max(0, Math.min(BAND.y + BAND.height, bottom) - y) };
}

/** The canvas's font and letter spacing as last set here (reading them back from Skia is a native call). */
let fontKey = '';

/** Sets the context's font (a CSS font shorthand) and letter spacing (px), when they differ from the last set. */
function useFont(ctx: SKRSContext2D, font: string, spacing = 0): void {
  const key = `${font}\n${spacing}`;
  if (key === fontKey) return;
  ctx.font = font;
  ctx.letterSpacing = `${spacing}px`;
  fontKey = key;
}

/**
 * Measures of text by font and spacing: wrapping measures each word and each growing line, the
 * title's lines are measured again when drawn and once more for their ink, and shaping a string
 * in Skia costs ~15 µs. Emptied when a font subset is registered (Skia's fallback may then
 * change) and when it grows large.
 */
const measures = new Map<string, TextMetrics>();
let measuredWith = -1;

function measure(ctx: SKRSContext2D, value: string): TextMetrics {
  if (measuredWith !== registeredFonts() || measures.size > 20_000) measures.clear(), (measuredWith = registeredFonts());
  const key = `${fontKey}\n${value}`;
  let m = measures.get(key);
  if (!m) measures.set(key, (m = ctx.measureText(value)));
  return m;
}

/** Draws `value` in one line within the column; returns where it may have left ink in the band. */
function text(ctx: SKRSContext2D, value: string, opts: { size: number; weight: 400 | 700; colour: string; baseline: number; spacing?: number }): Rect {
  useFont(ctx, `${opts.weight} ${opts.size}px ${fontFamiliesFor(value, opts.weight)}`, opts.spacing);
  ctx.fillStyle = opts.colour;
  // One line within the column: a long pillar, name or label ends in "…" at a word.
  const line = wrapLines(value, COLUMN, 1, (part) => measure(ctx, part).width)[0] ?? '';
  ctx.fillText(line, LEFT, opts.baseline);
  return inkRect(ctx, line, opts.baseline);
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

/**
 * Draws pillar and title (up to four lines) into the band, over a clean background; returns
 * where they may have left ink (outside it the band is the frame's).
 */
function paintBand(ctx: SKRSContext2D, card: SocialCard): Rect[] {
  ctx.fillStyle = COLOURS.bg;
  ctx.fillRect(BAND.x, BAND.y, BAND.width, BAND.height);
  const inked = [text(ctx, card.eyebrow, { size: 30, weight: 700, colour: COLOURS.accent, baseline: TOP + 30 * ASCENT, spacing: card.lang === 'zh' ? 0 : 1 })];
  const families = fontFamiliesFor(card.title, 700);
  const layout = titleLayout(card.title, (size, line) => {
    useFont(ctx, `700 ${size}px ${families}`);
    return measure(ctx, line).width;
  });
  layout.lines.forEach((line, i) => inked.push(text(ctx, line, { size: layout.size, weight: 700, colour: COLOURS.text, baseline: layout.baselines[i]! })));
  // Painted after the title, as in the card's document order: a long title runs under it.
  rule(ctx);
  return inked;
}

/** Copies `rect` of the scanlines `from` (or of the canvas, when `from` is null) into `rows`. */
function copyRect(rows: Buffer, rect: Rect, from: Buffer | null, ctx: SKRSContext2D): void {
  if (rect.width === 0 || rect.height === 0) return;
  const bytes = rect.width * 4;
  if (from) {
    for (let y = rect.y; y < rect.y + rect.height; y++) from.copy(rows, y * STRIDE + 1 + rect.x * 4, y * STRIDE + 1 + rect.x * 4, y * STRIDE + 1 + rect.x * 4 + bytes);
    return;
  }
  const { data } = ctx.getImageData(rect.x, rect.y, rect.width, rect.height);
  const src = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let y = 0; y < rect.height; y++) src.copy(rows, (rect.y + y) * STRIDE + 1 + rect.x * 4, y * bytes, (y + 1) * bytes);
}

/** The PNG of `card`. */
export async function drawSocialCard(card: SocialCard): Promise<Buffer> {
  if (!canvas) (canvas = createCanvas(WIDTH, HEIGHT)), (fontKey = '');
  const ctx = canvas.getContext('2d');
  const frameKey = `${card.name}\n${card.footer}`;
  const base = frameRows(ctx, card);
  const { rows, inked: before } = takeRows(frameKey, base);
  // Reading pixels back from Skia costs more than drawing them: only where this card has ink.
  const inked = paintBand(ctx, card);
  for (const rect of before) copyRect(rows, rect, base, ctx);
  for (const rect of inked) copyRect(rows, rect, null, ctx);
  try {
    const changed = { top: Math.min(...inked.map((r) => r.y)), bottom: Math.max(...inked.map((r) => r.y + r.height)) };
    return await encodePngOver(rows, base, frameKey, { width: WIDTH, height: HEIGHT }, changed);
  } finally {
    if (spare.length < 4) spare.push({ key: frameKey, rows, inked });
  }
}

/**
 * Scanline buffers (3 MB each) of earlier cards, reused instead of copying the frame afresh for
 * every card: a buffer of the same frame holds the frame but where its card had ink (`inked`),
 * which is put back from the frame before the next card's ink is copied in. Kept while the
 * encoder reads one (deflate runs off the thread).
 */
const spare: { key: string; rows: Buffer; inked: Rect[] }[] = [];

function takeRows(key: string, frameRows: Buffer): { rows: Buffer; inked: Rect[] } {
  const at = spare.findIndex((s) => s.key === key);
  if (at >= 0) return spare.splice(at, 1)[0]!;
  return { rows: Buffer.from(frameRows), inked: [] };
}

/** The integration sets THROUGHLINE_CACHE_DIR from Astro's cacheDir. */
export function defaultCacheDir(): string {
  return join(process.env.THROUGHLINE_CACHE_DIR || join(projectRoot(), 'node_modules/.astro/throughline'), 'og');
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

/** The temp file `file` is written to before it is renamed into place: parallel builds never read half a file. */
const tempOf = (file: string) => `${file}.${process.pid}.${threadId}.tmp`;

/**
 * Stores `png` as the cached card `file` (its folder must exist), synchronously: for the pool's
 * threads, which have nothing else to do meanwhile and save the promise machinery per card.
 */
export function storeCardSync(file: string, png: Buffer): void {
  writeFileSync(tempOf(file), png);
  renameSync(tempOf(file), file);
}

/** The PNG of `card`, from the cache when the same card was drawn before. */
export async function socialCardPng(card: SocialCard, cacheDir = defaultCacheDir()): Promise<Buffer> {
  const file = cachedCardFile(card, cacheDir);
  markCardUsed(file);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const png = await drawSocialCard(card);
  await mkdir(cacheDir, { recursive: true });
  await writeFile(tempOf(file), png);
  await rename(tempOf(file), file);
  return png;
}
