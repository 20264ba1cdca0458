/**
 * The build's check of links in post bodies (src/core/internal-links.ts decides what is
 * broken): each post page's links and anchors are read as Astro renders the page
 * (control-chars-middleware.ts hands over its HTML, as it does to the search index), and once
 * every page is written (`astro:build:done`, before the build is put in place) each link is
 * resolved against the pages the build wrote and the files of the built folder. One warning
 * block lists them per post file; with `portfolio.brokenLinks: "error"` the build fails instead.
 *
 * Cheap by design (the 2,000-post bench): a page's links and ids are found with indexOf in its
 * body only (~0.02 ms a page), nothing of dist/ is read back, and only a link that names no page
 * of the build asks the disk (once per path). A page Astro copies from its incremental cache runs
 * no middleware: what it gave is kept beside Astro's cache (<cacheDir>/throughline/page-links.json)
 * under the hash of Astro's manifest, as the search index keeps its own (search-index.ts), and read
 * back from the built page only when that record is not the one Astro's cache was written with.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brokenLinksReport, findBrokenLinks, linkKey, linkSite, pageLinksOf, siteLinkTest, type LinkedPost, type PageLinks, type PostBrokenLinks } from '../core/internal-links.ts';
import { BROKEN_LINK_MODES, type BrokenLinkMode } from '../core/schema/planner.ts';
import { readCacheRecord, recordedWithAstroCache, writeCacheRecord } from './cache-record.ts';
import type { IncrementalBuild } from './incremental-build.ts';
import { LINK_PAGE_HANDOFF, offerPageTaker, withdrawPageTaker, type PageTaker } from './page-handoff.ts';

/** Bump when what is kept of a page changes without its HTML changing. */
const FORMAT = 'page-links-3';

interface Record_ {
  format: string;
  /** Hash of Astro's incremental manifest written by the build that wrote this (incremental-build.ts), or null. */
  astro: string | null;
  /** The site's address then (SITE_URL): only the links of this site are kept, so another address reads the pages again. */
  site: string | null;
  /** A post page's key (linkKey of its URL path, posts/2026/x) to its links and ids. */
  pages: Record<string, PageLinks>;
}

/** A post on the portfolio, or not, with its page's built file (`posts/<slug>/index.html`). */
export interface CheckedPost extends LinkedPost {
  /** The built file of its page (sourcePathOf of `path`). */
  page: string;
}

export interface LinkCheck {
  /**
   * Once every page is written into `buildDir`: the broken links of each post on the site, in
   * the order of `posts`. `pages`: Astro's list of the pages it wrote (URL paths, `posts/x/`), the
   * ones it copied from its cache among them; `base` as in the config.
   */
  finish(input: { buildDir: string; pages: readonly string[]; posts: readonly CheckedPost[]; base?: string }): Promise<PostBrokenLinks[]>;
  /** Records what the post pages gave, once the build is in place (a build that fails records nothing). */
  record(): void;
  /** The main-thread time the check has taken so far after the pages were rendered (finish, record), in ms; reading each page's links as it renders (a few µs a page) is not timed. */
  spent(): number;
}

/**
 * Starts taking rendered pages. `cacheFile`: the record of the previous build; `site`: SITE_URL
 * (Astro's `site`), whose links are this site's; `astro`: Astro's incremental cache when it is on
 * (a page it restores is the page the build that wrote its manifest rendered; when the record
 * names that manifest, the page's links are taken from it).
 */
export function startLinkCheck(cacheFile: string, site: string | undefined, astro?: IncrementalBuild): LinkCheck {
  // Read only when a page was copied from Astro's cache (a build that renders every page has no use for it).
  let previous: Record_ | null | undefined;
  const restoredKnown = () => {
    if (previous === undefined) previous = readCacheRecord<Record_>(cacheFile, FORMAT, 'pages');
    return recordedWithAstroCache(previous, astro) && previous.site === (site ?? null);
  };
  // Links to other sites are never checked: not kept, so neither held nor recorded.
  const ofThisSite = siteLinkTest(site);
  // Post pages by key: those rendered by this build, then those copied from Astro's cache.
  const pages = new Map<string, PageLinks>();
  let rendered = 0;
  let readBack = 0;
  // Main-thread time spent after the pages, in ms (a debug line).
  let spent = 0;
  // Not timed page by page: two clock reads a page would cost a fifth of what they measure.
  const take: PageTaker = (pathname, html) => {
    const links = pageLinksOf(html, ofThisSite);
    if (links) {
      pages.set(linkKey(pathname), links);
      rendered++;
    }
  };
  offerPageTaker(LINK_PAGE_HANDOFF, take);
  return {
    async finish({ buildDir, pages: written, posts, base }) {
      withdrawPageTaker(LINK_PAGE_HANDOFF);
      let started = performance.now();
      const live = posts.filter((p) => p.unpublished === null);
      const keys = live.map((p) => linkKey(p.path));
      // Pages Astro copied from its cache: from the record, else read back from the built page.
      for (let i = 0; i < live.length; i++) {
        const key = keys[i]!;
        if (pages.has(key)) continue;
        const known = restoredKnown() ? previous!.pages[key] : undefined;
        if (known) {
          pages.set(key, known);
          continue;
        }
        spent += performance.now() - started;
        const html = await readFile(join(buildDir, live[i]!.page), 'utf8').catch(() => null);
        started = performance.now();
        const links = html === null ? null : pageLinksOf(html, ofThisSite);
        if (links) pages.set(key, links);
        readBack++;
      }
      const anchors = new Map<string, string[]>();
      for (let i = 0; i < live.length; i++) {
        const links = pages.get(keys[i]!);
        if (links) anchors.set(keys[i]!, links.ids);
      }
      const files = new Map<string, boolean>();
      const hasFile = (path: string) => {
        let found = files.get(path);
        if (found === undefined) {
          found = isServed(buildDir, path);
          files.set(path, found);
        }
        return found;
      };
      const linked = linkSite({ site, base, pages: written, anchors, hasFile, posts });
      const result: PostBrokenLinks[] = [];
      for (let i = 0; i < live.length; i++) {
        const links = pages.get(keys[i]!);
        if (!links || links.links.length === 0) continue;
        const broken = findBrokenLinks(live[i]!.path, links.links, linked);
        if (broken.length) result.push({ file: live[i]!.file, broken });
      }
      spent += performance.now() - started;
      return result;
    },
    spent: () => spent,
    record() {
      // Every post page was copied from Astro's cache and taken from the record: it stands as it is
      // (should Astro have rewritten its manifest meanwhile, the next build reads the copied pages back).
      if (rendered === 0 && readBack === 0 && previous) return;
      const started = performance.now();
      const kept: Record_['pages'] = {};
      for (const [key, links] of pages) if (links.links.length || links.ids.length) kept[key] = links;
      const next: Record_ = { format: FORMAT, astro: astro?.current() ?? null, site: site ?? null, pages: kept };
      // A record that cannot be written only costs the next build a read of the copied pages.
      writeCacheRecord(cacheFile, next);
      spent += performance.now() - started;
    },
  };
}

/** True when the built folder serves `path` (decoded, no leading `/`): a file, or a folder with an index.html. */
function isServed(buildDir: string, path: string): boolean {
  if (path.split('/').some((part) => part === '..')) return false;
  try {
    const stat = statSync(join(buildDir, path));
    if (stat.isFile()) return true;
    return stat.isDirectory() && statSync(join(buildDir, path, 'index.html')).isFile();
  } catch {
    return false;
  }
}

/**
 * What the build does with broken links: THROUGHLINE_BROKEN_LINKS when set (one build, CI), else
 * `portfolio.brokenLinks` in planner.json, else `warn`. An environment value that is none of the
 * modes is an Error naming the variable and the values it takes (English and Chinese).
 */
export function brokenLinkMode(setting: BrokenLinkMode | undefined, env: Record<string, string | undefined>): BrokenLinkMode | { en: string; zh: string } {
  const fromEnv = env.THROUGHLINE_BROKEN_LINKS?.trim();
  if (fromEnv) {
    const mode = fromEnv.toLowerCase();
    if ((BROKEN_LINK_MODES as readonly string[]).includes(mode)) return mode as BrokenLinkMode;
    return {
      en: `THROUGHLINE_BROKEN_LINKS: expected one of ${BROKEN_LINK_MODES.join(', ')}, not ${JSON.stringify(fromEnv)}`,
      zh: `THROUGHLINE_BROKEN_LINKS：应为以下之一：${BROKEN_LINK_MODES.join(', ')}，而不是 ${JSON.stringify(fromEnv)}`,
    };
  }
  return setting ?? 'warn';
}

export { brokenLinksReport };
