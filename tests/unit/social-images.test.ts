import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { startSocialImages, writeSocialImages } from '../../src/integration/social-images.ts';
import { queueSocialCard } from '../../src/pages/_lib/social/cards.ts';
import { listDueCards } from '../../src/pages/_lib/social/due-cards.ts';
import { cachedCardFile, defaultCacheDir, drawSocialCard, RULE_Y, TITLE_CLEARANCE, titleLayout, type SocialCard } from '../../src/pages/_lib/social/render.ts';
import { fontFamiliesFor } from '../../src/pages/_lib/social/fonts.ts';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { wrapLines } from '../../src/pages/_lib/social/wrap.ts';
import { combineAdler, deflatePart, encodePngOver } from '../../src/pages/_lib/social/png.ts';
import { inflateSync } from 'node:zlib';
import { withCrashingChildren } from '../support/crashing-children.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/roots/portfolio/', import.meta.url));
// One unit per character: the line widths below are character counts.
const measure = (line: string) => [...line].length;
const temps: string[] = [];
const temp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'tl-og-unit-'));
  temps.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the line breaking of social card titles', () => {
  it('breaks English at spaces and keeps every line within the width', () => {
    const lines = wrapLines('Red braised pork the slow way', 12, 4, measure);
    expect(lines).toEqual(['Red braised', 'pork the', 'slow way']);
  });

  it('breaks Chinese between characters but never puts closing punctuation at the start of a line', () => {
    const lines = wrapLines('一二三四，五六七八。九十', 4, 4, measure);
    expect(lines.join('')).toBe('一二三四，五六七八。九十');
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
    expect(lines[0]).toBe('一二三');
  });

  it('cuts a title longer than four lines with an ellipsis that still fits', () => {
    const lines = wrapLines('一二三四五六七八九十'.repeat(3), 5, 4, measure);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('六七八九…');
  });

  it('cuts a long English title after the fourth line at a word, never inside one, and keeps every line within the width', () => {
    const title = 'How I learned to cook red braised pork on a borrowed wok during a winter power cut in Shanghai, and what the neighbours taught me about patience';
    const lines = wrapLines(title, 19, 4, measure);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(19);
    expect(lines[3]).toMatch(/…$/);
    const kept = lines.join(' ').replace(/…$/, '').split(' ');
    const words = title.split(' ');
    // Every word shown is a whole word of the title, in order.
    expect(kept).toEqual(words.slice(0, kept.length).map((w, i) => (i === kept.length - 1 ? w.replace(/,$/, '') : w)));
  });

  it('breaks a word wider than the line inside it rather than overflowing', () => {
    expect(wrapLines('Supercalifragilistic', 8, 4, measure)).toEqual(['Supercal', 'ifragili', 'stic']);
  });
});

/** Pixels of a card's PNG whose colour is far from grey (the title is drawn in near-black). */
async function colouredPixels(card: SocialCard): Promise<number> {
  const image = await loadImage(await drawSocialCard(card));
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 80) count++;
  return count;
}

describe('the text of social cards stays inside the card', () => {
  it('ends a long pillar, name and label in one line with an ellipsis, leaving the right margin clear', async () => {
    const long = 'The home cook who photographs her food and writes about weeknight braises, dumplings and the markets of Shanghai';
    const image = await loadImage(await drawSocialCard({ title: 'Short', eyebrow: long, name: long, footer: long, lang: 'en' }));
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    // The right margin: 80 px between the column's end (x = 1120) and the card's edge.
    const { data } = ctx.getImageData(1128, 0, 72, image.height);
    const ink: number[] = [];
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) ink.push(i);
    expect(ink).toEqual([]);
  });
});

describe('the title of a social card keeps clear of the rule above the name', () => {
  // Widths as Skia measures them in the card's own fonts.
  const ctx = createCanvas(10, 10).getContext('2d');
  const skia = (title: string) => {
    const families = fontFamiliesFor(title, 700);
    return (size: number, text: string) => {
      ctx.font = `700 ${size}px ${families}`;
      return ctx.measureText(text).width;
    };
  };
  const han = '红烧肉外婆的厨房小火慢炖一锅酱汁米饭菜市场的早晨光线构图拍摄生抽姜片家常面条';
  const titles = [
    ...[12, 20, 28, 30, 31, 40, 45, 50, 55, 60, 61, 70, 90].map((n) => han.repeat(3).slice(0, n)),
    '周末的红烧肉：外婆教我的三个小窍门，小火慢炖两个小时，酱汁收到发亮为止，再配一碗白米饭',
    'Weeknight braises, hand-pulled noodles and the markets of Shanghai in winter light',
    'Dumplings',
    'Supercalifragilisticexpialidocious dumplings everywhere in town',
  ];

  it.each(titles)('%s', (title) => {
    const layout = titleLayout(title, skia(title));
    expect(layout.lines.length).toBeGreaterThan(0);
    expect(layout.lines.length).toBeLessThanOrEqual(4);
    expect(RULE_Y - layout.bottom).toBeGreaterThanOrEqual(TITLE_CLEARANCE);
    for (const line of layout.lines) expect(skia(title)(layout.size, line)).toBeLessThanOrEqual(1016);
  });

  it('steps a long Chinese title down a size rather than letting it reach the rule, and keeps a short one large', () => {
    const long = han.repeat(2).slice(0, 58);
    expect(titleLayout(long, skia(long)).size).toBeLessThan(62);
    expect(titleLayout('红烧肉', skia('红烧肉')).size).toBe(72);
    // English of the same length fits in fewer lines at its length's size.
    const english = 'Weeknight braises and the markets of Shanghai in winter light';
    expect(titleLayout(english, skia(english)).size).toBe(52);
  });
});

describe('emoji on social cards', () => {
  const card = (title: string): SocialCard => ({ title, eyebrow: 'Noodles', name: 'Mei Lin', footer: 'Home cook', lang: 'en' });

  it('draws emoji in colour, not as the empty box of a missing glyph', async () => {
    // U+FFFF is never a character: every font draws it as the missing-glyph box.
    const missing = await colouredPixels(card('Dinner \uFFFF\uFFFF\uFFFF'));
    for (const emoji of ['🍜🔥🥟', '👩‍🍳🇨🇳🎉']) expect(await colouredPixels(card(`Dinner ${emoji}`)) - missing).toBeGreaterThan(3000);
  });
});

describe('the cards a build will queue', () => {
  it('are the published, due posts without a cover of the fixture, at their pages\' image paths', async () => {
    const cards = await listDueCards(FIXTURE, Date.parse('2026-11-30T00:00:00Z'));
    expect(cards.map((c) => c.path).sort()).toEqual(['/og/2026/gluten.png', '/og/2026/mianbao.png', '/og/2026/published-sourdough.png']);
    const mianbao = cards.find((c) => c.path === '/og/2026/mianbao.png')!.card;
    expect(mianbao.lang).toBe('zh');
    expect(mianbao.title).toMatch(/\p{Script=Han}/u);
  });

  it('are drawn into the cache by the pool of drawing processes, and only those', async () => {
    const cacheDir = await temp();
    const pool = startSocialImages(FIXTURE, cacheDir, Date.parse('2026-11-30T00:00:00Z'));
    expect(await pool.finished).toBe(3);
    const files = await readdir(cacheDir);
    expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(3);
    for (const { card } of await listDueCards(FIXTURE, Date.parse('2026-11-30T00:00:00Z'))) {
      const png = await readFile(cachedCardFile(card, cacheDir));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      // 1200x630, as og:image and summary_large_image expect (PNG IHDR: width, height).
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});

describe('a drawing process that crashes', () => {
  it('costs only its own cards (the main thread draws them): the build and its process go on', async () => {
    // A drawer is a process of its own: a native crash in Skia, or in Node's teardown of a thread
    // that used an addon, killed the whole build while the drawers were worker threads. The crash
    // is injected by a preload that kills the drawer on receiving its job.
    const cacheDir = join(await temp(), 'og');
    await withCrashingChildren(async (crashed) => {
      const pool = startSocialImages(FIXTURE, cacheDir, Date.parse('2026-11-30T00:00:00Z'));
      expect(await pool.stop()).toBe(0);
      expect(crashed().length).toBeGreaterThan(0);
      expect(crashed()).not.toContain(process.pid);
      expect((await readdir(cacheDir).catch(() => [])).filter((f) => f.endsWith('.png'))).toEqual([]);
    });
  });
});

describe('a rebuild whose cards are all cached', () => {
  it('starts no drawing process, and one for a card the cache lacks, which draws only it', async () => {
    const cacheDir = join(await temp(), 'og');
    const now = Date.parse('2026-11-30T00:00:00Z');
    const cards = await listDueCards(FIXTURE, now);
    expect(await startSocialImages(FIXTURE, cacheDir, now, cards).finished).toBe(3);
    // Every forked process would crash on its job and be listed: none may start.
    await withCrashingChildren(async (crashed) => {
      expect(await startSocialImages(FIXTURE, cacheDir, now, cards).stop()).toBe(0);
      expect(crashed()).toEqual([]);
    });
    const retitled = cards.map((c, i) => (i === 0 ? { ...c, card: { ...c.card, title: `${c.card.title} (2)` } } : c));
    expect(await startSocialImages(FIXTURE, cacheDir, now, retitled).finished).toBe(1);
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.png'))).toHaveLength(4);
  });
});

describe('writing the queued cards into the build', () => {
  const logger = { info: () => undefined } as unknown as AstroIntegrationLogger;
  const card = { title: 'A post only the page knows', eyebrow: 'Bread', name: 'Ada', footer: 'The baker', lang: 'en' as const };

  it('places a cached card as it is in the cache, and draws one the cache lacks', async () => {
    const [cacheRoot, out] = [await temp(), await temp()];
    process.env.THROUGHLINE_CACHE_DIR = cacheRoot;
    try {
      const cached = cachedCardFile(card);
      await mkdir(join(cacheRoot, 'og'), { recursive: true });
      await writeFile(cached, 'from the cache');
      queueSocialCard('/og/2026/cached.png', card);
      queueSocialCard('/og/2026/fresh.png', { ...card, title: '没有缓存的卡片' });
      await writeSocialImages(pathToFileURL(`${out}/`), logger);
      expect(await readFile(join(out, 'og/2026/cached.png'), 'utf8')).toBe('from the cache');
      expect((await readFile(join(out, 'og/2026/fresh.png')).then((b) => b.subarray(1, 4).toString()))).toBe('PNG');
    } finally {
      delete process.env.THROUGHLINE_CACHE_DIR;
    }
  });
});

describe('social cards drawn one after another', () => {
  const pixelsOf = async (png: Buffer) => {
    const image = await loadImage(png);
    const ctx = createCanvas(image.width, image.height).getContext('2d');
    ctx.drawImage(image, 0, 0);
    return Buffer.from(ctx.getImageData(0, 0, image.width, image.height).data);
  };
  const card = (title: string, eyebrow = 'Noodles'): SocialCard => ({ title, eyebrow, name: 'Mei Lin', footer: 'Home cook', lang: 'en' });

  it('keeps none of an earlier card\'s ink: a short title drawn after a four-line one looks as it did before it', async () => {
    const short = card('Dumplings');
    const before = await pixelsOf(await drawSocialCard(short));
    const long = 'Weeknight braises, hand-pulled noodles, the markets of Shanghai in winter, and the light across the wooden board by the window while everything simmers';
    const other = await pixelsOf(await drawSocialCard(card(long, 'Photography and stories from the kitchen ǰ 🍜')));
    expect(other.equals(before)).toBe(false);
    expect((await pixelsOf(await drawSocialCard(short))).equals(before)).toBe(true);
  });
});

describe('the PNG of a card spliced from its frame\'s rows', () => {
  const width = 40;
  const height = 64;
  const stride = width * 4 + 1;
  const scanlines = (paint: (x: number, y: number) => number) => {
    const rows = Buffer.alloc(stride * height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width * 4; x++) rows[y * stride + 1 + x] = paint(x, y);
    return rows;
  };
  const idat = (png: Buffer) => {
    const parts: Buffer[] = [];
    for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
    return Buffer.concat(parts);
  };

  it('decodes to exactly its scanlines, with the Adler-32 of all of them, wherever the changed rows lie', async () => {
    const base = scanlines((x, y) => (x % 4 === 3 ? 255 : 200 + (y % 3)));
    for (const [top, bottom] of [[0, 64], [5, 9], [17, 40], [50, 64], [0, 1], [20, 20]] as const) {
      const rows = Buffer.from(base);
      for (let y = top; y < bottom; y++) for (let x = 0; x < width * 4; x += 3) rows[y * stride + 1 + x] = (x * 7 + y * 13) & 255;
      const png = await encodePngOver(rows, base, `frame ${top}`, { width, height }, { top, bottom });
      // inflateSync checks the zlib trailer's Adler-32 and throws when it is wrong.
      expect(inflateSync(idat(png)).equals(rows)).toBe(true);
    }
  });

  it('combines the Adler-32 of two pieces of data into that of both joined', async () => {
    const a = Buffer.from('the braise simmers slowly '.repeat(4000));
    const b = Buffer.from('红烧肉 and ginger '.repeat(3000));
    const [pa, pb, both] = await Promise.all([deflatePart(a, 1), deflatePart(b, 1), deflatePart(Buffer.concat([a, b]), 1)]);
    expect(combineAdler(pa.adler, pb.adler, b.length)).toBe(both.adler);
  });
});

describe('the social images cache folder', () => {
  it('reads an empty THROUGHLINE_CACHE_DIR as unset (not as the working directory)', () => {
    const was = process.env.THROUGHLINE_CACHE_DIR;
    try {
      process.env.THROUGHLINE_CACHE_DIR = '';
      expect(defaultCacheDir()).toMatch(/node_modules[/\\]\.astro[/\\]throughline[/\\]og$/);
      process.env.THROUGHLINE_CACHE_DIR = '/tmp/somewhere';
      expect(defaultCacheDir()).toBe(join('/tmp/somewhere', 'og'));
    } finally {
      if (was === undefined) delete process.env.THROUGHLINE_CACHE_DIR;
      else process.env.THROUGHLINE_CACHE_DIR = was;
    }
  });
});
