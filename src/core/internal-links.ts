/**
 * Broken internal links in post bodies: which links of a post page lead to no page or file of
 * the built site, and, where one is clear, the page the author probably meant.
 *
 * A blog moved from another theme keeps its body links to its old addresses
 * (`[Zim](/zh-cn/posts/zsh-zim-setup)`), which the new site does not serve; a link to a draft
 * leads to a page the build never writes. The build checks each post page's body once its pages
 * are written (src/integration/link-check.ts) and prints one warning block (or, with
 * `"portfolio": { "brokenLinks": "error" }` in planner.json, fails), as Docusaurus's
 * `onBrokenLinks`/`onBrokenAnchors` and Hugo's `refLinksErrorLevel` do for their sites.
 *
 * Everything here is pure: the build hands over each page's HTML, the set of pages it wrote and
 * a way to ask whether a file is in the built folder.
 */
import { decodeHTMLAttribute } from 'entities';
import type { Lang } from './language.ts';
import { nearestWord } from './near-words.ts';

/** What the check reads of one post page: the links of its body and the anchors of its article. */
export interface PageLinks {
  /** The `href` of each `<a>` in the post's body (`.article-body`), entity-decoded, each once, in order of first appearance. */
  links: string[];
  /** Every `id` (and `<a name>`) in the post's article (header, contents, body): the anchors a link may name. */
  ids: string[];
}

const BODY_MARK = 'class="article-body"';
const ARTICLE_START = '<article';
const ARTICLE_END = '</article>';

/**
 * The links and anchors of a post page (src/pages/posts/[...id].astro: the body is the
 * `<div class="article-body">` inside `<article>`), or null for a page without a post body.
 * Only the body's links are the author's: the menus, tags and previous/next links are the
 * theme's. Scans with indexOf, not a parser: the HTML is Astro's output (attributes in double
 * quotes, `<` in text escaped), and this runs for every page of the build (a few µs a page).
 * `keep`: which hrefs to return (the build keeps those of its own site only).
 */
export function pageLinksOf(html: string, keep: (href: string) => boolean = () => true): PageLinks | null {
  const body = html.indexOf(BODY_MARK);
  if (body < 0) return null;
  const articleStart = html.lastIndexOf(ARTICLE_START, body);
  // Searched from the end: only the previous/next links and the footer follow it.
  const articleEnd = html.lastIndexOf(ARTICLE_END);
  const stop = articleEnd > body ? articleEnd : html.length;
  const links: string[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  // One pass over the article's attributes for ` id="…"`, ` name="…"` and ` href="…"`: `="` is
  // rare in text (a pattern opening with a space or `<` stops at every word or every `<span` of a
  // code block), ~2x faster than a regex. An href counts when it is an <a>'s, in the body; a name
  // when an <a>'s.
  for (let at = html.indexOf('="', articleStart >= 0 ? articleStart : body); at >= 0 && at < stop; at = html.indexOf('="', at + 2)) {
    const last = html.charCodeAt(at - 1);
    const attribute = last === 102 /* f */ && html.startsWith(' href', at - 5) ? 'href' : last === 100 /* d */ && html.startsWith(' id', at - 3) ? 'id' : last === 101 /* e */ && html.startsWith(' name', at - 5) ? 'name' : undefined;
    if (attribute === undefined) continue;
    const valueEnd = html.indexOf('"', at + 2);
    if (valueEnd < 0) break;
    const value = entityDecoded(html.slice(at + 2, valueEnd));
    if (attribute === 'id') {
      if (isInTag(html, at)) ids.add(value);
    }
    else if (isAnchorTag(html, at)) {
      if (attribute === 'name') ids.add(value);
      else if (at > body && !seen.has(value)) {
        seen.add(value);
        if (keep(value)) links.push(value);
      }
    }
    at = valueEnd - 1;
  }
  // A link to a place of the page itself stands or falls with the page: one that names an id of
  // it is settled here, which leaves the contents lists many bodies open with out of the rest.
  const open = links.filter((href) => href.charCodeAt(0) !== 35 /* # */ || !namesPlaceIn(href, ids));
  return { links: open, ids: [...ids] };
}

/** True when the fragment link `href` (`#x`) names a place of a page with these ids (namesPlace). */
function namesPlaceIn(href: string, ids: { has(id: string): boolean }): boolean {
  return namesPlace(href.slice(1), ids);
}

/**
 * Whether `fragment` (after the `#`, percent-encoded or not) names a place of a page with these
 * ids, as a browser finds it (HTML's "find a potential indicated element"): an id equal to the
 * fragment as the parsed address holds it (non-ASCII percent-encoded), else to it percent-decoded; `#` and `#top` name the page's top. GFM
 * footnotes percent-encode a label in their ids (`[^译者注1]` is `id="user-content-fn-%E8%AF%91…"`),
 * which only the fragment as the address holds it names.
 */
function namesPlace(fragment: string, ids: { has(id: string): boolean }): boolean {
  // The fragment as the parsed address holds it: `#译者注1` is `#%E8%AF%91…` there.
  const parsed = new URL(`#${fragment}`, 'https://site.invalid/').hash.slice(1);
  const plain = decoded(parsed);
  return plain === '' || plain.toLowerCase() === 'top' || ids.has(parsed) || ids.has(plain);
}

/** True when `at` is inside a tag, not in the text after one (text keeps its quotes: a code block's `id="x"`). */
function isInTag(html: string, at: number): boolean {
  const open = html.lastIndexOf('<', at);
  const close = html.indexOf('>', open);
  return open >= 0 && (close < 0 || close > at);
}

/** True when the attribute at `at` is in an `<a>` start tag (`<a href=…`, `<a class="x" href=…`, `<a\nclass="x" href=…`). */
function isAnchorTag(html: string, at: number): boolean {
  const open = html.lastIndexOf('<', at);
  if (open < 0 || html.charCodeAt(open + 1) !== 97 /* a */) return false;
  const next = html.charCodeAt(open + 2);
  if (next !== 32 && next !== 10 && next !== 9 && next !== 13) return false;
  // Inside the tag, not in the text after it (`<a href="/y">it says href="/x"</a>`: text keeps its quotes).
  const close = html.indexOf('>', open);
  return close < 0 || close > at;
}

function entityDecoded(text: string): string {
  return text.includes('&') ? decodeHTMLAttribute(text) : text;
}

/** `decodeURIComponent`, or the text as it is when it is not valid percent-encoding. */
function decoded(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The key a site path is compared by: percent-decoded, without its leading `/`, a final
 * `index.html` or a final `/` (a static host serves `/posts/x`, `/posts/x/` and
 * `/posts/x/index.html` from one file). `/posts/2026/a/` → `posts/2026/a`; `/rss.xml` → `rss.xml`.
 * Case is kept: hosts such as GitHub Pages tell `/A/` from `/a/`.
 */
export function linkKey(path: string): string {
  const text = path.includes('%') ? decoded(path) : path;
  let start = 0;
  while (text.charCodeAt(start) === 47 /* / */) start++;
  let end = text.length;
  if (text.endsWith('index.html') && (end - 10 === start || text.charCodeAt(end - 11) === 47)) end -= 10;
  while (end > start && text.charCodeAt(end - 1) === 47) end--;
  return text.slice(start, end);
}

/** A post as the check knows it: where its page is (or would be), its old addresses, whether it is on the site. */
export interface LinkedPost {
  /** Site path of its page, e.g. /posts/2026/a/ (postPath). */
  path: string;
  /** The post's file as the user can open it (content/posts/2026/a.md). */
  file: string;
  /** Its `aliases`: old site paths whose pages send readers to it. */
  aliases: readonly string[];
  /** Null when it is on the site; else why not: `draft`, `idea`, `scheduled`, or `later` (published, dated after the build). */
  unpublished: 'draft' | 'idea' | 'scheduled' | 'later' | null;
}

/** What the built site holds, as the check asks it. */
export interface LinkSiteInput {
  /** The site's address (SITE_URL, Astro's `site`), if set: an absolute link to its origin is internal. */
  site?: string;
  /** Astro's `base` (`/` unless set): every page is under it. */
  base?: string;
  /** The URL paths (or keys) of every page the build wrote (Astro's `pages`: posts, lists, alias pages, feeds, images). */
  pages: Iterable<string>;
  /** The anchors of each post page, by its URL path; pages not here are not checked for anchors. */
  anchors: ReadonlyMap<string, Iterable<string>>;
  /** Whether the built folder holds this path (decoded, no leading `/`) as a file, or as a folder with an index.html: public/ files, assets. */
  hasFile(path: string): boolean;
  /** Every post, on the site or not. */
  posts: readonly LinkedPost[];
}

/** The site, indexed once for all the links of a build. */
export interface LinkSite {
  origin?: string;
  base: string;
  pages: ReadonlySet<string>;
  /** The ids of a post page by its key, or undefined for a page whose anchors are not known. */
  anchors(key: string): { has(id: string): boolean } | undefined;
  /** The same ids as a list, in the page's order. */
  idList(key: string): readonly string[] | undefined;
  hasFile(path: string): boolean;
  /** Unpublished posts by the keys of their page and aliases. */
  unpublished: ReadonlyMap<string, LinkedPost>;
  /** The site's pages and posts whose key (a post's page or an alias) ends with this name, in lower case: the candidates for a suggestion. */
  named(name: string): readonly Candidate[] | undefined;
  /** This name when `named` has it, else the one name it has a typo away from this one (typoNear), or undefined. */
  nearName(name: string): string | undefined;
}

/** A page a broken link may have meant. */
interface Candidate {
  /** The key it was found by (a page's, or a post's alias). */
  key: string;
  /** Its site path (a post's page for its alias too). */
  path: string;
  /** The key of `path`. */
  pathKey: string;
  /** The post, when it is one. */
  post?: LinkedPost;
}

/** Indexes what the built site holds for {@link findBrokenLinks}. */
export function linkSite(input: LinkSiteInput): LinkSite {
  let origin: string | undefined;
  try {
    origin = input.site ? new URL(input.site).origin : undefined;
  } catch {
    origin = undefined;
  }
  const base = `/${(input.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const pages = new Set<string>();
  for (const page of input.pages) pages.add(linkKey(page));
  // Looked up only for the pages a link names a place of: a short list as it is, a long one as a set.
  const idLists = new Map<string, readonly string[]>();
  for (const [page, ids] of input.anchors) idLists.set(linkKey(page), [...ids]);
  const idSets = new Map<string, { has(id: string): boolean }>();
  const anchors = (key: string) => {
    let ids = idSets.get(key);
    if (ids === undefined) {
      const list = idLists.get(key);
      if (list === undefined) return undefined;
      ids = list.length > 16 ? new Set(list) : { has: (id: string) => list.includes(id) };
      idSets.set(key, ids);
    }
    return ids;
  };
  const unpublished = new Map<string, LinkedPost>();
  for (const post of input.posts) if (post.unpublished) for (const path of [post.path, ...post.aliases]) unpublished.set(linkKey(path), post);
  // Indexed once a broken link asks for a suggestion: most builds have none.
  let byName: Map<string, Candidate[]> | undefined;
  const named = (name: string) => {
    if (byName === undefined) {
      const index = new Map<string, Candidate[]>();
      const add = (candidate: Candidate) => {
        const last = lastName(candidate.key);
        if (!last) return;
        const list = index.get(last);
        if (!list) index.set(last, [candidate]);
        else list.push(candidate);
      };
      const ofPosts = new Set<string>();
      for (const post of input.posts) {
        const pathKey = linkKey(post.path);
        for (const path of [post.path, ...post.aliases]) {
          const key = linkKey(path);
          ofPosts.add(key);
          add({ key, path: post.path, pathKey, post });
        }
      }
      // The other pages (tags, pillars, about...): a site path as its links write it.
      for (const key of pages) if (!ofPosts.has(key)) add({ key, pathKey: key, path: /\.[a-z0-9]+$/i.test(key) ? `/${key}` : `/${key}/`.replace(/^\/\/$/, '/') });
      byName = index;
    }
    return byName.get(name);
  };
  // Names by length, each with its digits: a typo changes the length by 2 at most.
  let byLength: Map<number, { name: string; digits: string }[]> | undefined;
  const near = new Map<string, string | undefined>();
  const nearName = (name: string) => {
    if (near.has(name)) return near.get(name);
    if (named(name)) return name;
    if (byLength === undefined) {
      byLength = new Map();
      for (const n of byName!.keys()) {
        const list = byLength.get(n.length) ?? [];
        list.push({ name: n, digits: digitsOf(n) });
        byLength.set(n.length, list);
      }
    }
    const digits = digitsOf(name);
    const sameDigits = [-2, -1, 0, 1, 2].flatMap((d) => byLength!.get(name.length + d) ?? []).filter((n) => n.digits === digits);
    const found = nearestWord(name, sameDigits.map((n) => n.name));
    near.set(name, found);
    return found;
  };
  return { origin, base, pages, anchors, idList: (key) => idLists.get(key), hasFile: input.hasFile, unpublished, named, nearName };
}

/**
 * The one of `words` a typo away from `word` (core/near-words.ts: a letter dropped, added, changed
 * or two swapped; one edit up to 4 letters, two from 5), with the same digits: `step-2` for
 * `step-1`, or footnote 2 for footnote 1, is another place, not a typo of it.
 */
function typoNear(word: string, words: Iterable<string>): string | undefined {
  return nearestWord(word, [...words].filter((w) => digitsOf(w) === digitsOf(word)));
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The id of `ids` a typo away from `slug` (typoNear, in lower case), as the page writes it. */
function typoNearId(slug: string, ids: readonly string[]): string | undefined {
  const typed = typoNear(slug, ids.map((id) => id.toLowerCase()));
  return typed === undefined ? undefined : ids.find((id) => id.toLowerCase() === typed);
}

/** The last part of a key, lower case, without an `.html`, `.md` or `.mdx` ending: `zh-cn/posts/Zim-Setup.html` → `zim-setup`. */
function lastName(key: string): string {
  const last = key.slice(key.lastIndexOf('/') + 1).replace(/\.(?:html?|mdx?|markdown)$/i, '');
  return last.toLowerCase();
}

/** Why a link is broken. */
export type BrokenReason =
  /** No page or file of the built site has its path. */
  | 'no-page'
  /** It is the page (or an alias) of a post not on the site: a draft, an idea, a scheduled post or one dated later. */
  | 'unpublished'
  /** The page is there, but has no element with the link's `#fragment` as its id. */
  | 'no-anchor'
  /** The site has a `base` (`/blog/`) and the link's path is outside it. */
  | 'outside-base';

/** One broken link of a page. */
export interface BrokenLink {
  /** The link as written in the page (its `href`). */
  link: string;
  reason: BrokenReason;
  /** For `unpublished`: the post whose page it is. */
  post?: LinkedPost;
  /** The address the author probably meant, when one is clear: a site path as a link writes it (under the base), with the fragment. */
  suggestion?: string;
  /** For `no-page`: the one post whose name the link's last part is, when that post is not on the site either. */
  meant?: LinkedPost;
}

/** Site paths the portfolio writes only with SITE_URL (its feeds): a link to one is not reported when they are not written. */
const FEED = /(?:^|\/)(?:rss\.xml|atom\.xml|feed\.json)$/;

/**
 * The broken links among `links` (hrefs as written) of the page at `pagePath` (its URL path
 * without the base, e.g. /posts/2026/a/), in their order. A link is checked when it is this
 * site's: a site path (`/posts/x/`), a relative one (`../x/`, `pic.png`, resolved against the
 * page's address as a browser does), a fragment (`#part`), or an http(s) address whose origin is
 * SITE_URL's. Not checked: other schemes (mailto:, tel:), other hosts, the site's feeds
 * (written only with SITE_URL), a `?query`. A link is fine when the build wrote a page at its
 * path (`/a`, `/a/` and `/a/index.html` are one) or the built folder holds the file (public/,
 * assets); a `#fragment` must then name an id of the page when it is a post page (`#` and
 * `#top` always do, as browsers read them).
 */
export function findBrokenLinks(pagePath: string, links: readonly string[], site: LinkSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = site.origin ?? 'https://site.invalid';
  const pageUrl = `${origin}${site.base}${pagePath.replace(/^\/+/, '')}`;
  const pageKey = linkKey(pagePath);
  for (const link of links) {
    // A place of this page: no address to resolve.
    if (link.charCodeAt(0) === 35 /* # */) {
      const ownIds = site.anchors(pageKey);
      if (ownIds === undefined || namesPlaceIn(link, ownIds)) continue;
    }
    const verdict = checkLink(link.trim(), pageUrl, origin, site, pageKey);
    if (verdict) broken.push({ link, ...verdict });
  }
  return broken;
}

function checkLink(href: string, pageUrl: string, origin: string, site: LinkSite, pageKey: string): Omit<BrokenLink, 'link'> | null {
  if (href === '') return null;
  const target = sitePathOf(href, pageUrl, origin);
  if (!target) return null;
  const url = { hash: target.hash };
  let path = target.path;
  if (site.base !== '/') {
    if (!(`${path}/`.startsWith(site.base) || path === site.base.slice(0, -1))) {
      const inBase = `${site.base}${path.replace(/^\/+/, '')}`;
      return { reason: 'outside-base', ...(exists(linkKey(path), site) && { suggestion: `${inBase}${url.hash}` }) };
    }
    path = `/${path.slice(site.base.length)}`;
  }
  const key = linkKey(path);
  const fragment = decoded(url.hash.slice(1));
  if (!exists(key, site)) {
    if (FEED.test(key)) return null;
    const post = site.unpublished.get(key);
    if (post) return { reason: 'unpublished', post };
    const web = webAddressOf(href);
    if (web) return { reason: 'no-page', suggestion: web };
    return { reason: 'no-page', ...meantBy(key, url.hash, site, pageKey) };
  }
  const ids = site.anchors(key);
  if (ids === undefined || namesPlace(url.hash.slice(1), ids)) return null;
  const list = site.idList(key) ?? [];
  // As written in another case or as a heading's text (`#Soil and Water`), else a typo away (`#instal`).
  const near = list.find((id) => id.toLowerCase() === fragment.toLowerCase() || id === anchorSlug(fragment)) ?? typoNearId(anchorSlug(fragment), list);
  // A place of this page is suggested as the link writes it: `#near`.
  const suggestion = near === undefined ? undefined : href.charCodeAt(0) === 35 /* # */ ? `#${near}` : underBase(`${path}#${near}`, site);
  return { reason: 'no-anchor', ...(suggestion !== undefined && { suggestion }) };
}

/**
 * A test of hrefs: true when one may lead to a page of this site (`site`: SITE_URL, or undefined):
 * a site path, a relative one, a fragment, or an http(s) address of the site's origin; false for
 * other hosts and schemes (mailto:). The build keeps only these of each page.
 */
export function siteLinkTest(site: string | undefined): (href: string) => boolean {
  let origin = 'https://site.invalid';
  try {
    if (site) origin = new URL(site).origin;
  } catch {
    // As linkSite: an address that is none has no origin of its own.
  }
  const pageUrl = `${origin}/`;
  return (href) => {
    const first = href.charCodeAt(0);
    // `/a/`, `#x`, `./a`, `../a`: this site's, without more ado (`//host/` is another's).
    if ((first === 47 /* / */ && href.charCodeAt(1) !== 47) || first === 35 /* # */ || first === 46 /* . */) return true;
    return sitePathOf(href.trim(), pageUrl, origin) !== null;
  };
}

/** A site path written plainly: no `.` or `..` part, no backslash or whitespace a URL parser would change. */
const PLAIN_PATH = /[\\\t\n\r]|\/\.\.?(?:[/?#]|$)/;

/**
 * The site path (with the base, as written or percent-encoded) and `#fragment` an href leads to on
 * this site (`origin`, the page at `pageUrl`), or null when it leads elsewhere (another host,
 * mailto:...). The usual forms (`/a/b/`, `#x`, `https://origin/a/`) are split by hand; others
 * (`../a/`, `b.png`, `/a/./b`) are resolved by the URL parser as a browser resolves them.
 */
function sitePathOf(href: string, pageUrl: string, origin: string): { path: string; hash: string } | null {
  let rest: string | undefined;
  const first = href.charCodeAt(0);
  if (first === 47 /* / */ && href.charCodeAt(1) !== 47 && href.charCodeAt(1) !== 92) rest = href;
  else if (first === 35 /* # */) return { path: pageUrl.slice(origin.length), hash: href };
  else if (/^https?:\/\//i.test(href)) {
    const hostEnd = href.slice(8).search(/[/?#]/);
    const prefix = (hostEnd < 0 ? href : href.slice(0, hostEnd + 8)).toLowerCase();
    if (prefix === origin) rest = href.slice(prefix.length) || '/';
    // Another host, written plainly (no user, port or escape that could name this one).
    else if (!/[@:\\%]/.test(prefix.slice(prefix.indexOf('//') + 2))) return null;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
  if (rest !== undefined && !PLAIN_PATH.test(rest)) {
    const hashAt = rest.indexOf('#');
    const queryAt = rest.indexOf('?');
    const pathEnd = queryAt >= 0 && (hashAt < 0 || queryAt < hashAt) ? queryAt : hashAt >= 0 ? hashAt : rest.length;
    return { path: rest.slice(0, pathEnd), hash: hashAt >= 0 ? rest.slice(hashAt) : '' };
  }
  try {
    const url = new URL(href, pageUrl);
    return url.origin === origin ? { path: url.pathname, hash: url.hash } : null;
  } catch {
    return null;
  }
}

/** Top-level domains common in links, which file names do not end with (`.md`, `.sh`, `.py` are left out: files more often than sites). */
const WEB_TLDS = new Set('com org net io dev app cn me co ai info xyz tech site blog top cc tv us uk de jp fr ru edu gov im ly gg page link pro biz club online store cloud tw hk kr in eu ca au nl ch se es it pl br design wiki'.split(' '));

/**
 * The web address a relative link was meant to be, when it is a host name written without its
 * scheme (`pptrconsole.com`, `www.example.org/a`): `https://` before it. Undefined for anything
 * else (`notes.md`, `loaf.jpg`, `../a/`).
 */
function webAddressOf(href: string): string | undefined {
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/?#]|$)/i.exec(href)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return host.startsWith('www.') || WEB_TLDS.has(tld) ? `https://${href}` : undefined;
}

/** A site path (`/posts/a/`) as a link writes it: under the base (`/blog/posts/a/`). */
function underBase(path: string, site: LinkSite): string {
  return `${site.base}${path.replace(/^\/+/, '')}`;
}

function exists(key: string, site: LinkSite): boolean {
  return site.pages.has(key) || site.hasFile(key);
}

/** A heading's text as the site's anchor for it, roughly as github-slugger makes one: `Soil and Water` → `soil-and-water`. */
function anchorSlug(text: string): string {
  return text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/**
 * The page a broken link probably meant: among the site's pages and posts (a post by its page or
 * an alias) whose key ends with the link's last part (`/zh-cn/posts/zsh-zim-setup` → the post at
 * `/posts/2024/zsh-zim-setup/`; a Jekyll date before it, `2020-01-02-name.html`, ignored), the one
 * whose folders share most of the link's (`/old/tags/Getting-Started/` → `/tags/getting-started/`
 * rather than a post of that name), never the page the link is on. Pages on the site come first;
 * when none fits, the one unpublished post of that name (`meant`). Nothing when two fit as well.
 */
function meantBy(key: string, hash: string, site: LinkSite, pageKey: string): Pick<BrokenLink, 'suggestion' | 'meant'> {
  const name = lastName(key);
  if (!name) return {};
  const undated = name.replace(/^\d{4}-\d{1,2}-\d{1,2}-/, '');
  // By its name, else by the one name a typo away from it (`zsh-zim-setpu`).
  const found = (site.named(name) ?? site.named(undated) ?? site.named(site.nearName(undated) ?? '') ?? []).filter((c) => c.pathKey !== pageKey);
  const live = found.filter((c) => c.post?.unpublished == null);
  const best = bestFit(key, live);
  if (best) return { suggestion: underBase(`${best.path}${hash}`, site) };
  if (live.length > 0) return {};
  const posts = new Set(found.map((c) => c.post));
  return posts.size === 1 && found[0]!.post ? { meant: found[0]!.post } : {};
}

/** The one candidate (by path) whose key shares most folders with `key` (any case), or undefined when none or a tie. */
function bestFit(key: string, candidates: readonly Candidate[]): Candidate | undefined {
  const folders = new Set(key.toLowerCase().split('/').slice(0, -1));
  let best: Candidate | undefined;
  let bestScore = -1;
  let tie = false;
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const score = c.key.toLowerCase().split('/').slice(0, -1).filter((f) => folders.has(f)).length;
    // A post found by its page and by an alias is one candidate, with its better score.
    if ((scored.get(c.path) ?? -1) >= score) continue;
    scored.set(c.path, score);
  }
  for (const [path, score] of scored) {
    if (score > bestScore) {
      bestScore = score;
      best = candidates.find((c) => c.path === path);
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? undefined : best;
}

/** A post page's broken links, for the report: the post's file and its broken links. */
export interface PostBrokenLinks {
  file: string;
  broken: readonly BrokenLink[];
}

const STATUS_WORDS: Record<NonNullable<LinkedPost['unpublished']>, { en: string; zh: string }> = {
  draft: { en: 'a draft', zh: '草稿' },
  idea: { en: 'an idea', zh: '点子' },
  scheduled: { en: 'scheduled', zh: '已排期' },
  later: { en: 'published with a later date', zh: '已发布但日期在之后' },
};

/** A link to a place of its own page (`#x`): one no element of the page has is most often pasted with text from another site. */
const isInPage = (entry: BrokenLink): boolean => entry.link.charCodeAt(0) === 35 /* # */;

const IN_PAGE = {
  en: "a place in this page that isn't there (no heading or id by that name: likely pasted from another site with the text)",
  zh: '本页中并不存在的位置（没有这个标题或 id：多半是连同文字从别的网站粘贴过来的）',
};

/** One broken link as a line of the report: `link → why; probably …`. */
function brokenLine(entry: BrokenLink, lang: Lang): string {
  const zh = lang === 'zh';
  const status = (post: LinkedPost) => STATUS_WORDS[post.unpublished ?? 'draft'][lang];
  let why: string;
  switch (entry.reason) {
    case 'unpublished':
      why = zh
        ? `是 ${entry.post!.file} 的页面，它还没有上线（${status(entry.post!)}）：发布它之前，这个链接打不开`
        : `the page of ${entry.post!.file}, which is not on the site (${status(entry.post!)}): the link leads nowhere until it is published`;
      break;
    case 'no-anchor':
      why = isInPage(entry) ? IN_PAGE[lang] : zh ? '页面存在，但没有这个锚点（标题或 id）' : 'the page has no heading or id by that name';
      break;
    case 'outside-base':
      why = zh ? '不在网站的 base 路径下' : "outside the site's base path";
      break;
    default:
      why = entry.meant
        ? zh
          ? `没有这个页面；可能是指 ${entry.meant.file}，它还没有上线（${status(entry.meant)}）`
          : `no such page; probably ${entry.meant.file}, which is not on the site (${status(entry.meant)})`
        : zh
          ? '没有这个页面或文件'
          : 'no such page or file';
  }
  const suggestion = entry.suggestion === undefined ? '' : zh ? `；可能是 ${entry.suggestion}` : `; probably ${entry.suggestion}`;
  // As the author wrote it: the Markdown renderer percent-encodes non-ASCII (`#没有` is `#%E6%B2%A1%E6%9C%89` in the page).
  return `${decoded(entry.link)} → ${why}${suggestion}`;
}

/** How many posts whose broken links all name missing places of their own pages are listed; the rest are counted. */
const LISTED_IN_PAGE_ONLY = 10;
/** How many of a post's missing places of its own page (with no suggestion) are named on its one line. */
const NAMED_PLACES = 3;

/**
 * The build's one warning (or error) block of broken links: a heading with the counts and what
 * to do, then each post file with its count and, under it, each broken link with why and the page
 * it probably meant. A post's links to places of its own page that no element has (`#t0`: most
 * often pasted from another site with the text) share one line, unless one has a suggestion.
 * A post whose broken links are all of that kind is listed among the first
 * {@link LISTED_IN_PAGE_ONLY} of them, the rest counted on the last line; a post with any other
 * broken link is always listed. `failing`: the build fails on them, by
 * `portfolio.brokenLinks: "error"` (`true` or `'planner'`) or by THROUGHLINE_BROKEN_LINKS=error
 * (`'env'`), and the block says which; else it says how to make it so. Empty when no post has one.
 */
export function brokenLinksReport(posts: readonly PostBrokenLinks[], lang: Lang, failing: boolean | 'planner' | 'env' = false): string {
  const withBroken = posts.filter((p) => p.broken.length > 0);
  if (withBroken.length === 0) return '';
  const links = withBroken.reduce((n, p) => n + p.broken.length, 0);
  const inPage = withBroken.reduce((n, p) => n + p.broken.filter(isInPage).length, 0);
  const zh = lang === 'zh';
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const counted = inPage === 0
    ? zh
      ? `${withBroken.length} 篇文章的正文里有 ${links} 个链接指向构建出的网站上不存在的页面或文件（读者点开是 404）`
      : `${plural(links, 'link', 'links')} in the body of ${plural(withBroken.length, 'post', 'posts')} ${links === 1 ? 'leads' : 'lead'} to no page or file of the built site (readers get a 404)`
    : zh
      ? `${withBroken.length} 篇文章的正文里有 ${links} 个链接打不开：${links - inPage} 个指向构建出的网站上不存在的页面或文件（读者点开是 404），${inPage} 个指向本页中并不存在的位置（多半是连同文字从别的网站粘贴过来的）`
      : `${plural(links, 'link', 'links')} in the body of ${plural(withBroken.length, 'post', 'posts')} lead nowhere: ${links - inPage} to no page or file of the built site (readers get a 404), ${inPage} to a place in the post's own page that isn't there (likely pasted from another site with the text)`;
  // The suggestion is promised only when a line gives one (a missing anchor often has none).
  const suggested = withBroken.some((p) => p.broken.some((entry) => entry.suggestion !== undefined || entry.meant !== undefined));
  const todo = zh
    ? `：改正每个链接${suggested ? '（建议的地址在 → 后面）' : ''}，或者把旧地址写进它所指文章的 aliases`
    : `: fix each link${suggested ? ' (a suggested address follows →)' : ''}, or add the old address to the aliases of the post it meant`;
  const mode = failing === 'env'
    ? zh
      ? '。构建因此失败（环境变量 THROUGHLINE_BROKEN_LINKS=error）'
      : '. The build fails on them (THROUGHLINE_BROKEN_LINKS=error)'
    : failing
    ? zh
      ? '。构建因此失败（content/planner.json 中 "portfolio": { "brokenLinks": "error" }）'
      : '. The build fails on them ("portfolio": { "brokenLinks": "error" } in content/planner.json)'
    : zh
      ? '。要让构建因此失败，在 content/planner.json 里写 "portfolio": { "brokenLinks": "error" }'
      : '. To fail the build on them: "portfolio": { "brokenLinks": "error" } in content/planner.json';
  const lines = [`broken-link${zh ? '：' : ': '}${counted}${todo}${mode}`];
  let inPageOnly = 0;
  const left = { posts: 0, links: 0 };
  for (const { file, broken } of withBroken) {
    if (broken.every(isInPage) && ++inPageOnly > LISTED_IN_PAGE_ONLY) {
      left.posts++;
      left.links += broken.length;
      continue;
    }
    lines.push(zh ? `  ${file}（${broken.length} 个）` : `  ${file} (${plural(broken.length, 'link', 'links')})`);
    const places = broken.filter((entry) => isInPage(entry) && entry.suggestion === undefined);
    for (const entry of broken) if (!places.includes(entry) || places.length === 1) lines.push(`    ${brokenLine(entry, lang)}`);
    if (places.length > 1) lines.push(`    ${placesLine(places, lang)}`);
  }
  if (left.posts > 0)
    lines.push(zh
      ? `  另有 ${left.posts} 篇文章，共 ${left.links} 个链接指向本页中并不存在的位置（未逐一列出）`
      : `  and ${plural(left.posts, 'more post', 'more posts')} with ${plural(left.links, 'link', 'links')} to places in their own pages that aren't there (not listed)`);
  return lines.join('\n');
}

/** A post's links to missing places of its own page as one line: the first few, how many, why. */
function placesLine(places: readonly BrokenLink[], lang: Lang): string {
  const named = places.slice(0, NAMED_PLACES).map((entry) => decoded(entry.link));
  const more = places.length - named.length;
  if (lang === 'zh') return `${named.join('、')}${more > 0 ? ` 等 ${places.length} 个` : ''} → 都是${IN_PAGE.zh}`;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''} → each ${IN_PAGE.en}`;
}
