/**
 * Frontmatter field names of other Astro themes and static site generators, read as
 * Throughline's own so that moved posts need no edit but a `channel`: AstroPaper
 * (github.com/satnaing/astro-paper, src/content.config.ts), Fuwari (github.com/saicaca/fuwari,
 * src/content/config.ts), and the front matter Hexo, Hugo and Jekyll share (`date`, `updated` /
 * `lastmod` / `last_modified_at` / `modified`, `categories`, `draft`, `published: false`; hexo.io/docs/front-matter,
 * gohugo.io/content-management/front-matter, jekyllrb.com/docs/front-matter). An alias only
 * fills a field that is absent: Throughline's own name always wins, and the alias key itself is
 * kept, so a save by the studio loses nothing; a save writes each field back under the key that
 * gave it (writeDatesUnderAliases here, the other fields in post-alias-writes.ts).
 */

/** alias -> Throughline field, for values that carry over unchanged. */
const SAME_VALUE: Record<string, string> = {
  pubDatetime: 'publishedAt',
  modDatetime: 'updatedAt',
  updated: 'updatedAt',
  // Hugo's publishDate (and AstroWind's, Astro Cactus's only date) is when the page goes public:
  // Hugo builds no page before it and reads `date` for the date it shows
  // (gohugo.io/configuration/front-matter/#dates), so it comes before `date`.
  publishDate: 'publishedAt',
  date: 'publishedAt',
  lastmod: 'updatedAt',
  // The Astro blog template's (github.com/withastro/astro, examples/blog/src/content.config.ts).
  pubDate: 'publishedAt',
  updatedDate: 'updatedAt',
  // Jekyll's: the jekyll-last-modified-at plugin's, and Minimal Mistakes' (and many themes', and
  // Hugo's second lastmod key, gohugo.io/configuration/front-matter/#dates) `modified`.
  last_modified_at: 'updatedAt',
  modified: 'updatedAt',
};

/**
 * Aliases whose key themes also use for something else (`modified: true`): read as a date only
 * when the value is one (starts as `2016-05-10` does, or is a Date), else left alone as any
 * unknown key, so a post that used the key otherwise is not refused for it.
 */
const DATE_ONLY = new Set(['last_modified_at', 'modified']);

/** Whether `value` of a {@link DATE_ONLY} key is read as a date. */
function readsAsDate(key: string, value: unknown): boolean {
  return !DATE_ONLY.has(key) || value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{1,2}-\d{1,2}(?:$|[Tt ])/.test(value.trim()));
}

/**
 * Throughline's optional fields. An empty key (`description:` in YAML is null, Fuwari's
 * `pnpm new-post` template writes `description: ''` and `lang: ''`), as generators' post
 * templates leave them, means the field is not set.
 */
const OPTIONAL_FIELDS = ['pillar', 'plannedFor', 'publishedAt', 'url', 'tags', 'description', 'updatedAt', 'cover', 'canonical', 'lang', 'aliases', 'copyOf'];

/**
 * AstroPaper's `ogImage`, Fuwari's `image`, the Astro blog template's `heroImage`
 * (github.com/withastro/astro, examples/blog/src/content.config.ts) and Hugo Ananke's
 * `featured_image` (github.com/theNewDynamic/gohugo-theme-ananke, the Hugo quick start's theme) and
 * dev.to's `cover_image` (its editor's front matter, with `published`, `tags`, `canonical_url`) may be an asset path
 * relative to the post (`../../assets/og.png`, `./cover.jpg`) that Astro imports; Throughline
 * serves no such file, so only a site path (`/og.png`) or an http(s) URL becomes `cover`, and any
 * other value leaves the generated social card in place instead of an og:image that answers 404
 * (import copies such a file beside the post and writes `cover:`: core/moved-posts/cover.ts).
 */
export const COVER_ALIASES = ['ogImage', 'image', 'heroImage', 'featured_image', 'cover_image'] as const;

/** A key of {@link COVER_ALIASES}. */
export type CoverAlias = (typeof COVER_ALIASES)[number];

/** Whether `value` is a cover the reader takes from an alias: a site path (`/og.png`) or an http(s) URL. */
export function isServedImage(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (text.startsWith('/') && !text.startsWith('//')) || /^https?:\/\/[^/]/i.test(text);
}

/**
 * Jekyll's documented date form, `2015-03-01 12:00:00 +0100` (a space before the offset), as
 * ISO 8601 (`2015-03-01T12:00:00+01:00`); any other value as it is.
 */
function spacedOffsetToIso(value: unknown): unknown {
  const m = typeof value === 'string' ? /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) +([+-]\d{2}):?(\d{2})$/.exec(value.trim()) : null;
  return m ? `${m[1]}T${m[2]}${m[3]}:${m[4]}` : value;
}

/** The first item of a `url:` list that is an http(s) address, as written (untrimmed); undefined when none is. */
export function firstHttpUrl(list: unknown[]): string | undefined {
  return list.find((item): item is string => typeof item === 'string' && /^\s*https?:\/\/[^/\s]/i.test(item));
}

/**
 * Themes that date a post's last change under one key of their own: AstroPaper (dated by
 * `pubDatetime`, updated by `modDatetime`) and the Astro blog template (`pubDate`, `updatedDate`).
 * Their pages never read `updated`, `lastmod` or the like, so such a key in one of their posts is
 * another tool's (Obsidian Linter's automatic `updated:` stamp on every file it touched) and is not
 * read as the update date: the old site never showed it either.
 */
const OWN_UPDATE_KEY: Record<string, { key: string; theme: string }> = {
  pubDatetime: { key: 'modDatetime', theme: 'AstroPaper' },
  pubDate: { key: 'updatedDate', theme: 'the Astro blog template' },
};

/**
 * The theme that dates `frontmatter` (as written) and its own update key, when that theme reads
 * only that key (OWN_UPDATE_KEY); undefined for any other post (Hexo's and Fuwari's `updated`,
 * Hugo's `lastmod` are their update dates).
 */
export function ownUpdateKeyOf(frontmatter: Record<string, unknown>): { key: string; theme: string; dateKey: string } | undefined {
  const dateKey = Object.keys(OWN_UPDATE_KEY).find((k) => dateValueOf(frontmatter, k) !== undefined);
  return dateKey ? { ...OWN_UPDATE_KEY[dateKey]!, dateKey } : undefined;
}

/** Whether the alias `key` (of updatedAt) is left unread in `frontmatter`: another key is its theme's own (ownUpdateKeyOf). */
export function isForeignUpdateKey(frontmatter: Record<string, unknown>, key: string): boolean {
  if (SAME_VALUE[key] !== 'updatedAt') return false;
  const own = ownUpdateKeyOf(frontmatter);
  return own !== undefined && own.key !== key;
}

/** Keys whose presence says the post was written for another theme or generator (they imply a status). */
const THEME_KEYS = ['pubDatetime', 'published', 'draft', 'date', 'pubDate', 'publishDate'];

/**
 * Tags or categories written as one string: a comma-separated list (`,`, `，` or `、`), else
 * Jekyll's space-separated one (`categories: rails audiopila` is two names; a Hexo post's single
 * tag, `tags: 项目分析`, is that tag). Names trimmed, empties dropped.
 */
export function namesOf(text: string): string[] {
  return text.split(isCommaList(text) ? /\s*[,，、]\s*/ : /\s+/).map((t) => t.trim()).filter(Boolean);
}

/**
 * A tag as named, without the hashtag mark an Obsidian vault or a social post writes before it
 * (`#rust`, `##rust` -> `rust`): the mark is no part of the name, so the tag is the one other posts
 * write `rust`, with their label, page, feed category and search entry (the pages print their own
 * `#` before a tag). A name that is marks alone (`#`) stays as written; `C#` keeps its ending `#`.
 */
export function withoutHashMark(tag: string): string {
  const name = tag.trim().replace(/^[#＃]+\s*/u, '');
  return name === '' ? tag : name;
}

/** Whether a one-string list is comma-separated (the separator a rewrite keeps). */
export function isCommaList(text: string): boolean {
  return /[,，、]/.test(text);
}

/**
 * A copy of `value` with aliases applied (a non-object is returned as is): an empty optional
 * field left out, pubDatetime/published/publishDate/date/pubDate -> publishedAt, modDatetime/updated/lastmod/updatedDate ->
 * updatedAt (an AstroPaper or Astro blog template post's only from its theme's own key: isForeignUpdateKey), ogImage/image/heroImage and PaperMod's cover.image -> cover (a site path or http(s) URL only; any
 * other cover object is not read), a boolean canonical (a theme's flag) and Hugo's site-path url
 * (`/2017/04/a/`) not read, a `url:` list -> its first http(s) address, canonicalURL -> url with
 * canonical "original", tags and categories written as one string -> a list (comma-separated,
 * else Jekyll's space-separated), Jekyll's tag (a name), category (a name) and categories (a
 * list, or Hexo's nested lists) -> more tags, and, when no status is given, draft: true (or published: false) -> status "draft", else
 * a dated post -> "published".
 */
export function applyFrontmatterAliases(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...input };
  for (const key of OPTIONAL_FIELDS) if (out[key] === null || (typeof out[key] === 'string' && out[key].trim() === '')) delete out[key];
  // Theme keys named like Throughline's but shaped otherwise are the theme's: Hugo PaperMod's
  // `cover: {image, alt, relative}` (its image, when the site serves it, is the cover) and a
  // theme's `canonical: true` flag (Throughline's is "self" or "original"; self is the default).
  if (typeof out.cover === 'object' && out.cover !== null && !Array.isArray(out.cover)) {
    const image = (out.cover as Record<string, unknown>).image;
    delete out.cover;
    if (isServedImage(image)) out.cover = image.trim();
  }
  if (typeof out.canonical === 'boolean') delete out.canonical;
  // Hugo's `url: /2017/04/09/a/` (gohugo.io/content-management/urls/#url; wordpress-to-hugo-exporter
  // writes one in every post) is the page's path on that site, not where it was published off-site.
  if (typeof out.url === 'string' && /^\/(?!\/)/.test(out.url.trim())) delete out.url;
  // A list of addresses (an Obsidian-written AstroPaper blog's `url:` names the post's first home,
  // then where it was shared) gives its first http(s) one; a list without one is not read.
  if (Array.isArray(out.url)) {
    const first = firstHttpUrl(out.url);
    if (first === undefined) delete out.url;
    else out.url = first.trim();
  }
  const fill = (key: string, v: unknown) => {
    if (out[key] === undefined && v !== undefined && v !== null && v !== '') out[key] = v;
  };
  for (const [alias, field] of Object.entries(SAME_VALUE)) if (readsAsDate(alias, input[alias]) && !isForeignUpdateKey(input, alias)) fill(field, spacedOffsetToIso(input[alias]));
  for (const alias of COVER_ALIASES) if (isServedImage(input[alias])) fill('cover', input[alias].trim());
  const published = flagOf(input.published);
  if (published === undefined) fill('publishedAt', input.published);
  if (typeof input.canonicalURL === 'string' && input.canonicalURL.trim()) {
    fill('url', input.canonicalURL.trim());
    fill('canonical', 'original');
  }
  if (typeof out.tags === 'string') out.tags = namesOf(out.tags);
  // `categories` written as one string is a list the same way (Jekyll: `categories: rails
  // audiopila` is two, which the site showed as one tag "rails audiopila"); `category` is one
  // name, and so is Jekyll's `tag` (Utils.pluralized_array_from_hash; its tag pages list the post).
  const plural = typeof input.categories === 'string' ? namesOf(input.categories) : input.categories;
  const categories = [input.tag, input.category, plural].flat(Infinity).filter((c) => typeof c === 'string' || typeof c === 'number');
  if (categories.length > 0 || Array.isArray(out.tags)) {
    // A tag or category written as a number (`tags: [2024]`) is its text; a list inside the list
    // (`- [jquery]`, as some Hexo posts write it: Hexo reads the entry as its text) gives its names.
    const tags = (Array.isArray(out.tags) ? out.tags.flat(Infinity) : []).map((t) => (typeof t === 'number' ? String(t) : t));
    for (const name of categories.map((c) => String(c).trim()).filter(Boolean)) if (!tags.includes(name)) tags.push(name);
    out.tags = [...new Set(tags.map((t) => (typeof t === 'string' ? withoutHashMark(t) : t)))];
  }
  if (out.status === undefined && THEME_KEYS.some((k) => k in input)) {
    // A draft flag that says neither (`draft: maybe`) keeps the post a draft; the schema refuses it (isUnreadableFlag).
    const draft = flagOf(input.draft) === true || published === false || isUnreadableFlag(input.draft);
    out.status = draft ? 'draft' : out.publishedAt !== undefined ? 'published' : undefined;
  }
  return out;
}

/**
 * A yes/no flag (`draft`, Jekyll's `published`) as Hugo and Jekyll read it: a YAML boolean, or
 * text that YAML 1.1 read as one and YAML 1.2 (this reader, Astro's) reads as a string: `"true"`,
 * `yes`, `on`, `y` and `"false"`, `no`, `off`, `n`, in any case. Anything else is undefined (for
 * `published`, Fuwari's date). Before, `draft: "true"` and `draft: yes` were no draft: a dated post
 * with one was published on the portfolio.
 */
export function flagOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return TRUE_WORDS.includes(word) ? true : FALSE_WORDS.includes(word) ? false : undefined;
}

const TRUE_WORDS = ['true', 'yes', 'on', 'y'];
const FALSE_WORDS = ['false', 'no', 'off', 'n'];

/** Whether a `draft` value is set (not empty) and is no flag {@link flagOf} reads: the schema refuses it, naming `draft`. */
export function isUnreadableFlag(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '') && flagOf(value) === undefined;
}

/**
 * The key a file wrote for Throughline's `field` (`updated` for updatedAt) when only an alias
 * gave it, else `field`: an error then names what the author can find in the file.
 */
export function writtenKeyOf(value: unknown, field: string): string {
  if (typeof value !== 'object' || value === null || field in value) return field;
  const input = value as Record<string, unknown>;
  const aliases = [...Object.entries(SAME_VALUE), ['published', 'publishedAt'], ...COVER_ALIASES.map((a) => [a, 'cover']), ['canonicalURL', 'url']];
  return aliases.find(([alias, to]) => to === field && input[alias] !== undefined && input[alias] !== null && input[alias] !== '' && readsAsDate(alias!, input[alias!]) && !isForeignUpdateKey(input, alias!))?.[0] ?? field;
}

/** Throughline's date fields that aliases fill: a file may give each under its own generator's key. */
export const DATE_FIELDS = ['publishedAt', 'updatedAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/**
 * The keys that give `field` in frontmatter as written, in the order the reader tries them:
 * Throughline's own, then its aliases (publishedAt: pubDatetime, publishDate, date, pubDate, published;
 * updatedAt: modDatetime, updated, lastmod, updatedDate), without the update keys `frontmatter`
 * leaves unread when it is given (isForeignUpdateKey).
 */
export function dateKeysOf(field: DateField, frontmatter?: Record<string, unknown>): string[] {
  const aliases = Object.entries(SAME_VALUE).filter(([alias, to]) => to === field && !(frontmatter && isForeignUpdateKey(frontmatter, alias))).map(([alias]) => alias);
  return [field, ...aliases, ...(field === 'publishedAt' ? ['published'] : [])];
}

/**
 * The date `key` gives in frontmatter as written, as the reader takes it (Jekyll's spaced offset as
 * ISO 8601), or undefined when the key is absent, empty, or Fuwari's/Jekyll's boolean `published`.
 */
export function dateValueOf(frontmatter: Record<string, unknown>, key: string): unknown {
  const value = frontmatter[key];
  if (value === undefined || value === null || typeof value === 'boolean' || (typeof value === 'string' && value.trim() === '') || !readsAsDate(key, value)) return undefined;
  return spacedOffsetToIso(value);
}

/**
 * `next`, the frontmatter about to be written over a file whose frontmatter as written is `file`,
 * with publishedAt and updatedAt put under the file's own key for them when the file gives that
 * field only by an alias (a Hexo post's `date:`, Hugo's `lastmod:`): the alias key keeps its place
 * and the file gets no second key that would win over it, so a later hand edit of `date:` still
 * counts. A value equal to what the alias reads as keeps the alias's text as written (Jekyll's
 * `2015-03-01 12:00:00 +0100`); a field `next` leaves out removes the alias key too. Any other
 * value is written as it is: an ISO 8601 date or date-time, which the alias reader and the
 * generators (Hexo, Hugo, Jekyll, AstroPaper, Fuwari) all read as a date. `next` as it is when
 * no such alias applies. A post of a theme that reads one update key of its own (ownUpdateKeyOf:
 * AstroPaper's `modDatetime`) gets a new update date under that key.
 */
export function writeDatesUnderAliases(file: Record<string, unknown>, next: Record<string, unknown>): Record<string, unknown> {
  let out = next;
  for (const field of DATE_FIELDS) {
    // An AstroPaper post's first update date goes under modDatetime, the key its theme reads (ownUpdateKeyOf).
    const key = dateKeysOf(field, file).find((k) => dateValueOf(file, k) !== undefined) ?? (field === 'updatedAt' ? ownUpdateKeyOf(file)?.key : undefined);
    if (key === undefined || key === field) continue;
    const { [field]: value, ...rest } = out;
    out = rest;
    if (value === undefined || value === null || value === '') delete out[key];
    else if (value === dateValueOf(file, key)) out[key] = out[key] ?? file[key];
    else out[key] = value;
  }
  return out;
}
