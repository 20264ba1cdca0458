/**
 * Astro's incremental build cache (experimental.incrementalBuild), as the integration keeps it
 * whole. Astro's manifest `<cacheDir>/incremental-build.json` names each cached page's
 * `cacheKey`, `<cacheDir>/dist/` holds the page as rendered, and a page whose key and code match
 * is copied from there instead of rendered (astro/dist/core/build/incremental.js, generate.js).
 * A copied page runs no middleware and no page code, so what a page hands the integration as
 * it renders is kept here, beside Astro's cache, and handed over again for a copied page: its
 * social card (the search index keeps its own record: search-index.ts).
 *
 * Two rules keep that record and Astro's cache in step:
 * - Astro writes a page's copy into `<cacheDir>/dist/` as soon as the page renders, but its
 *   manifest only after every page has; a build that fails or is stopped in between leaves
 *   copies newer than the manifest, which a later build with the older keys would restore (a
 *   post edited, the build stopped, the edit undone: the edited page again). A build leaves a
 *   mark until it is finished and in place; a build that finds the mark removes Astro's manifest.
 * - The record names the hash of the Astro manifest it was written beside; when they differ (a
 *   build failed after Astro wrote its manifest, the record was deleted), Astro's manifest is
 *   removed too. Without its manifest Astro renders every page and writes its cache anew.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { queueSocialCard, type QueuedCard } from '../pages/_lib/social/cards.ts';
import type { SocialCard } from '../pages/_lib/social/render.ts';
import { readCacheRecord, writeCacheRecord } from './cache-record.ts';

/** Astro's manifest file name (astro/dist/core/build/incremental.js: INCREMENTAL_CACHE_FILE). */
export const ASTRO_MANIFEST = 'incremental-build.json';
const MARK = 'incremental-unfinished';
const RECORD = 'incremental-pages.json';
const FORMAT = 'incremental-pages-1';

interface PageRecord {
  format: string;
  /** Hash of Astro's manifest written by the same build. */
  astro: string;
  /** A page's built file (search-index.ts sourcePathOf, e.g. posts/x/index.html) to its card's site path and card. */
  cards: Record<string, [string, SocialCard]>;
}

export interface IncrementalBuild {
  /** A hash of Astro's manifest as the previous build left it (the one this build reads), or null when there is none. */
  readonly before: string | null;
  /** A hash of Astro's manifest as it is now (once the pages are done: this build's), or null. */
  current(): string | null;
  /** Queues again the card of each page Astro copied instead of rendering (`restored`: built files, as in the record). */
  requeue(restored: Iterable<string>): void;
  /**
   * Once the build is finished and in place: records the cards written (`cards`, site path to
   * the card and its page's URL path) and takes the mark away.
   */
  finished(cards: ReadonlyMap<string, QueuedCard>): void;
}

/**
 * Called at the start of `astro build`, before Astro reads its manifest: `astroCacheDir` is the
 * config's cacheDir (a path), `ownCacheDir` Throughline's folder for the mark and the record.
 * `fileOf` turns a page's URL path into its built file (search-index.ts sourcePathOf).
 */
export function startIncrementalBuild(astroCacheDir: string, ownCacheDir: string, fileOf: (pathname: string) => string): IncrementalBuild {
  const manifest = join(astroCacheDir, ASTRO_MANIFEST);
  const mark = join(ownCacheDir, MARK);
  const recordFile = join(ownCacheDir, RECORD);
  const hashOf = () => {
    try {
      return hash('sha1', readFileSync(manifest), 'base64url');
    } catch {
      return null;
    }
  };
  const record = readRecord(recordFile);
  let unfinished = record === null || record.astro !== hashOf();
  try {
    readFileSync(mark);
    unfinished = true;
  } catch {
    // No mark: the previous build finished.
  }
  try {
    mkdirSync(ownCacheDir, { recursive: true });
    writeFileSync(mark, '');
  } catch {
    // Without a mark a failure would go unseen: this build reuses nothing.
    unfinished = true;
  }
  if (unfinished) rmSync(manifest, { force: true });
  const before = hashOf();
  return {
    before,
    current: hashOf,
    requeue(restored) {
      for (const file of restored) {
        const known = record?.cards[file];
        if (known) queueSocialCard(known[0], known[1], `/${file}`);
      }
    },
    finished(cards) {
      const astro = hashOf();
      if (astro !== null) {
        const pages: PageRecord['cards'] = {};
        for (const [path, { card, page }] of cards) if (page !== undefined) pages[fileOf(page)] = [path, card];
        const next: PageRecord = { format: FORMAT, astro, cards: pages };
        // A record that cannot be written leaves a mismatch: the next build renders every page.
        writeCacheRecord(recordFile, next);
      }
      rmSync(mark, { force: true });
    },
  };
}

function readRecord(file: string): PageRecord | null {
  const record = readCacheRecord<PageRecord>(file, FORMAT, 'cards');
  return record && typeof record.astro === 'string' ? record : null;
}
