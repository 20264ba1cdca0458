/**
 * Social images of a build. When the build starts, a pool of child processes draws the card of
 * every post due on the portfolio into the cache (social-worker.ts) while Astro renders the pages
 * on the main thread. Processes, not worker threads (helper-process.ts): a native crash in Skia
 * then costs only that drawer's cards, which the main thread draws, and never the build. After the build, each card a rendered page queued
 * (src/pages/_lib/social/cards.ts) is hard-linked (else copied) from the cache into dist/, or
 * drawn there and then if the pool did not get to it: the pool works through the cards in order
 * of path and the main thread from the other end, and the pool is stopped once the queue is done.
 */
import { readdirSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import pLimit from 'p-limit';
import { takeSocialCards, type QueuedCard } from '../pages/_lib/social/cards.ts';
import { cachedCardFile, markCardUsed, socialCardPng, takeUsedCards } from '../pages/_lib/social/render.ts';
import { forkHelper } from './helper-process.ts';
import type { SocialWorkerJob } from './social-worker.ts';
import type { DueCard } from '../pages/_lib/social/due-cards.ts';

/** Cards drawn at once on the main thread: Skia on it, PNG deflate on libuv's thread pool. */
const AT_ONCE = 2;

export interface SocialImagePool {
  /** Resolves when every worker has ended, with how many cards they drew. */
  finished: Promise<number>;
  /** Asks every worker to stop after its current card, then as `finished`. */
  stop(): Promise<number>;
}

/**
 * Starts drawing the cards due at `now` into `cacheDir`: one drawing process per core but the one
 * Astro renders on (at least one, at most four, no more than there are cards to draw). They are
 * unref'd: a failed build never waits on them. `cards`: the due cards when already known (from
 * the build check's reading), else each drawer lists them. Known cards already in the cache are
 * not handed over, and when every one is there (a rebuild with no new or retitled post) no
 * process is started: starting one and loading the drawing code cost ~0.4 s of CPU for nothing.
 */
export function startSocialImages(root: string, cacheDir: string, now = Date.now(), known?: DueCard[]): SocialImagePool {
  const cards = known && missingFrom(cacheDir, known);
  if (cards?.length === 0) return { finished: Promise.resolve(0), stop: () => Promise.resolve(0) };
  const of = Math.max(1, Math.min(4, availableParallelism() - 1, cards?.length ?? Infinity));
  const drawers = Array.from({ length: of }, (_, index) => {
    const job: SocialWorkerJob = { root, now, cacheDir, index, of, cards };
    let drawn = 0;
    try {
      const { child, hold } = forkHelper(new URL('./social-worker.ts', import.meta.url));
      child.on('message', (m: { drawn: number }) => (drawn = m.drawn));
      // A drawer that fails (or crashes) only leaves more cards for the main thread to draw.
      const done = new Promise<number>((resolve) => child.once('exit', () => resolve(drawn)).once('error', () => resolve(drawn)));
      child.send({ job }, () => undefined);
      return { child, hold, done };
    } catch {
      return { child: undefined, hold: () => false, done: Promise.resolve(0) };
    }
  });
  const finished = Promise.all(drawers.map((d) => d.done)).then((counts) => counts.reduce((a, b) => a + b, 0));
  return {
    finished,
    stop: () => {
      // Awaited now: kept alive until each has finished its current card.
      for (const { child, hold } of drawers) {
        if (!child?.connected || !hold()) continue;
        child.send('stop', () => undefined);
      }
      return finished;
    },
  };
}

/** Of `cards`, those whose card is not in `cacheDir` (one listing of the folder). */
function missingFrom(cacheDir: string, cards: DueCard[]): DueCard[] {
  let names: Set<string>;
  try {
    names = new Set(readdirSync(cacheDir));
  } catch {
    return cards;
  }
  return cards.filter(({ card }) => !names.has(basename(cachedCardFile(card, cacheDir))));
}

/** Puts the cached `from` at `to`; false when it is not cached. */
async function placeCached(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    // Another file system, or links not allowed: a copy.
    return copyFile(from, to).then(() => true, () => false);
  }
}

/** Writes the queued cards into the build folder `dir`, then stops `pool`; resolves with the cards it wrote (site path to card). */
export async function writeSocialImages(dir: URL, logger: AstroIntegrationLogger, pool?: SocialImagePool): Promise<Map<string, QueuedCard>> {
  const outDir = fileURLToPath(dir);
  // From the end of the pool's order (by path), so that both meet once rather than draw twice.
  const queue = takeSocialCards();
  const cards = [...queue].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  const folders = new Map<string, Promise<unknown>>();
  const limit = pLimit(AT_ONCE);
  let drawnHere = 0;
  await Promise.all(
    cards.map(([path, { card }]) =>
      limit(async () => {
        const file = join(outDir, path);
        const folder = dirname(file);
        if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
        await folders.get(folder);
        const cached = cachedCardFile(card);
        markCardUsed(cached);
        if (await placeCached(cached, file)) return;
        await writeFile(file, await socialCardPng(card));
        drawnHere++;
      }),
    ),
  );
  const drawnBefore = (await pool?.stop()) ?? 0;
  logger.info(`social images: ${cards.length} (drawn by the pool: ${drawnBefore}; after the pages, on this thread: ${drawnHere})`);
  return queue;
}

/**
 * Removes from `cacheDir` every cached card (`*.png`) that the build just finished did not use
 * (a post deleted, retitled or unpublished, an older drawing), so the cache holds what the site
 * shows and no more. Called only once a build has succeeded and is in place: a failed build
 * never reaches it, so its cards stay for the next try. Returns how many were removed.
 */
export async function pruneSocialCache(cacheDir: string): Promise<number> {
  const used = new Set([...takeUsedCards()].map((file) => basename(file)));
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.png') && !used.has(name));
  // A card another process holds open or already removed is no reason to fail a finished build.
  await Promise.all(stale.map((name) => unlink(join(cacheDir, name)).catch(() => undefined)));
  return stale.length;
}
