/**
 * A post whose frontmatter gives its status, cover or url twice, under Throughline's key and
 * another generator's, with different values: `status: published` beside Hexo's `draft: true`,
 * `cover` beside AstroPaper's `ogImage` or Fuwari's `image`, `url` beside `canonicalURL`
 * (schema/post-aliases.ts). Throughline's key is read, so a hand edit of the other does nothing.
 * Each such pair is a warning naming both keys and values, shaped as date-conflicts.ts's.
 * Tags are merged with `categories`, never in conflict.
 */
import type { Text } from './i18n/text.ts';
import type { Lang } from './language.ts';
import { COVER_ALIASES, flagOf, isServedImage } from './schema/post-aliases.ts';
import type { Post } from './schema/post.ts';

export type AliasField = 'status' | 'cover' | 'url';

/** A field a post's frontmatter gives under two keys with different values (this module's and date-conflicts.ts's flags). */
export interface KeyConflictFlag<Kind extends string, Field extends string> {
  kind: Kind;
  severity: 'warning';
  post: string;
  file: string;
  field: Field;
  /** The key the post's value is read from, and its value as written. */
  used: { key: string; value: string };
  /** The key whose value is not read, and its value as written. */
  ignored: { key: string; value: string };
  message: string;
  hint: string;
}

export type AliasConflictFlag = KeyConflictFlag<'alias-conflict', AliasField>;

type Pair = { field: AliasField; used: AliasConflictFlag['used']; ignored: AliasConflictFlag['ignored'] };

/**
 * status against the draft flags (`draft`, Jekyll's `published`), read as the reader reads them:
 * draft: true or published: false says draft (also written as text: "true", yes, no...: flagOf),
 * any other such flag says published. Only
 * published is public, so idea, draft and scheduled all agree with a flag that says draft.
 */
function statusPair(data: Record<string, unknown>): Pair[] {
  // A flag written as text (`draft: "true"`, `draft: yes`) counts as the reader counts it (flagOf).
  const draft = flagOf(data.draft);
  const published = flagOf(data.published);
  const flag = draft === true ? 'draft' : published === false ? 'published' : draft !== undefined ? 'draft' : published !== undefined ? 'published' : undefined;
  if (flag === undefined) return [];
  const saysPublished = !(draft === true || published === false);
  if ((data.status === 'published') === saysPublished) return [];
  return [{ field: 'status', used: { key: 'status', value: String(data.status) }, ignored: { key: flag, value: String(data[flag]) } }];
}

/** cover against `ogImage`/`image` when they give a served image; url against `canonicalURL`. */
function valuePairs(data: Record<string, unknown>, field: 'cover' | 'url', aliases: readonly string[]): Pair[] {
  const value = data[field];
  if (typeof value !== 'string') return [];
  const given = aliases.filter((k) => (field === 'cover' ? isServedImage(data[k]) : typeof data[k] === 'string' && data[k].trim() !== ''));
  // An alias that gives the value read may be the key the file writes it by (a post with only `ogImage:`).
  const usedKey = given.length > 0 && String(data[given[0]!]).trim() === value ? given[0]! : field;
  return given
    .filter((k) => k !== usedKey && String(data[k]).trim() !== value)
    .map((k) => ({ field, used: { key: usedKey, value: String(data[usedKey]) }, ignored: { key: k, value: String(data[k]) } }));
}

/** One warning per alias key of a post whose value differs from the one that is read. */
export function flagAliasConflicts(posts: readonly Post[], lang: Lang): AliasConflictFlag[] {
  return posts.flatMap((post) => {
    const data = post.data as Record<string, unknown>;
    const pairs = [...statusPair(data), ...valuePairs(data, 'cover', COVER_ALIASES), ...valuePairs(data, 'url', ['canonicalURL'])];
    return pairs.map((pair) => aliasConflict(post, pair, lang));
  });
}

function aliasConflict(post: Post, { field, used, ignored }: Pair, lang: Lang): AliasConflictFlag {
  return {
    kind: 'alias-conflict',
    severity: 'warning',
    post: post.id,
    file: post.file,
    field,
    used,
    ignored,
    ...keyConflictText(used, ignored, { en: field, zh: field }, lang),
  };
}

/**
 * The message and hint of a post whose frontmatter gives one field (`what`: "status", "the
 * date") under two keys with different values: `used` is read, `ignored` is not (date-conflicts.ts too).
 */
export function keyConflictText(used: { key: string; value: string }, ignored: { key: string; value: string }, what: Text, lang: Lang): { message: string; hint: string } {
  return lang === 'zh'
    ? {
        message: `${used.key} ${used.value} 与 ${ignored.key} ${ignored.value} 不一致：用的是 ${used.key}；请删掉其中一个`,
        hint: `改 ${ignored.key} 不会有任何效果；留下你要手改的那个（studio 保存时会把${/^[A-Za-z]/.test(what.zh) ? ` ${what.zh} ` : what.zh}写进留下的键）`,
      }
    : {
        message: `${used.key} ${used.value} and ${ignored.key} ${ignored.value}: ${used.key} is used; delete one of them`,
        hint: `editing ${ignored.key} changes nothing; keep the key you edit by hand (the studio's saves write ${what.en} under the key that is left)`,
      };
}
