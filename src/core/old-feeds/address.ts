/**
 * The old site's feed addresses (`portfolio.feedAliases` in planner.json): the paths a moved
 * blog's readers are subscribed to (Hugo's `/index.xml`, jekyll-feed's `/feed.xml`, Hexo's
 * `/atom.xml`, WordPress's `/feed/`), each written by the build as a copy of the site's feed
 * (pages/[...oldFeed].ts). Feed readers poll the address they were given for ever: one that
 * answers 404 stops every subscriber in silence (issue 18).
 */
import { aliasProblem } from '../redirects/alias-path.ts';

export const FEED_ALIAS_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedAliasFormat = (typeof FEED_ALIAS_FORMATS)[number];

/** One old feed address, as planner.json holds it. */
export interface FeedAlias {
  /** The site path (`/index.xml`, `/feed/`). */
  path: string;
  /** The format the old feed had; omitted: read from the path (feedAliasFormat). */
  format?: FeedAliasFormat;
}

/** Why `path` is not an old feed address the build can write, or undefined when it is one. */
export function feedAliasProblem(path: string): string | undefined {
  const problem = aliasProblem(path);
  if (problem) return problem.replace(/e\.g\. \/posts\/my-post\//, 'e.g. /index.xml');
  if (/^\/+$/.test(path) || /\.html?$/i.test(path)) return `"${path}" is a page, not a feed: write the old feed's own path, e.g. /index.xml`;
  return undefined;
}

/**
 * The file under the build's output folder that answers `path` (valid: feedAliasProblem): the
 * path itself when its last part has an extension (`/index.xml`, `/atom.xml`), else the folder's
 * `index.xml` (`/feed/` and `/feed` -> feed/index.xml, which a host serves at `/feed/` when told
 * to: README); percent-decoded, as a host looks the file up.
 */
export function feedAliasFile(path: string): string {
  const decoded = path.split('/').map(decodeURIComponent).join('/').replace(/^\/+/, '');
  if (/\.[A-Za-z0-9]+$/.test(decoded)) return decoded;
  const dir = decoded.replace(/\/+$/, '');
  return dir === '' ? 'index.xml' : `${dir}/index.xml`;
}

/** The format written at `alias`: its own, else Atom for a file named so (`atom.xml`), JSON Feed for `.json`, else RSS. */
export function feedAliasFormat(alias: FeedAlias): FeedAliasFormat {
  if (alias.format) return alias.format;
  const last = feedAliasFile(alias.path).split('/').at(-1)!;
  if (/\.json$/i.test(last)) return 'json';
  return /atom/i.test(last) ? 'atom' : 'rss';
}
