/**
 * `canonical_url:` in a moved post's front matter: where the piece was first published, as
 * dev.to's editor (developers.forem.com, "canonical_url") and Jekyll's jekyll-seo-tag
 * (github.com/jekyll/jekyll-seo-tag, docs/advanced-usage.md, "Customizing the canonical URL")
 * write it. The reader does not take it as an alias (schema/post-aliases.ts), because many Jekyll
 * blogs set it to the post's own page on their own site: read that way, every moved post would
 * claim to be published elsewhere and point its canonical link at the old site. `import` reads it
 * here, knowing the old site and the posts already in the project.
 */
import { quoteName, type Text } from '../i18n/text.ts';

/** A post already in content/posts/ that a moved post's canonical_url may name (it is then that post's copy). */
export interface CanonicalTarget {
  id: string;
  channel?: string;
  /** Its `url`, where it was published elsewhere. */
  url?: string;
  /** Its `aliases` (old paths on this site). */
  aliases?: readonly string[];
  pillar?: string;
  /** Whether it is published and no copy itself: only such a post can be an original (copies.ts). */
  original: boolean;
}

/**
 * What to write for a moved post's canonical_url: Throughline keys (`url` + `canonical`, or
 * `copyOf` + `pillar`) and the note that says so; `own` (no keys, no note) when it names the
 * post's own old page, which a blog may write on every post: said once for the folder
 * ({@link ownCanonicalNote}), not on each post's line.
 */
export type CanonicalUrlReading = { keys: Record<string, string>; note: Text } | { own: true };

/**
 * What a moved post's `canonical_url` means here, or null when it gives nothing to read (absent,
 * empty, or Throughline's `url` / AstroPaper's `canonicalURL` already give the address).
 *
 * - It names a published post of another channel already in the project (its `url`, one of its
 *   old paths in `aliases`, or its portfolio page `/posts/<id>/`): the moved post is that post's
 *   copy, `copyOf: <id>`, with the original's pillar when it has none of its own (cross-posting:
 *   a dev.to copy of a blog post).
 * - It names the old site itself (`site` host, with or without `www.`), or the moved post's own
 *   old paths: it is the post's own page, not read (the post's canonical link is its new page).
 * - Any other http(s) address: `url` with `canonical: original` (unless the file sets its own
 *   `canonical`), so the page's canonical link points to where the piece first appeared.
 * - Not an http(s) address: not read, said.
 *
 * @param raw the file's front matter as written
 * @param ownPaths the moved post's old paths (its aliases)
 * @param site the old site's host address (`https://blog.example.com`), when its config gives one
 * @param channel the channel the posts are imported into
 * @param known posts already in the project
 */
export function readCanonicalUrl(raw: Record<string, unknown>, ownPaths: readonly string[], site: string | undefined, channel: string, known: readonly CanonicalTarget[]): CanonicalUrlReading | null {
  const given = raw.canonical_url;
  if (typeof given !== 'string' || given.trim() === '') return null;
  if (givesUrl(raw.url) || givesUrl(raw.canonicalURL)) return null;
  const text = given.trim();
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || !/^https?:$/.test(url.protocol))
    return { keys: {}, note: { en: `canonical_url: ${text} is not a full http(s) address: not read`, zh: `canonical_url：${text} 不是完整的 http(s) 地址：未读取` } };
  const path = pathOf(url);
  const original = known.find((post) => post.original && post.channel !== channel && namesPost(url, path, post));
  if (original) {
    const pillar = typeof raw.pillar === 'string' && raw.pillar.trim() ? undefined : original.pillar;
    const takes = pillar === undefined ? { en: '', zh: '' } : { en: ` and its pillar, ${pillar}`, zh: `，并沿用它的支柱${quoteName(pillar, 'zh')}` };
    return {
      keys: { copyOf: original.id, ...(pillar !== undefined ? { pillar } : {}) },
      note: {
        en: `canonical_url: ${text} is post ${original.id}: this is its copy, written with copyOf: ${original.id}${takes.en}, so it counts for this channel and the site shows the piece once, on ${original.id}'s page`,
        zh: `canonical_url：${text} 就是文章 ${original.id}：这篇是它的副本，已写上 copyOf: ${original.id}${takes.zh}，它计入这个渠道，网站只在 ${original.id} 的页面上展示这篇内容`,
      },
    };
  }
  if ((site !== undefined && URL.canParse(site) && sameHost(new URL(site), url)) || ownPaths.some((p) => samePath(p, path))) return { own: true };
  const canonical = typeof raw.canonical === 'string' && raw.canonical.trim() ? undefined : 'original';
  return {
    keys: { url: text, ...(canonical ? { canonical } : {}) },
    note: {
      en: `canonical_url: first published at ${text}: written as url${canonical ? ' with canonical: original, so the page\'s canonical link points there' : ''}`,
      zh: `canonical_url：首发于 ${text}：已写成 url${canonical ? '，并写上 canonical: original，页面的 canonical 链接指向那里' : ''}`,
    },
  };
}

/** Whether a front matter value gives an http(s) address (a string, or a list's first such entry). */
function givesUrl(value: unknown): boolean {
  return [value].flat().some((v) => typeof v === 'string' && /^https?:\/\//i.test(v.trim()));
}

/** The address's path, decoded, with a trailing `/index.html` and `/` dropped (`/a/b/index.html` = `/a/b/` = `/a/b`). */
function pathOf(url: URL): string {
  let path = url.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written.
  }
  return path.replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/';
}

function samePath(a: string, b: string): boolean {
  const path = a.trim().replace(/\/index\.html?$/i, '/').replace(/\/+$/, '') || '/';
  return path === b;
}

function sameHost(a: URL, b: URL): boolean {
  const host = (u: URL) => u.hostname.toLowerCase().replace(/^www\./, '');
  return host(a) === host(b);
}

/** Whether `url` (path `path`) is `post`'s address: its url, an old path of it, or its portfolio page under any base. */
function namesPost(url: URL, path: string, post: CanonicalTarget): boolean {
  if (post.url && URL.canParse(post.url)) {
    const own = new URL(post.url);
    if (sameHost(own, url) && pathOf(own) === path) return true;
  }
  if ((post.aliases ?? []).some((a) => samePath(a, path))) return true;
  return path === `/posts/${post.id}` || path.endsWith(`/posts/${post.id}`);
}

/**
 * The folder's one line for the posts whose canonical_url is their own page on the old site
 * (`posts` of them, `example` the first file, as the folder names it).
 */
export function ownCanonicalNote(posts: number, example: string): Text {
  const n = posts;
  return {
    en: `canonical_url of ${n} ${n === 1 ? 'post' : 'posts'} (${n === 1 ? '' : 'the first: '}${example}) names ${n === 1 ? 'its' : 'their'} own page on the old site, not a first publication elsewhere: not read (${n === 1 ? 'its canonical link is its' : 'their canonical links are their'} new ${n === 1 ? 'page' : 'pages'})`,
    zh: `${n} 篇文章的 canonical_url（${n === 1 ? '' : '第一篇：'}${example}）是它们在旧网站上自己的页面，不是在别处首发：未读取（它们的 canonical 链接是新页面）`,
  };
}
