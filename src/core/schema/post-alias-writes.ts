/**
 * What a save writes into a post file that gives fields by another generator's keys
 * (post-aliases.ts): each field goes where the file already gives it, so no key of Throughline's
 * is added that would win over a later hand edit of `draft:`, `categories:`, `ogImage:` or
 * `canonicalURL:`. The rule, for every field read through an alias: a value the alias keys
 * already give is not written again; a changed value goes under the alias key when that key
 * says exactly the same (checked by reading the result back); otherwise Throughline's own key.
 */
import { COVER_ALIASES, applyFrontmatterAliases, firstHttpUrl, flagOf, isCommaList, isServedImage, namesOf, writeDatesUnderAliases } from './post-aliases.ts';

type Frontmatter = Record<string, unknown>;

/** Frontmatter as Throughline reads it. */
const read = (fm: Frontmatter) => applyFrontmatterAliases(fm) as Frontmatter;
const given = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');
// Values compared here are YAML scalars and lists of them, as the reader hands them over.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Frontmatter => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** `fm` with `key` set to `value` (in its place when present), or without `key` when `value` is undefined. */
function withKey(fm: Frontmatter, key: string, value: unknown): Frontmatter {
  const { [key]: _, ...rest } = fm;
  if (value === undefined) return rest;
  return key in fm ? { ...fm, [key]: value } : { ...rest, [key]: value };
}

/**
 * `next`, the frontmatter about to be written over a file whose frontmatter as written is `file`,
 * with every field the file gives by another generator's key written there
 * (writeDatesUnderAliases for publishedAt and updatedAt, then status, tags, cover, url and
 * canonical). A file that writes Throughline's own key for a field keeps it (status: see
 * writeStatus). The result reads
 * (applyFrontmatterAliases) as `next` does, but for the order of tags: own tags, then the
 * categories' names.
 */
export function writeUnderAliases(file: Frontmatter, next: Frontmatter): Frontmatter {
  let out = writeDatesUnderAliases(file, next);
  out = writeStatus(file, out);
  out = writeTags(file, out);
  out = writeCover(file, out);
  out = writeUrl(file, out);
  return inFileOrder(file, writeCanonical(file, out));
}

/** `fm` with the keys `file` has in its order (a key kept or put back stays in its place), then the others. */
function inFileOrder(file: Frontmatter, fm: Frontmatter): Frontmatter {
  const out: Frontmatter = {};
  for (const key of Object.keys(file)) if (key in fm) out[key] = fm[key];
  return Object.assign(out, fm);
}

/**
 * The keys that say a post is a draft: `draft` (Hexo, Hugo, AstroPaper, Fuwari) and Jekyll's
 * `published`. Read as: draft: true or published: false -> draft (also as text: `yes`, `"false"`: flagOf).
 */
const FLAG_KEYS = ['draft', 'published'] as const;

/** `fm` with each draft flag it has set to agree with `status` (only published is public). */
function agreeingFlags(fm: Frontmatter, status: unknown): Frontmatter {
  let out = fm;
  for (const key of FLAG_KEYS) if (isFlag(fm[key])) out = withKey(out, key, flagValue(fm[key], key === 'draft' ? status !== 'published' : status === 'published'));
  return out;
}

/** A draft flag: a boolean, or text post-aliases.ts flagOf reads as one (`yes`, `"true"`); not Fuwari's `published` date. */
function isFlag(value: unknown): boolean {
  return flagOf(value) !== undefined;
}

/** The words of a flag written as text, true first (YAML 1.1's). */
const FLAG_WORDS = [['true', 'false'], ['yes', 'no'], ['on', 'off'], ['y', 'n']] as const;

/**
 * `value` written as `old` writes its flag: a boolean as a boolean; text in its own pair of words
 * and case (`yes` -> `no`, `"True"` -> `"False"`, `OFF` -> `ON`).
 */
export function flagValue(old: unknown, value: boolean): unknown {
  if (typeof old !== 'string') return value;
  const word = old.trim();
  const pair = FLAG_WORDS.find((p) => (p as readonly string[]).includes(word.toLowerCase()))!;
  const next = value ? pair[0] : pair[1];
  if (word === word.toUpperCase()) return next.toUpperCase();
  return word[0] === word[0]!.toUpperCase() ? next[0]!.toUpperCase() + next.slice(1) : next;
}

/**
 * status: left out when the file's other keys read as it (`draft: true`, or a dated post as
 * published); draft or published written as the file's flag (`draft: false`, Jekyll's
 * `published: true`) when that reads as it; else `status:`, with the file's flags made to agree
 * (idea and scheduled are drafts to Hexo, Hugo and Jekyll), so the file does not contradict
 * itself. A file with its own `status:` keeps it while the status is unchanged or the file has
 * no flag; a new status makes its flags agree, and `status:` goes when they then read as it (a
 * post scheduled, with `status: scheduled` and `draft: true`, then unplanned is a draft by `draft:` alone).
 */
function writeStatus(file: Frontmatter, out: Frontmatter): Frontmatter {
  const status = out.status;
  if (status === undefined) return out;
  const flag = FLAG_KEYS.find((k) => isFlag(out[k]));
  if (given(file.status) && (status === read(file).status || flag === undefined)) return out;
  if (given(file.status)) out = agreeingFlags(out, status);
  const rest = withKey(out, 'status', undefined);
  if (read(rest).status === status) return rest;
  if (flag && (status === 'draft' || status === 'published')) {
    const flagged = agreeingFlags(rest, status);
    if (read(flagged).status === status) return flagged;
  }
  return agreeingFlags(out, status);
}

/** `list` (a name, or Hexo's nested lists of names) without the names not in `keep`; undefined when none is left. */
function keepNames(list: unknown, keep: readonly string[]): unknown {
  if (Array.isArray(list)) {
    const kept = list.map((c) => keepNames(c, keep)).filter((c) => c !== undefined);
    return kept.length > 0 ? kept : undefined;
  }
  return (typeof list === 'string' || typeof list === 'number') && !keep.includes(String(list).trim()) ? undefined : list;
}

/** `categories` written as one string (Jekyll's `rails audiopila`): the names kept, as written, or undefined for none. */
function keepSpaced(text: string, keep: readonly string[]): string | undefined {
  const kept = namesOf(text).filter((t) => keep.includes(t));
  const separator = isCommaList(text) ? ', ' : ' ';
  return kept.length > 0 ? kept.join(separator) : undefined;
}

/**
 * tags: the reader merges `tags` with Jekyll's `tag` and `category`/`categories`. The file's `tags`
 * as written when that still reads as the wanted list; else `tags:` lists only the tags those keys
 * do not give, and a tag the user removed that one of them gave is removed from it too (the only way
 * it stops being a tag; Hexo's nested categories keep their other names).
 */
function writeTags(file: Frontmatter, out: Frontmatter): Frontmatter {
  const wanted = Array.isArray(out.tags) ? out.tags.map(String) : [];
  const asWritten = withKey(out, 'tags', file.tags ?? undefined);
  if (same(read(asWritten).tags ?? [], wanted)) return asWritten;
  let base = out;
  for (const key of ['tag', 'category', 'categories']) if (key in base) base = withKey(base, key, key === 'categories' && typeof base[key] === 'string' ? keepSpaced(base[key], wanted) : keepNames(base[key], wanted));
  const fromCategories = (read(withKey(base, 'tags', undefined)).tags ?? []) as string[];
  const own = wanted.filter((t) => !fromCategories.includes(t));
  return withKey(base, 'tags', own.length > 0 ? inStyleOf(file.tags, own) : undefined);
}

/**
 * `names` written as `written` wrote its list: one string (Jekyll's `tags: ruby rails`, or
 * `a, b`) when it was one of two names or more and every name can be told apart in it again (no
 * separator inside a name), else a list.
 */
function inStyleOf(written: unknown, names: string[]): string | string[] {
  // A one-name string (Hexo's `tags: 项目分析`, which Hexo reads as one tag whatever its spaces) says no separator: a list then.
  if (typeof written !== 'string' || namesOf(written).length < 2) return names;
  const comma = isCommaList(written);
  const joined = names.join(comma ? ', ' : ' ');
  return same(namesOf(joined), names) ? joined : names;
}

/**
 * cover: left out when `ogImage`/`image` (or PaperMod's `cover.image`, its object kept as written)
 * gives it; a new site path or http(s) URL written under the key that gave the old one; a cleared
 * cover removes that key (PaperMod: its `image`); anything else is `cover:`. A file with its own
 * `cover:` text keeps it.
 */
function writeCover(file: Frontmatter, out: Frontmatter): Frontmatter {
  if (typeof file.cover === 'string' && given(file.cover)) return out;
  const cover = out.cover;
  const paperMod = isObject(file.cover) ? file.cover : undefined;
  const base = withKey(out, 'cover', paperMod);
  if (same(read(base).cover, cover)) return base;
  const key = COVER_ALIASES.find((k) => isServedImage(base[k]));
  const gives = paperMod && isServedImage(paperMod.image) ? 'cover.image' : key;
  if (gives === undefined || (cover !== undefined && !isServedImage(cover))) return out;
  const { image: _, ...paperRest } = paperMod ?? {};
  const candidate =
    gives === 'cover.image'
      ? withKey(base, 'cover', cover === undefined ? (Object.keys(paperRest).length > 0 ? paperRest : undefined) : { ...paperMod, image: cover })
      : withKey(base, gives, cover);
  return same(read(candidate).cover, cover) ? candidate : out;
}

/**
 * url: left out when `canonicalURL` gives it; a new URL written as `canonicalURL`, a cleared one
 * removes it. Hugo's `url: /2017/04/a/`, the page's path on that site, which the reader does not
 * take as Throughline's url, is kept as written unless a url is set. A file with its own url keeps it.
 */
function writeUrl(file: Frontmatter, out: Frontmatter): Frontmatter {
  if (Array.isArray(file.url)) return writeUrlList(file.url, out);
  const hugoPath = typeof file.url === 'string' && /^\/(?!\/)/.test(file.url.trim()) ? file.url : undefined;
  if (given(file.url) && hugoPath === undefined) return out;
  const url = out.url;
  const base = withKey(out, 'url', url === undefined ? hugoPath : undefined);
  if (same(read(base).url, url)) return base;
  if (!given(base.canonicalURL) || typeof base.canonicalURL !== 'string') return out;
  const candidate = withKey(base, 'canonicalURL', url);
  return same(read(candidate).url, url) ? candidate : out;
}

/**
 * url given as a list (the post's first home, then where it was shared): the list as written while
 * its first http(s) address is the url; a new url takes that address's place, so the other
 * addresses are not lost to a save. A cleared url removes the key: any address left in it would
 * read as the url.
 */
function writeUrlList(list: unknown[], out: Frontmatter): Frontmatter {
  const url = out.url;
  if (url === undefined) return out;
  const first = firstHttpUrl(list);
  const next = first === undefined ? [url, ...list] : list.map((item) => (item === first ? url : item));
  const candidate = withKey(out, 'url', next);
  return same(read(candidate).url, url) ? candidate : out;
}

/**
 * canonical: left out when `canonicalURL` implies it ("original"); a theme's `canonical: true`
 * or `false` flag, which the reader does not take as Throughline's, kept as written unless a
 * canonical is set. A file with its own canonical keeps it.
 */
function writeCanonical(file: Frontmatter, out: Frontmatter): Frontmatter {
  if (typeof file.canonical === 'string' && given(file.canonical)) return out;
  const canonical = out.canonical;
  const base = withKey(out, 'canonical', canonical === undefined && typeof file.canonical === 'boolean' ? file.canonical : undefined);
  return same(read(base).canonical, canonical) ? base : out;
}
