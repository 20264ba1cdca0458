/**
 * The shape every importer (feeds, WordPress, Ghost, Substack, Medium) hands to the import
 * plan: one entry per post, text already decoded, addresses already absolute.
 */
import type { OldFeed } from '../old-feeds/generators.ts';
import type { OldTerm } from '../old-taxonomies/generators.ts';
import type { OldAddress } from './old-addresses.ts';

/** One entry, format-independent. */
export interface FeedEntry {
  /** RSS guid, Atom id, JSON Feed id, export post id. */
  guid?: string;
  /** The entry's absolute http(s) address. */
  url?: string;
  /** The title as a reader sees it (decoded once). */
  title?: string;
  /** The raw date text (RFC 822, RFC 3339, or an export's form). */
  date?: string;
  /** Body as HTML, or as plain text when the source marks it so. */
  html?: string;
  text?: string;
  /** A short summary as text. */
  summary?: string;
  /**
   * The post's own image as its source names it (an RSS or Atom image enclosure, Media RSS
   * `media:content`/`media:thumbnail`, JSON Feed `image`, Ghost `feature_image`, WordPress's
   * featured image): an absolute http(s) address, or a site path (`/content/images/a.jpg`) for
   * a Ghost image on its own site (`__GHOST_URL__`, as its body's images), which import writes as `cover`.
   */
  cover?: string;
  /** The author's name as text. */
  author?: string;
  /** Categories and tags as text. */
  tags?: string[];
  /** Categories alone (WordPress), for the category-to-pillar map. */
  categories?: string[];
  /** The tag and category pages its site served it on (a WordPress export's `/tag/<slug>/`), for `import` to keep their addresses. */
  oldTerms?: OldTerm[];
  /**
   * Set for a post of a site the export moves here (a WordPress export's published post): its
   * permalink's path, which becomes `aliases`; its `url` is then not written, since once moved
   * that address is this site's, not one off-site (`url` stays here for the import's own checks).
   */
  oldAddress?: OldAddress;
  /** The address that relative links and images in the body resolve against. */
  base?: string;
  /**
   * What an export says became of the post; feeds only carry published entries (undefined).
   * `private` is never published by the import.
   */
  state?: 'published' | 'draft' | 'scheduled' | 'private';
  /**
   * Why a `private` entry was not public where it was published, as the export says it
   * (`audience: only_paid`, `visibility: members`): its text is for those readers only.
   */
  restricted?: string;
}

export type FeedFormat = 'rss' | 'atom' | 'json' | 'rdf' | 'wordpress' | 'ghost' | 'substack' | 'medium';

/** Entries of one source, plus what it held that is not a post. */
export interface FeedDocument {
  format: FeedFormat;
  /** The feed's language tag, e.g. `zh-cn`: the sense of ambiguous zone names in its dates. */
  language?: string;
  entries: FeedEntry[];
  /** Items left out by kind, e.g. `{ kind: 'page', count: 2 }`. */
  skipped: { kind: string; count: number }[];
  /** The feeds the exported site served (a WordPress export's `/feed/`), for `import` to keep their addresses. */
  feeds?: OldFeed[];
}
