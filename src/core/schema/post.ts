/**
 * Post frontmatter (shared/interfaces.md §2), shared by the Astro content collection, the
 * store, the CLI and the studio. Unknown keys pass through so that a save never drops them.
 */
import { z } from 'zod';
import { badTimeReason, DATE_ONLY_WHY, dateTimeReason, dateToText, isRealDate, missingDateReason, otherDateFormReason } from '../calendar-date.ts';
import { isLocalImage } from '../image-address.ts';
import { applyFrontmatterAliases, isUnreadableFlag } from './post-aliases.ts';
import { aliasProblem } from '../redirects/alias-path.ts';

/** One alias: a site path as the old site served it (`/posts/a/`, `/2020/01/02/a.html`). */
export const AliasPathSchema = z.string({ error: 'expected a path on your old site, e.g. /posts/my-post/' }).trim().superRefine((alias, ctx) => {
  const problem = aliasProblem(alias);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** `aliases`: a list, or one path written alone (`aliases: /old/`), read as a list of it. */
export const AliasesSchema = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(AliasPathSchema, { error: 'expected a list of paths on your old site, e.g. [/posts/my-post/]' }));

export const POST_STATUSES = ['idea', 'draft', 'scheduled', 'published'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/** Date-time with optional seconds/fraction and optional offset (Z or ±HH:MM). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export const PlainDateSchema = z.preprocess(
  dateToText,
  z.string().refine(isRealDate, {
    error: (issue) =>
      missingDateReason(String(issue.input)) ??
      // Only plannedFor takes this schema: someone scheduling an X post writes the hour too.
      dateTimeReason(String(issue.input), DATE_ONLY_WHY.plannedFor, (date) => `plannedFor: ${date}`) ??
      otherDateFormReason(String(issue.input), false) ??
      'expected a date as YYYY-MM-DD, e.g. 2026-11-24',
  }),
);

export const PublishedAtSchema = z.preprocess(
  dateToText,
  z
    .string()
    .refine(
      // Date.parse alone would roll 2026-02-30T10:00 over to 2 March.
      (s) => isRealDate(s) || (DATE_TIME.test(s) && isRealDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s.replace(' ', 'T')))),
      {
        error: (issue) =>
          missingDateReason(String(issue.input)) ??
          badTimeReason(String(issue.input)) ??
          otherDateFormReason(String(issue.input), true) ??
          // The value as read, so a typo (`2021-03-06c`) is seen without opening the file.
          `expected an ISO 8601 date or date-time, e.g. 2026-09-07 or 2026-09-07T08:30:00+08:00, not ${JSON.stringify(String(issue.input))}`,
      },
    )
    // RFC 3339 §5.6 allows a lower-case "t" and "z": read as "T" and "Z" from here on, as every
    // reader of the value takes them (a published post with `2026-09-26t23:30:00` stopped `check`).
    .transform((s) => s.replace(/^(\d{4}-\d{2}-\d{2})t/, '$1T').replace(/z$/, 'Z')),
);

/**
 * An http(s) URL as written (shared/interfaces.md §2). The scheme is read from the parsed URL,
 * and any control character, space, quote or angle bracket is refused outright: `new URL()`
 * strips tabs and newlines, so `java\tscript:` must not get the chance to become `javascript:`.
 */
export const HttpUrlSchema = z
  .string({ error: 'expected a full http(s) URL, e.g. https://example.com/post' })
  .refine((s) => !/[\u0000-\u0020\u007f-\u009f<>"`\\]/.test(s), {
    message: 'expected a full http(s) URL without spaces, control characters, quotes, "<", ">" or "\\", e.g. https://example.com/post',
    abort: true,
  })
  .refine(isHttpUrl, {
    error: (issue) => schemelessMessage(String(issue.input)) ?? 'expected a full http(s) URL, e.g. https://example.com/post (javascript:, data: and other schemes are refused)',
  });

/**
 * For an address written without its scheme, as an app's share sheet or a browser's address bar
 * shows it (`zhuanlan.zhihu.com/p/123`, `www.example.com`): the address with https:// to write.
 * undefined when the text does not start with a host name (letters, digits and `-` in dotted parts).
 */
function schemelessMessage(text: string): string | undefined {
  if (!/^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(text) || !isHttpUrl(`https://${text}`)) return undefined;
  return `${text} has no https:// in front: write url: https://${text}`;
}

/**
 * A post's social image: a full http(s) URL, a site path under public/ starting with one "/"
 * (`/images/pork.jpg`), or a path relative to the post file (`cover.jpg` beside a folder post's
 * `index.md`, as a Hugo page bundle or a Fuwari post keeps it), which the build serves at
 * `/covers/<post>/<file name>` (pages/covers). Whether that file exists is checked with the
 * other files (store/cover-files.ts). `//host/x.png`, which would point at another site, and
 * other schemes are refused.
 */
export const CoverSchema = z
  .string()
  .trim()
  .min(1, 'cover must not be empty')
  .refine((s) => (s.startsWith('/') && !s.startsWith('//')) || isHttpUrl(s) || isLocalImage(s), {
    message: 'expected a full http(s) URL, a path under public/ starting with "/", e.g. /images/pork.jpg, or a file beside the post, e.g. cover.jpg',
  });

function isHttpUrl(text: string): boolean {
  try {
    if (!/^https?:\/\//i.test(text)) return false;
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * For a field YAML read as a number or a boolean (`title: 2025`, `title: yes` stays a word
 * under the core schema, `title: true` does not; `channel: 42` for the channel whose id is "42"):
 * what it was read as and the quotes to add.
 */
function notTextMessage(field: string, input: unknown): string | undefined {
  if (typeof input !== 'number' && typeof input !== 'boolean') return undefined;
  return `${String(input)} is read as a ${typeof input}, not text: put it in quotes, ${field}: "${String(input)}"`;
}

/** The studio's names of the statuses (src/studio/drafts/strings.ts status.*), in Chinese and English. */
const STATUS_LABELS: Readonly<Record<string, (typeof POST_STATUSES)[number]>> = {
  想法: 'idea',
  草稿: 'draft',
  已排期: 'scheduled',
  已发布: 'published',
  idea: 'idea',
  draft: 'draft',
  scheduled: 'scheduled',
  published: 'published',
};

/**
 * For a status written as the studio shows it (`status: 草稿`, `status: Draft`): the status to
 * write instead; undefined for any other value.
 */
function statusLabelMessage(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const status = STATUS_LABELS[input.trim()] ?? STATUS_LABELS[input.trim().toLowerCase()];
  return status ? `"${input}" is how the studio shows ${status}: write status: ${status}` : undefined;
}

/** The status message of a file that gives none (and no date, which would make it published). */
const MISSING_STATUS = `missing: write status: (${POST_STATUSES.join(', ')}), or the post's date (date: or publishedAt:), which makes it published`;

const PostFields = z
  .looseObject({
    title: z.string({ error: (issue) => notTextMessage('title', issue.input) ?? 'a post needs a title' }).trim().min(1, 'a post needs a title'),
    /** A channel id from planner.json. */
    channel: z.string({ error: (issue) => notTextMessage('channel', issue.input) ?? 'a post needs a channel id from planner.json' }).min(1),
    // No status, and no date or draft flag to give one (post-aliases.ts): dev.to's `published: true`
    // on an undated file was told only "expected one of …" of a key it never wrote.
    status: z.enum(POST_STATUSES, { error: (issue) => (issue.input === undefined ? MISSING_STATUS : statusLabelMessage(issue.input) ?? `expected one of ${POST_STATUSES.join(', ')}`) }),
    /** The pillar the author intends. */
    pillar: z.string({ error: (issue) => notTextMessage('pillar', issue.input) }).min(1).optional(),
    /** The local date of the slot this post is planned for. */
    plannedFor: PlainDateSchema.optional(),
    /** Required when published; a date-time without offset is read in the channel's zone. */
    publishedAt: PublishedAtSchema.optional(),
    /** Where it was published off-site: an http(s) address only (it becomes a link). */
    url: HttpUrlSchema.optional(),
    /** Free-form tags (topics, series); kept from imports (WordPress categories and tags). */
    tags: z.array(z.string().trim().min(1, 'a tag must not be empty')).optional(),
    /** A one- or two-sentence summary for lists, meta descriptions and social cards. */
    description: z.string({ error: (issue) => notTextMessage('description', issue.input) }).trim().min(1).optional(),
    /** When the post was last changed in substance (sitemap lastmod, feeds, Article data). */
    updatedAt: PublishedAtSchema.optional(),
    /** The social image: a URL, a path under public/ such as /images/pork.jpg, or a file beside the post. */
    cover: CoverSchema.optional(),
    /** "original": the page's canonical link is `url` (syndicated copies); "self" is the default. */
    canonical: z.enum(['self', 'original'], { error: 'expected "self" or "original"' }).optional(),
    /**
     * The post's language, a BCP 47 tag (en, zh-CN, zh-TW, ko, ja; `_` read as `-`); detected from
     * the text when omitted. Pages and feeds say it as written (language.ts postLangTag); the
     * site's own words and the theme check read any tag but zh as English (postLanguage).
     */
    lang: z.string().regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, 'expected a language tag such as en, zh-CN, zh-TW, ko or ja').optional(),
    /** Posts with the same key are one post in several languages (Hugo's translationKey): each page links the others. */
    translationKey: z.string({ error: 'expected a text, e.g. why-vite' }).trim().min(1, 'translationKey must not be empty').optional(),
    /** Paths the post had on an old site (Hugo's `aliases`): each is built as a page that sends the reader here. */
    aliases: AliasesSchema.optional(),
    /**
     * Cross-posting: the id of the post this one is a copy of (`copyOf: 2026/why-vite`), the piece
     * as published on this post's own channel (dev.to, 知乎). It counts for its channel's slots; the
     * portfolio shows the piece once, on the original's page, which links this copy's `url` (core/copies.ts).
     */
    copyOf: z.string({ error: (issue) => notTextMessage('copyOf', issue.input) ?? 'expected the id of the original post, e.g. 2026/why-vite' }).trim().min(1, 'copyOf must not be empty: write the id of the original post, e.g. 2026/why-vite').optional(),
  })
  .superRefine((fm, ctx) => {
    if (fm.status === 'published' && !fm.publishedAt)
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'a published post needs publishedAt (e.g. 2026-09-07 or 2026-09-07T08:30:00+08:00)',
      });
    if (isUnreadableFlag(fm.draft))
      ctx.addIssue({ code: 'custom', path: ['draft'], message: `expected true or false (draft: true keeps the post off the portfolio), not ${JSON.stringify(fm.draft)}` });
    if (fm.canonical === 'original' && !fm.url)
      ctx.addIssue({ code: 'custom', path: ['canonical'], message: 'canonical: original needs the url of the original' });
  });

/** The frontmatter, with AstroPaper's and Fuwari's field names read as aliases (post-aliases.ts). */
export const PostFrontmatterSchema = z.preprocess(applyFrontmatterAliases, PostFields);

export type PostFrontmatter = z.output<typeof PostFrontmatterSchema>;

/** A post as core sees it: parsed frontmatter, body text, and where it lives. */
export interface Post {
  /** Path under content/posts/ without the extension, with forward slashes. */
  id: string;
  /** Path relative to the project root, e.g. content/posts/2026/braised-pork.mdx. */
  file: string;
  data: PostFrontmatter;
  body: string;
}

