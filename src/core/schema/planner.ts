/**
 * The planner data file (`content/planner.json`), as fixed by shared/interfaces.md §1.
 * Extra fields are extensions: they are optional so that a file written by hand to the
 * contract alone stays valid. Objects are loose: keys this version does not know survive a save.
 */
import { z } from 'zod';
import { checkChannelCadences, FIRST_PLAN_DATE, LAST_PLAN_DATE } from '../cadence.ts';
import { DATE_ONLY_WHY, dateTimeReason, isRealDate, missingDateReason, otherDateFormReason } from '../calendar-date.ts';
import { idProblem } from '../id-mistakes.ts';
import { ID_PATTERN, MAX_ID_LENGTH } from '../ids.ts';
import { FEED_ALIAS_FORMATS, feedAliasProblem } from '../old-feeds/address.ts';
import { OLD_LISTS } from '../old-taxonomies/address.ts';
import { aliasProblem } from '../redirects/alias-path.ts';
import { abbreviationZones, canonicalZone, isPlannerZone, suggestTimeZone } from '../time-zones.ts';
import { timeAsWritten } from '../written-time.ts';

export const PLANNER_VERSION = 1;

export const PLATFORMS = ['blog', 'newsletter', 'zhihu', 'weibo', 'wechat', 'linkedin', 'x', 'youtube', 'other'] as const;

/** A pillar or channel id (see src/core/ids.ts): NFC, letters and digits of any script, "-", "_"; a refused one is named with its fix (id-mistakes.ts idProblem). */
const idField = (what: string) =>
  z
    .string()
    .normalize('NFC')
    .max(MAX_ID_LENGTH, `${what} must be at most ${MAX_ID_LENGTH} characters`)
    // The message names what is wrong in the id as typed and the id built from it (core/id-mistakes.ts).
    .refine((id) => ID_PATTERN.test(id), { error: (issue) => idProblem(what, String(issue.input)) ?? undefined });

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2026-02-30), from FIRST_PLAN_DATE to LAST_PLAN_DATE.
 * With `dateOnly` (a field's key and why it takes no time, DATE_ONLY_WHY), a date-time written
 * there is told so, with the date to write (`write "start": "2026-12-10"`).
 */
export function localDateSchema(dateOnly?: { key: string; why: string }) {
  return z
    .string()
    .refine(isRealDate, {
      error: (issue) =>
        missingDateReason(String(issue.input)) ??
        (dateOnly ? dateTimeReason(String(issue.input), dateOnly.why, (date) => `"${dateOnly.key}": "${date}"`) : null) ??
        otherDateFormReason(String(issue.input), false) ??
        'expected a date as YYYY-MM-DD, e.g. "2026-01-06"',
    })
    .refine((value) => !isRealDate(value) || (value >= FIRST_PLAN_DATE && value <= LAST_PLAN_DATE), {
      error: (issue) =>
        `${String(issue.input)} is outside ${FIRST_PLAN_DATE}..${LAST_PLAN_DATE}, the dates a plan can hold; use a real date (a break can be moved later), e.g. "2027-12-31"`,
    });
}

/** localDateSchema without a field of its own (init's answers, the studio's slot form). */
export const LocalDateSchema = localDateSchema();

/** A local wall time `HH:MM` (24-hour). */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
    // A time written as people write it (19h30, 9:00, 7pm) is told the HH:MM it means.
    error: (issue) => {
      const meant = typeof issue.input === 'string' ? timeAsWritten(issue.input) : undefined;
      return meant ? `expected a time as HH:MM (24-hour): write "${meant}"` : 'expected a time as HH:MM (24-hour), e.g. "09:00"';
    },
  });

/** The message for a zone name that is not one: the value, and the zone it most likely meant. */
function timeZoneMessage(input: string): string {
  const expected = 'expected an IANA time zone, e.g. "Asia/Shanghai" or "Europe/Berlin"';
  // A pasted paragraph is quoted by its start, so the message stays a line.
  const shown = input.length > 60 ? `${[...input].slice(0, 60).join('')}…` : input;
  const abbreviation = abbreviationZones(input);
  if (abbreviation) return `${expected}; got "${shown}", an abbreviation, not a zone: ${ABBREVIATION_WHY} (did you mean ${quotedOrList(abbreviation)}?)`;
  const guess = suggestTimeZone(input);
  return `${expected}; got "${shown}"${guess ? ` (did you mean "${guess}"?)` : ''}`;
}

/** Why an abbreviation (EST, BST) is no zone; i18n/zod-issues.ts has it in Chinese. */
export const ABBREVIATION_WHY = 'it can stand for several places, or for one offset all year with no daylight saving';

/** `"A"`, `"A" or "B"`, `"A", "B" or "C"`. */
export function quotedOrList(items: readonly string[]): string {
  const quoted = items.map((i) => `"${i}"`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/**
 * An IANA zone; an old name that IANA renamed (Asia/Calcutta) is accepted and kept by its current
 * one (Asia/Kolkata); an abbreviation (EST, BST) is refused (time-zones.ts isPlannerZone).
 */
export const TimeZoneSchema = z
  .string()
  .refine(isPlannerZone, { error: (issue) => timeZoneMessage(String(issue.input)) })
  .transform(canonicalZone);

export const PillarSchema = z.looseObject({
  /** Stable id used by channels and posts. */
  id: idField('a pillar id'),
  name: z.string().trim().min(1, 'a pillar needs a name'),
  description: z.string().default(''),
  /** Words that mark a post as belonging to this pillar; they seed the theme model. */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** Optional target share of output (0..1) for the pillar-balance view; even split otherwise. */
  targetShare: z.number().min(0).max(1).optional(),
  /** Optional colour for the studio's chips and calendar marks, "#rrggbb"; a palette colour otherwise. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb, e.g. "#0072b2"').optional(),
  /**
   * True for a pillar defined by its form rather than a subject (short stories, poems, book
   * notes, 写作练习): a post that declares it (`pillar:`) is never flagged off-theme nor as a
   * pillar mismatch, and a published one is no evidence of the brand's subjects. Stories share
   * no subject words with one another, so no score can tell one from an off-theme draft.
   */
  form: z.boolean({ error: 'expected true or false' }).optional(),
  /**
   * Ids this pillar had before (a rename in the studio) or of pillars merged into it: the built
   * portfolio keeps answering at /pillars/<former>/ (a redirect page) and its feeds (copies of this
   * pillar's). Written by the studio's brand page; each may be no pillar's current id and may be
   * given once across the brand (checkReferences).
   */
  formerIds: z.array(idField('a pillar id')).optional(),
});

/**
 * A pillar removed with no pillar to take its posts (the studio's brand page writes it): the built
 * portfolio answers its old address /pillars/<id>/, and each of its `formerIds`, with a page saying
 * the topic was retired that links the published posts among `posts`, the list of all posts and
 * home (noindex, not in the sitemap). Its feeds are not kept. Each id may be no pillar's id nor
 * former id and may be given once (checkRetiredIds): a pillar taking it again has its own page there.
 */
export const RetiredPillarSchema = z.looseObject({
  id: idField('a pillar id'),
  /** Its name when it was removed: the page's heading. */
  name: z.string().default(''),
  /** Its own old ids (renames and merges before it was removed): they lead to the same page. */
  formerIds: z.array(idField('a pillar id')).optional(),
  /** Ids of the posts that were published in it when it was removed; the page lists those still published. */
  posts: z.array(z.string()).optional(),
});
export type RetiredPillar = z.output<typeof RetiredPillarSchema>;

export const BrandSchema = z.looseObject({
  name: z.string().trim().min(1, 'the brand needs a name'),
  /**
   * The positioning label: a short, unique phrase that combines the strengths. Empty while a new
   * brand has not chosen one (start-fresh leaves it so); the studio's brand form asks for it.
   */
  label: z.string({ error: 'the brand needs a "label" (it may be "" until one is chosen)' }).trim(),
  audience: z.string().default(''),
  strengths: z.array(z.string().trim().min(1)).default([]),
  /** What others say of the person. */
  impressions: z.array(z.string().trim().min(1)).default([]),
  /** Default zone for every channel. */
  timezone: TimeZoneSchema,
  /**
   * The language the brand writes to its readers in ("en" or "zh"); decides the language of
   * calendar event text and public pages. Omitted: inferred from the brand text (see
   * `brandLanguage` in src/core/language.ts).
   */
  language: z.enum(['en', 'zh'], { error: 'expected "en" or "zh"' }).optional(),
  pillars: z
    .array(PillarSchema)
    .min(1, 'a brand needs at least 1 pillar')
    .max(7, 'a brand has at most 7 pillars: fewer themes are easier to remember'),
  /** Pillars removed with no pillar to take their posts: their old addresses say the topic was retired (RetiredPillarSchema). */
  retiredPillars: z.array(RetiredPillarSchema).optional(),
});

/** An earlier cadence of a channel, kept so that a cadence change does not rewrite history. */
export const CadencePeriodSchema = z.looseObject({
  cadence: z.string().trim().min(1),
  /** First local date this cadence applied; it applies until the next period's start. */
  start: localDateSchema({ key: 'start', why: DATE_ONLY_WHY.start }),
  time: LocalTimeSchema.default('09:00'),
  /**
   * The zone this period's slots were kept in, so that moving zones (the channel's or the
   * brand's) does not re-time past slots and posts. Omitted: the channel's current zone.
   */
  timezone: TimeZoneSchema.optional(),
});

export const ReminderSchema = z.looseObject({
  /** Minutes before the slot, e.g. 1440 for a day before. */
  minutesBefore: z.number().int().min(0).max(40320),
});

export const ChannelSchema = z.looseObject({
  id: idField('a channel id'),
  name: z.string().trim().min(1, 'a channel needs a name'),
  platform: z.enum(PLATFORMS, { error: `expected one of ${PLATFORMS.join(', ')}` }),
  /** An RFC 5545 RRULE value without the "RRULE:" prefix; at most one slot a local day. */
  cadence: z.string().trim().min(1, 'a channel needs a cadence, e.g. "FREQ=WEEKLY;BYDAY=TU,FR"'),
  /** First local date the cadence applies. */
  start: localDateSchema({ key: 'start', why: DATE_ONLY_WHY.start }),
  time: LocalTimeSchema.default('09:00'),
  /** Falls back to brand.timezone. */
  timezone: TimeZoneSchema.optional(),
  /** Pillar ids this channel rotates through; all pillars when omitted. */
  pillars: z.array(z.string()).optional(),
  /** Earlier cadences, oldest first; each ends where the next (or `start`) begins. */
  history: z.array(CadencePeriodSchema).optional(),
  /** Calendar reminder for each slot. */
  reminder: ReminderSchema.optional(),
  /**
   * The author's public profile on this channel (http or https), e.g. "https://www.zhihu.com/people/me";
   * the portfolio links it ("where to follow") and lists it in the Person data's `sameAs`.
   */
  profileUrl: z
    .url({ protocol: /^https?$/, error: 'expected a full http(s) URL, e.g. "https://www.zhihu.com/people/me"' })
    .optional(),
});

export const BreakSchema = z.looseObject({
  from: localDateSchema({ key: 'from', why: DATE_ONLY_WHY.break }),
  to: localDateSchema({ key: 'to', why: DATE_ONLY_WHY.break }),
  /** Channel ids; omitted = every channel. */
  channels: z.array(z.string()).optional(),
  reason: z.string().optional(),
});

export const ThemeSettingsSchema = z.looseObject({
  /** Score under which an unpublished post is flagged off-theme (0..1). */
  threshold: z.number().min(0).max(1).optional(),
  /** Post ids the author marked "on theme after all"; used as evidence of the theme. */
  acceptedOnTheme: z.array(z.string()).default([]),
});

/** The values of `portfolio.brokenLinks`. */
export const BROKEN_LINK_MODES = ['warn', 'error', 'ignore'] as const;
export type BrokenLinkMode = (typeof BROKEN_LINK_MODES)[number];

/** One old feed address (core/old-feeds/address.ts): its path on the site and, optionally, the format the old feed had. */
export const FeedAliasSchema = z.looseObject({
  path: z.string({ error: 'expected a path on your old site, e.g. /index.xml' }).superRefine((path, ctx) => {
    const problem = feedAliasProblem(path);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  format: z.enum(FEED_ALIAS_FORMATS, { error: `expected one of ${FEED_ALIAS_FORMATS.join(', ')}` }).optional(),
});

/**
 * One old tag or category page address (core/old-taxonomies/address.ts): its path on the old
 * site and what it is here, a `tag` (its name), a `pillar` (its id) or, for a list of every tag
 * or category (`/categories/`), `list: "tags"`: exactly one of the three.
 */
export const TaxonomyAliasSchema = z
  .looseObject({
    path: z.string({ error: 'expected a path on your old site, e.g. /tag/kubernetes/' }).superRefine((path, ctx) => {
      const problem = aliasProblem(path);
      if (problem) ctx.addIssue({ code: 'custom', message: problem.replace(/e\.g\. \/posts\/my-post\//, 'e.g. /tag/kubernetes/') });
    }),
    tag: z.string({ error: 'expected the name of a tag, e.g. "Kubernetes"' }).trim().min(1, 'a tag must not be empty').optional(),
    pillar: z.string({ error: 'expected a pillar id, e.g. "recipes"' }).optional(),
    /**
     * An old list page (old-taxonomies/address.ts): `"tags"` of every tag or category
     * (`/categories/`), leading to /tags/; `"posts"` of posts (`/archives/`, `/posts/`,
     * `/page/2/`), leading to /archive/; `"home"` the home of a site served from a folder (`/blog/`), leading to /.
     */
    list: z.enum(OLD_LISTS, { error: 'expected "tags" (a list of every tag or category, leading to /tags/), "posts" (a list of posts, leading to /archive/) or "home" (an old home page, leading to /)' }).optional(),
  })
  .superRefine((alias, ctx) => {
    if ([alias.tag, alias.pillar, alias.list].filter((v) => v !== undefined).length !== 1)
      ctx.addIssue({ code: 'custom', message: 'give either "tag" (a tag\'s name) or "pillar" (a pillar id), or "list" ("tags", "posts" or "home") for an old list page: where the old page leads now' });
  });

/** Settings of the built portfolio; keys this version does not know are kept. */
export const PortfolioSettingsSchema = z.looseObject({
  /**
   * Show missed slots on the output heatmap and the "slots kept" and streak figures per channel.
   * Off by default: the public site shows what was published, not what was not.
   */
  showConsistency: z.boolean({ error: 'expected true or false' }).optional(),
  /**
   * What the build does with links in post bodies that lead to no page or file of the built site
   * (src/core/internal-links.ts): `warn` (the default) prints one warning block, `error` prints it
   * and fails the build (dist/ is left as it was), `ignore` checks nothing. The environment's
   * THROUGHLINE_BROKEN_LINKS, when set, wins for that build (CI).
   */
  brokenLinks: z.enum(BROKEN_LINK_MODES, { error: `expected one of ${BROKEN_LINK_MODES.join(', ')}` }).optional(),
  /**
   * The feed addresses of the site this blog moved from (core/old-feeds), which `import` records
   * and an author may add by hand: the build writes the site's feed at each too, so that readers
   * subscribed there keep getting posts. Refused when the build writes another file there.
   */
  feedAliases: z.array(FeedAliasSchema).optional(),
  /**
   * The tag and category page addresses of the site this blog moved from (core/old-taxonomies),
   * which `import` records and an author may add by hand: the build writes a page at each that
   * sends the reader on to the tag's or pillar's page. Refused when the build writes another page there.
   */
  taxonomyAliases: z.array(TaxonomyAliasSchema).optional(),
});


export const PlannerSchema = z
  .looseObject({
    version: z.literal(PLANNER_VERSION, { error: `expected "version": ${PLANNER_VERSION}` }),
    brand: BrandSchema,
    channels: z.array(ChannelSchema).default([]),
    breaks: z.array(BreakSchema).default([]),
    theme: ThemeSettingsSchema.optional(),
    portfolio: PortfolioSettingsSchema.optional(),
  })
  .superRefine(checkReferences);

function checkReferences(planner: z.output<typeof PlannerObject>, ctx: z.RefinementCtx) {
  const pillarIds = new Set(planner.brand.pillars.map((p) => p.id));
  const channelIds = new Set(planner.channels.map((c) => c.id));
  duplicates(planner.brand.pillars.map((p) => p.id)).forEach((id) =>
    ctx.addIssue({ code: 'custom', path: ['brand', 'pillars'], message: `pillar id "${id}" is used twice` }),
  );
  duplicates(planner.channels.map((c) => c.id)).forEach((id) =>
    ctx.addIssue({ code: 'custom', path: ['channels'], message: `channel id "${id}" is used twice` }),
  );
  // Ids name files and folders of the built site (/calendar/<channel>.ics, /pillars/<pillar>/),
  // which macOS and Windows file systems keep as one when the names differ only in case.
  caseTwins(planner.brand.pillars.map((p) => p.id)).forEach(([a, b]) =>
    ctx.addIssue({ code: 'custom', path: ['brand', 'pillars'], message: `pillar ids "${a}" and "${b}" differ only in case: their pages (/pillars/${a}/, /pillars/${b}/) would be one folder on macOS and Windows` }),
  );
  caseTwins(planner.channels.map((c) => c.id)).forEach(([a, b]) =>
    ctx.addIssue({ code: 'custom', path: ['channels'], message: `channel ids "${a}" and "${b}" differ only in case: their calendars (/calendar/${a}.ics, /calendar/${b}.ics) would be one file on macOS and Windows` }),
  );
  checkFormerIds(planner.brand.pillars, ctx);
  checkRetiredIds(planner.brand.pillars, planner.brand.retiredPillars ?? [], ctx);
  planner.channels.forEach((channel, i) =>
    checkChannelCadences(channel).forEach(({ path, message }) =>
      ctx.addIssue({ code: 'custom', path: ['channels', i, ...path], message }),
    ),
  );
  planner.channels.forEach((channel, i) =>
    channel.pillars?.forEach((id, j) => {
      if (!pillarIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['channels', i, 'pillars', j],
          message: `unknown pillar "${id}"; expected one of ${[...pillarIds].join(', ')}`,
        });
    }),
  );
  planner.breaks.forEach((b, i) => {
    if (b.to < b.from)
      ctx.addIssue({ code: 'custom', path: ['breaks', i, 'to'], message: `"to" (${b.to}) is before "from" (${b.from})` });
    // Read as "no channel", an empty list made a break that paused nothing, without a word.
    if (b.channels?.length === 0)
      ctx.addIssue({ code: 'custom', path: ['breaks', i, 'channels'], message: 'an empty list names no channel, so the break would pause nothing; leave "channels" out for every channel, or list channel ids' });
    b.channels?.forEach((id, j) => {
      if (!channelIds.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['breaks', i, 'channels', j],
          message: `unknown channel "${id}"; expected one of ${[...channelIds].join(', ') || '(no channels yet)'}`,
        });
    });
  });
}

/**
 * A former pillar id names the folder /pillars/<former>/ that the build fills with redirects: it
 * may not be a pillar's current id (that pillar's page is there), nor be given twice, nor differ
 * only in case from another id of the brand (one folder on macOS and Windows).
 */
function checkFormerIds(pillars: readonly { id: string; formerIds?: string[] }[], ctx: z.RefinementCtx) {
  const current = new Map(pillars.map((p) => [p.id.toLowerCase(), p.id]));
  const seen = new Map<string, string>();
  pillars.forEach((pillar, i) =>
    pillar.formerIds?.forEach((id, j) => {
      const path = ['brand', 'pillars', i, 'formerIds', j];
      const key = id.toLowerCase();
      const owner = current.get(key);
      if (owner === id) ctx.addIssue({ code: 'custom', path, message: `former id "${id}" is the id of a pillar now: remove it from "formerIds"` });
      else if (owner !== undefined) ctx.addIssue({ code: 'custom', path, message: `former id "${id}" and pillar id "${owner}" differ only in case: /pillars/${id}/ and /pillars/${owner}/ would be one folder on macOS and Windows` });
      else if (seen.get(key) === id) ctx.addIssue({ code: 'custom', path, message: `former id "${id}" is given twice: keep it on one pillar, once` });
      else if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message: `former ids "${seen.get(key)}" and "${id}" differ only in case: /pillars/${id}/ would be one folder on macOS and Windows` });
      else seen.set(key, id);
    }),
  );
}

/**
 * A retired pillar's id (or former id) names the folder /pillars/<id>/ that the build fills with
 * the retired page: it may not be a pillar's id or former id (their pages are there), nor be given
 * twice, also in another letter case (one folder on macOS and Windows).
 */
function checkRetiredIds(pillars: readonly { id: string; formerIds?: string[] }[], retired: readonly { id: string; formerIds?: string[] }[], ctx: z.RefinementCtx) {
  // Lower-cased id -> the id as written, so that a clash in letter case alone is said as such.
  const used = new Map(pillars.flatMap((p) => [p.id, ...(p.formerIds ?? [])]).map((id) => [id.toLowerCase(), id]));
  const seen = new Map<string, string>();
  retired.forEach((entry, i) =>
    [entry.id, ...(entry.formerIds ?? [])].forEach((id, j) => {
      const path = j === 0 ? ['brand', 'retiredPillars', i, 'id'] : ['brand', 'retiredPillars', i, 'formerIds', j - 1];
      const key = id.toLowerCase();
      const owner = used.get(key);
      const twin = seen.get(key);
      if (owner === id) ctx.addIssue({ code: 'custom', path, message: `retired pillar id "${id}" is a pillar's id or former id now: remove it from "retiredPillars"` });
      else if (owner !== undefined) ctx.addIssue({ code: 'custom', path, message: `retired pillar id "${id}" and pillar id "${owner}" differ only in case: /pillars/${id}/ and /pillars/${owner}/ would be one folder on macOS and Windows; remove it from "retiredPillars"` });
      else if (twin === id) ctx.addIssue({ code: 'custom', path, message: `retired pillar id "${id}" is given twice: keep it once in "retiredPillars"` });
      else if (twin !== undefined) ctx.addIssue({ code: 'custom', path, message: `retired pillar ids "${twin}" and "${id}" differ only in case: /pillars/${id}/ would be one folder on macOS and Windows; keep one in "retiredPillars"` });
      else seen.set(key, id);
    }),
  );
}

// Only for the refinement's parameter type: the object before the refinement.
const PlannerObject = z.object({
  brand: BrandSchema,
  channels: z.array(ChannelSchema),
  breaks: z.array(BreakSchema),
});

function duplicates(ids: string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

/** Pairs of distinct ids that are one name without case and Unicode form (LH and lh), the first of each spelling. */
function caseTwins(ids: string[]): [string, string][] {
  const first = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (const id of new Set(ids)) {
    const key = id.normalize('NFC').toLowerCase();
    const seen = first.get(key);
    if (seen === undefined) first.set(key, id);
    else pairs.push([seen, id]);
  }
  return pairs;
}


export type Planner = z.output<typeof PlannerSchema>;
export type PlannerInput = z.input<typeof PlannerSchema>;
export type Brand = z.output<typeof BrandSchema>;
export type Pillar = z.output<typeof PillarSchema>;
export type Channel = z.output<typeof ChannelSchema>;
export type Break = z.output<typeof BreakSchema>;
export type PortfolioSettings = z.output<typeof PortfolioSettingsSchema>;
export type CadencePeriod = z.output<typeof CadencePeriodSchema>;
export type Platform = (typeof PLATFORMS)[number];
