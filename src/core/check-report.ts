/**
 * The report behind `check --json` (shared/interfaces.md §3) without the theme's scorer: its
 * types, the posts' results the caches keep (lookUpThemes), every other flag and the channels'
 * figures (assembleCheckReport). check.ts adds the scorer (buildCheckReport); a check whose
 * results are all kept loads none of it (buildCheckReportLazily): ~25 modules, ~33 ms of a
 * ~0.5 s check of 2,000 posts (tests/bench/HISTORY.md).
 */
import { flagUnknownAccepted, type UnknownAcceptedFlag } from './accepted-flags.ts';
import { flagUnknownPlannerKeys, type UnknownKeyFlag } from './unknown-keys.ts';
import { flagNoSubjectPillar, type NoSubjectPillarFlag } from './theme/form-flags.ts';
import { flagsOfKeywordReads, keptRead, type KeywordFlag, type KeywordRead } from './theme/keyword-reads.ts';
import { flagChannel, type ChannelFlag } from './channel-flags.ts';
import { languageWithoutProse, type Lang } from './language.ts';
import { flagWaitingPosts, publicFrom, type WaitingFlag } from './portfolio.ts';
import { isCopy } from './copies.ts';
import { createPostZoner } from './period-zones.ts';
import { flagOffSlotPosts, flagUnplannedScheduled, type OffSlotFlag, type UnplannedScheduledFlag } from './plan-flags.ts';
import { flagSlotOverPosts, type SlotOverFlag } from './slot-over.ts';
import { flagTemplateTags, type TemplateTagFlag } from './template-tags.ts';
import { flagSpacedAddresses, type SpacedAddressFlag } from './spaced-addresses.ts';
import { flagAliasConflicts, type AliasConflictFlag } from './alias-conflicts.ts';
import { flagDateConflicts, type DateConflictFlag } from './date-conflicts.ts';
import { findUnshownUpdates, flagUnshownUpdates, type UpdateNotShownFlag } from './update-stamps.ts';
import { flagUnreadTags, type UnreadTagsFlag } from './custom-tags.ts';
import { flagDraftAddresses, type DraftAddressFlag } from './draft-address.ts';
import { flagPostIds, type PostIdFlag } from './post-id-flag.ts';
import { flagAliasCase, type AliasCaseFlag } from './redirects/alias-case.ts';
import { flagLangMismatch, type LangMismatchFlag } from './lang-mismatch.ts';
import { flagMissingSiteImages, type MissingImageFlag, type MissingSiteImages } from './site-images.ts';
import { flagUnresolvedDraftImports, type UnresolvedDraftImport, type UnresolvedImportFlag } from './draft-imports.ts';
import type { Planner } from './schema/planner.ts';
import type { Post, PostStatus } from './schema/post.ts';
import { computePlannerChannelStats } from './channel-stats.ts';
import type { PeriodSlotCache } from './slots.ts';
import type { InstantStyle } from './slot-time.ts';
import type { ChannelStats } from './streaks.ts';
import { stageSizes, type ModelSnapshot } from './theme/stages.ts';
import type { BagStore, Calibration } from './theme/calibrate.ts';
import { themeView } from './theme/boilerplate.ts';
import { useBrandWords } from './theme/brand-words.ts';
import { flagTheme, type ThemeFlag } from './theme/flags.ts';
import type { PostTerms } from './theme/post-terms.ts';
import type { ThemeResult } from './theme/score.ts';

export type Severity = 'error' | 'warning' | 'info';
export type Flag = ChannelFlag | ThemeFlag | WaitingFlag | TooLargeFlag | EmptyPostFlag | OffSlotFlag | UnplannedScheduledFlag | SlotOverFlag | TemplateTagFlag | SpacedAddressFlag | MissingImageFlag | UnknownAcceptedFlag | UnresolvedImportFlag | DateConflictFlag | UpdateNotShownFlag | UnreadTagsFlag | AliasConflictFlag | KeywordFlag | NoSubjectPillarFlag | DraftAddressFlag | PostIdFlag | AliasCaseFlag | LangMismatchFlag | UnknownKeyFlag;

/**
 * Bodies longer than this many characters (about 2 MB of text) are not scored, previewed or
 * taken as theme evidence: a 30 MB paste would otherwise cost seconds on every studio page.
 */
export const MAX_SCORED_CHARS = 2_000_000;

export interface TooLargeFlag {
  kind: 'too-large';
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
}

/** True when a body is too long to score (see MAX_SCORED_CHARS). */
export function isTooLarge(body: string): boolean {
  return body.length > MAX_SCORED_CHARS;
}

function flagTooLarge(post: Post, lang: Lang): TooLargeFlag {
  const size = (post.body.length / 1e6).toFixed(1);
  const limit = MAX_SCORED_CHARS / 1e6;
  return {
    kind: 'too-large',
    severity: 'warning',
    post: post.id,
    file: post.file,
    message:
      lang === 'zh'
        ? `正文有 ${size} 百万字符，超过 ${limit} 百万的上限：不评分，也不预览`
        : `the body is ${size} million characters, over the limit of ${limit} million: not scored or previewed`,
    hint:
      lang === 'zh'
        ? '请拆成几篇文章，或把大块数据（粘贴的图片、日志）移出正文'
        : 'split it into several posts, or move large data (pasted images, logs) out of the text',
  };
}

export interface EmptyPostFlag {
  kind: 'empty-post';
  severity: 'warning';
  post: string;
  file: string;
  message: string;
  hint: string;
}

/**
 * A published post with no text (an empty file, or frontmatter alone): its page on the portfolio
 * shows only its title, in the feeds too. An import of a real blog brought in 9 such stubs.
 */
function flagEmptyPost(post: Post, lang: Lang, inStudio: boolean): EmptyPostFlag {
  return {
    kind: 'empty-post',
    severity: 'warning',
    post: post.id,
    file: post.file,
    message: lang === 'zh' ? '已发布但没有正文：作品集和订阅源里它只有标题' : 'is published with no text: on the portfolio and in the feeds it is a title alone',
    // In the studio, the editor's Status field sets it (DRAFTS_TEXT drafts.status, status.draft).
    hint: inStudio
      ? lang === 'zh' ? '写上正文，或在有内容之前在它的编辑页把“状态”改为“草稿”' : 'write it, or set "Status" to draft in its editor until it has text'
      : lang === 'zh' ? '写上正文，或在有内容之前把 status 改为 draft' : 'write it, or set status: draft until it has text',
  };
}

export interface CheckedPost {
  id: string;
  file: string;
  title: string;
  status: PostStatus;
  channel: string;
  pillar: string | null;
  plannedFor: string | null;
  publishedAt: string | null;
  /**
   * The instant a published post goes (or went) public, ISO 8601 UTC: `publishedAt` read in its
   * channel's zone (shared/interfaces.md §2), so a script need not know the zone a date-only or
   * offset-less `publishedAt` is read in; null when it is not published. An extra of the contract.
   */
  publicFrom: string | null;
  /** A copy's original (`copyOf`, core/copies.ts), only on a copy. An extra of the contract. */
  copyOf?: string;
  theme: ThemeResult | null;
}

export interface CheckReport {
  now: string;
  posts: CheckedPost[];
  channels: ChannelStats[];
  flags: Flag[];
}

// In a module of its own: the posts loader (src/content.config.ts) and the card list need only
// this, not the theme model that the rest of check.ts brings into Vite's module graph.
export { findReferenceErrors } from './reference-errors.ts';

/**
 * Theme results kept between runs (src/store/theme-results-cache.ts): `results(modelInputs,
 * stageInputs)` are those stored for a model built from exactly these inputs (a string: brand,
 * threshold, evidence keys), by post key (ThemeCache.keyOf); `stages(postKey)` the post's stored
 * score against each growth stage whose inputs (stageInputs[i]: brand and the stage's evidence
 * keys) are those of a stage it was scored against before, NaN for the others (a fresh array the
 * scorer fills in, then hands to `set`). `calibrationInputs` names the full model's calibrations
 * (its inputs without the threshold): with stageInputs, the owners whose stored calibrations
 * are still good.
 */
export interface ThemeResultStore {
  results(modelInputs: string, stageInputs: string[], calibrationInputs?: string): {
    get(postKey: string): ThemeResult | undefined;
    stages(postKey: string): Float64Array;
    set(postKey: string, result: ThemeResult, stages: Float64Array): void;
    /** Calibrations by a key naming their model's (or stage's) inputs (model.ts CalibrationCache). */
    calibrations?: { get(key: string): Calibration | undefined; set(key: string, calibration: Calibration): void };
    /** The general-language bags of calibrate.ts, kept between runs (a function of the code alone). */
    bags?: BagStore;
    /** The full model of these inputs as last built (model.ts snapshotModel), and where to keep this run's. */
    snapshot?: { get(): ModelSnapshot | undefined; set(snapshot: ModelSnapshot): void };
  };
  /**
   * How the theme reads each pillar keyword (keyword-flags.ts readKeyword), by the keyword: a
   * function of the keyword and the theme's code and data alone, kept so that a check whose
   * results are all cached loads neither the general-language tables nor the stopword lists.
   */
  keywordReads?: { get(keyword: string): KeywordRead | undefined; set(keyword: string, read: KeywordRead): void };
}

/**
 * With `keyOf` (a post's content key: equal keys read as equal terms, theme-term-cache.ts) and
 * `store`, a post whose result is stored for the same model is not scored again, and the model
 * is built only when some post is.
 */
export interface ThemeCache { keyOf(post: Post): string; store: ThemeResultStore }

/**
 * The input of buildCheckReport. `termsOf` reads a post into theme terms (default: readPostTerms); a long-running caller such
 * as the studio passes a cached one so that only edited posts are read again. `lang` is the
 * language of every flag's `message` and `hint` (default English). `themeCache`: see ThemeCache;
 * the report is the same with or without it. `slotCache`: the channels' slots kept between runs
 * (store/slot-cache.ts), same report too. `missingSiteImages`: the published posts' body images
 * whose site paths public/ lacks (store/body-images.ts findMissingSiteImages), each a warning.
 * `readableTimes`: messages write instants as people read them ("2026-12-08 09:00 +08:00",
 * core/slot-time.ts), for text output; without it, as ISO 8601, which `check --json` keeps.
 */
export interface CheckInput {
  planner: Planner;
  posts: Post[];
  now: number;
  termsOf?: (post: Post) => PostTerms;
  lang?: Lang;
  themeCache?: ThemeCache;
  slotCache?: PeriodSlotCache;
  missingSiteImages?: readonly MissingSiteImages[];
  /** The imports of .mdx posts not published yet that name nothing (store/mdx-imports.ts findUnpublishedMdxImports), each a warning. */
  unpublishedImports?: readonly UnresolvedDraftImport[];
  readableTimes?: boolean;
  /**
   * The report is read in the studio: hints name the control that does the fix, by the label the
   * page shows (the editor's buttons and fields, the plan's Move to, Plan a post and Declare a
   * break, the Brand page's), where `check` and the build name the file or field to edit.
   */
  inStudio?: boolean;
  /**
   * Which posts to score against the theme (all when absent); the others report `theme: null`
   * and raise no theme flag. The build's check prints only warnings, and a published post's
   * theme raises none (pillar-mismatch is info): it scores the posts not yet published, so a
   * build with every post's result cached, or with no draft, builds no model at all.
   */
  scoreTheme?: (post: Post) => boolean;
}

/**
 * A post's theme as the caches answer it, before any scoring: `theme` null when the post is not
 * scored (too large, empty, not wanted), its kept result, or undefined while it is still to be
 * scored (check.ts scoreLookedUp fills it in). `post` is the post as the theme reads it (without
 * its channel's template text), `original` the post itself.
 */
export interface LookedUpTheme { post: Post; original: Post; language?: 'en' | 'zh'; key?: string; theme: ThemeResult | null | undefined }

/**
 * The posts' kept results (lookUpThemes): `unscored` counts the posts still to be scored; the
 * model's inputs and the store's results of them, for the scorer.
 */
export interface ThemeLookup {
  planner: Planner;
  /** Every post as the theme reads it (themeView), in the posts' order. */
  view: Post[];
  entries: LookedUpTheme[];
  unscored: number;
  inputs?: { model: string; calibration: string; stages: string[] };
  stored?: ReturnType<ThemeResultStore['results']>;
}

/**
 * Each post's kept result, without scoring any (with no `cache`, every post wanted is to be
 * scored). Keys each post as the theme reads it; a result depends on the post's `lang` too, which
 * its content key leaves out. `wanted`: CheckInput's `scoreTheme`.
 */
export function lookUpThemes(planner: Planner, posts: Post[], cache?: ThemeCache, wanted: (post: Post) => boolean = () => true): ThemeLookup {
  // Before any post is keyed or read (themeBrand).
  themeBrand(planner);
  // Every post is read, keyed and scored without its channel's template text; results go to the post itself.
  const view = themeView(posts) as Post[];
  const inputs = cache && modelKeyOf(planner, view, cache.keyOf);
  const stored = cache && inputs ? cache.store.results(inputs.model, inputs.stages, inputs.calibration) : undefined;
  let unscored = 0;
  const entries = view.map((post, i): LookedUpTheme => {
    const original = posts[i]!;
    if (isTooLarge(original.body) || !post.body.trim() || !wanted(original)) return { post, original, theme: null };
    // A body with no prose (only code) has no words to tell its language: its `lang` does.
    const language = languageWithoutProse(post.data.lang, post.body);
    const content = cache?.keyOf(post);
    const key = content === undefined || language === undefined ? content : `${content}\0lang:${language}`;
    const theme = key === undefined ? undefined : stored?.get(key);
    if (!theme) unscored++;
    return { post, original, language, key, theme };
  });
  return { planner, view, entries, unscored, inputs, stored };
}

/**
 * The report of `input` whose posts' results are all in `lookup` (none undefined: scored or
 * kept). `readKeyword` reads a pillar keyword the store does not keep (keyword-flags.ts); only
 * a store that keeps every keyword's read can do without it.
 */
export function assembleCheckReport(input: CheckInput, lookup: ThemeLookup, readKeyword?: (keyword: string) => KeywordRead): CheckReport {
  const { planner, posts, now } = input;
  const lang = input.lang ?? 'en';
  const inStudio = input.inStudio === true;
  const style: InstantStyle = input.readableTimes ? { brandZone: planner.brand.timezone } : null;
  // A slot of a period kept in another zone (history[].timezone) is named in that zone.
  const periodZone = createPostZoner(planner);
  const themed = withVerdicts(lookup, posts);
  // The off-slot flags first: they ask the slot cache for the longest horizon (a year past the
  // latest plannedFor), so the channels' figures are then served from what they expanded and a
  // first run expands each cadence period once, not twice. Only the work depends on this order:
  // the cache never shortens an entry (store/slot-cache.ts), so the longest horizon is kept either way.
  const offSlot = flagOffSlotPosts({ planner, posts, now, lang, slotCache: input.slotCache, inStudio });
  const channels = computePlannerChannelStats(planner, posts, now, input.slotCache);
  // The pillars a post can be tied to by its words: a pillar of a form is not one (formPillarIds).
  const pillarNames = subjectPillarNames(planner);
  const formPillars = formPillarIds(planner).size > 0;
  const flags: Flag[] = [
    // First: a key of planner.json read as no field (a typo) can be the cause of the flags below.
    ...flagUnknownPlannerKeys(planner, lang),
    // A copy (copyOf) is its original's piece: judged once, on the original.
    ...themed.flatMap(({ post, theme }) => (theme && !isCopy(post) ? flagTheme({ id: post.id, file: post.file, status: post.data.status, pillar: post.data.pillar }, theme, pillarNames, lang, { formPillars, inStudio }) : [])),
    ...channels.flatMap(({ channel, zone, stats }) => flagChannel(stats, channel.name, now, zone, lang, style, (date) => periodZone(channel.id, date), inStudio)),
    ...flagWaitingPosts(planner, posts, now, lang, style),
    ...posts.filter((p) => isTooLarge(p.body)).map((p) => flagTooLarge(p, lang)),
    // A copy's text is its original's: it may hold none of its own.
    ...posts.filter((p) => p.data.status === 'published' && p.body.trim() === '' && !isCopy(p)).map((p) => flagEmptyPost(p, lang, inStudio)),
    ...flagPostIds(posts, lang),
    ...flagDraftAddresses(posts, lang, inStudio),
    ...flagAliasCase(posts, lang, inStudio),
    ...flagTemplateTags(posts.filter((p) => !isTooLarge(p.body)), lang),
    ...flagSpacedAddresses(posts.filter((p) => !isTooLarge(p.body)), lang),
    ...flagDateConflicts(planner, posts, lang),
    // Among the posts the portfolio shows, as the site counts a bulk stamp (pages/_lib/site-data.ts).
    ...flagUnshownUpdates(findUnshownUpdates(posts.filter((p) => p.data.status === 'published'), periodZone), lang),
    ...flagLangMismatch(posts, lang),
    ...flagUnreadTags(posts, lang),
    ...flagAliasConflicts(posts, lang),
    ...flagMissingSiteImages(input.missingSiteImages ?? [], lang),
    ...flagUnresolvedDraftImports(input.unpublishedImports ?? [], lang),
    ...offSlot,
    ...flagUnplannedScheduled({ planner, posts, now, lang, inStudio }),
    ...flagSlotOverPosts({ planner, posts, now, figures: channels, offSlot: new Set(offSlot.map((f) => f.post)), lang, inStudio }),
    ...flagUnknownAccepted(planner, posts, lang),
    ...flagKeywordsRead(planner, lang, input.themeCache?.store.keywordReads, readKeyword, inStudio),
    ...flagNoSubjectPillar(planner.brand.pillars, lang, inStudio),
  ];
  const zoneOf = createPostZoner(planner);
  const instant = (post: Post) => {
    const from = publicFrom(post, planner, zoneOf);
    return from === null || Number.isNaN(from) ? null : new Date(from).toISOString();
  };
  return {
    now: new Date(now).toISOString(),
    posts: themed.map(({ post, theme }) => ({
      id: post.id,
      file: post.file,
      title: post.data.title,
      status: post.data.status,
      channel: post.data.channel,
      pillar: post.data.pillar ?? null,
      plannedFor: post.data.plannedFor ?? null,
      publishedAt: post.data.publishedAt ?? null,
      publicFrom: instant(post),
      ...(post.data.copyOf !== undefined && { copyOf: post.data.copyOf }),
      theme,
    })),
    channels: channels.map(({ stats }) => stats),
    flags,
  };
}


/** keyword-flags.ts flagKeywords, each keyword's read kept by `reads` or made by `readKeyword`. */
function flagKeywordsRead(planner: Planner, lang: Lang, reads: ThemeResultStore['keywordReads'], readKeyword: ((keyword: string) => KeywordRead) | undefined, inStudio: boolean): KeywordFlag[] {
  const read = (keyword: string): KeywordRead => {
    if (!readKeyword) throw new Error(`[check] the read of keyword "${keyword}" is not kept: build the report with keyword-flags.ts readKeyword`);
    return readKeyword(keyword);
  };
  return planner.brand.pillars.flatMap((pillar, i) => flagsOfKeywordReads(pillar.keywords, i, lang, (keyword) => keptRead(keyword, reads, read), inStudio));
}

/**
 * Whether `reads` keeps the read of every pillar keyword. Stops at the first it lacks, so that
 * the keywords it asked keep the order in which the flags ask them all (the store writes them so).
 */
export function keepsEveryKeywordRead(planner: Planner, reads: ThemeResultStore['keywordReads']): boolean {
  return reads !== undefined && planner.brand.pillars.every((p) => p.keywords.every((k) => reads.get(k) !== undefined));
}

/**
 * Each post with its theme as reported: the author's "on theme after all" overrides the
 * threshold, the score staying as measured; so does a declared pillar defined by its form
 * (stories, poems), after the cache, since the result is the reading of the post's words and
 * the pillar is the frontmatter's.
 */
function withVerdicts(lookup: ThemeLookup, posts: Post[]): { post: Post; theme: ThemeResult | null }[] {
  const accepted = acceptedOnTheme(lookup.planner, posts);
  const forms = formPillarIds(lookup.planner);
  return lookup.entries.map(({ post, original, theme }) => {
    if (theme === null) return { post: original, theme: null };
    if (theme === undefined) throw new Error(`[check] ${original.file}: the post's theme was never scored (check.ts scoreLookedUp)`);
    const judged = forms.has(original.data.pillar ?? '') ? byForm(theme) : theme;
    return { post: original, theme: accepted.has(post.id) ? { ...judged, onTheme: true, accepted: true } : judged };
  });
}

/**
 * buildCheckReport (check.ts), loading the theme's scorer only when a post's result or a keyword's
 * read is not kept by `input.themeCache`: a check in which nothing changed loads none of its
 * modules. `loadTermsOf` gives the reader of posts' terms on first need (a term cache whose
 * module is as heavy: store/theme-term-cache.ts); `termsOf` comes first. Same report as
 * buildCheckReport.
 */
export async function buildCheckReportLazily(input: CheckInput & { loadTermsOf?: () => Promise<(post: Post) => PostTerms> }): Promise<CheckReport> {
  const lookup = lookUpThemes(input.planner, input.posts, input.themeCache, input.scoreTheme);
  const keywords = keepsEveryKeywordRead(input.planner, input.themeCache?.store.keywordReads);
  if (lookup.unscored === 0 && keywords) return assembleCheckReport(input, lookup);
  const scorer = await import('./check.ts');
  if (lookup.unscored > 0) scorer.scoreLookedUp(lookup, input.termsOf ?? (await input.loadTermsOf?.()) ?? scorer.readTermsOf);
  return assembleCheckReport(input, lookup, scorer.readKeyword);
}

/**
 * Everything the model is built from (buildPlannerThemeModel) as one string: the brand, the
 * threshold, and each evidence post's content key and pillar in order. Equal strings, equal
 * models (given the same code: the results cache's file name carries a hash of it).
 */
export function modelKeyOf(planner: Planner, posts: Post[], keyOf: (post: Post) => string): { model: string; calibration: string; stages: string[] } {
  const evidence = themeEvidenceInOrder(planner, posts).map((p) => [keyOf(p), p.data.pillar ?? null]);
  // A growth stage is the model of the first k posts: the same brand, threshold and first k give
  // the same stage, whatever was published after them. The threshold is one of its inputs: a stage
  // reads a pillar with no posts of its own as day one does, at the share the threshold sets
  // (score.ts dayOneShare), so a draft's stored score against it holds for that threshold only.
  const brand = JSON.stringify(planner.brand);
  const threshold = planner.theme?.threshold ?? null;
  return {
    model: JSON.stringify([planner.brand, threshold, evidence]),
    calibration: `${brand}\0${JSON.stringify(evidence)}`,
    stages: stageSizes(evidence.length).map((k) => `${brand}\0${threshold}\0${JSON.stringify(evidence.slice(0, k))}`),
  };
}

/**
 * The ids accepted as on theme: `theme.acceptedOnTheme`, and every post sharing a
 * `translationKey` with one of them (the same post in another language: accepting one version
 * accepts the others; before, the Chinese version of an accepted draft stayed flagged).
 */
export function acceptedOnTheme(planner: Planner, posts: readonly Post[]): Set<string> {
  const accepted = new Set(planner.theme?.acceptedOnTheme ?? []);
  const keys = new Set(posts.flatMap((p) => (accepted.has(p.id) && p.data.translationKey !== undefined ? [p.data.translationKey] : [])));
  if (keys.size > 0) for (const p of posts) if (p.data.translationKey !== undefined && keys.has(p.data.translationKey)) accepted.add(p.id);
  return accepted;
}

/**
 * The theme model's evidence posts (published, or accepted as on theme; not a copy; not too large) in
 * publication order: `publishedAt` read in each post's channel zone (shared/interfaces.md §2),
 * never the machine's; accepted drafts last; ties by id.
 */
export function themeEvidenceInOrder(planner: Planner, posts: Post[]): Post[] {
  const accepted = acceptedOnTheme(planner, posts);
  // A story or a poem (a post of a pillar defined by its form) says nothing of the brand's
  // subjects: as evidence, its own words (宙斯, 擂台) would read as on theme.
  const forms = formPillarIds(planner);
  const zoneOf = createPostZoner(planner);
  // A copy (copyOf) repeats its original's words: read twice, the piece would weigh double.
  return posts
    .filter((p) => (p.data.status === 'published' || accepted.has(p.id)) && !isCopy(p) && !isTooLarge(p.body) && !forms.has(p.data.pillar ?? ''))
    .map((p) => ({ post: p, at: publicFrom(p, planner, zoneOf) ?? Infinity }))
    .sort((a, b) => a.at - b.at || (a.post.id < b.post.id ? -1 : 1))
    .map(({ post }) => post);
}

/** The ids of the pillars defined by their form (`form: true`: stories, poems, book notes). */
export function formPillarIds(planner: Planner): Set<string> {
  return new Set(planner.brand.pillars.filter((p) => p.form === true).map((p) => p.id));
}

/**
 * The brand as the theme reads it: without its pillars of a form. Their names, descriptions and
 * keywords say what form a post takes, not what it is about: read as subject words, a pillar
 * "Kitchen stories" carried "New kitchen cabinets arrived today" to 0.999 on a running brand
 * (trial on real blogs). A brand whose pillars are all of a form keeps its label, audience and
 * strengths.
 */
export function subjectBrand(planner: Planner): Planner['brand'] {
  const forms = formPillarIds(planner);
  return forms.size === 0 ? planner.brand : { ...planner.brand, pillars: planner.brand.pillars.filter((p) => !forms.has(p.id)) };
}

/**
 * The brand as the theme reads it (subjectBrand), its words made segmentation's user dictionary
 * (brand-words.ts useBrandWords: they decide how its Chinese is cut, for every post and draft
 * from now on). The one entry of every path that keys, reads or scores posts on a planner's model
 * (lookUpThemes, buildPlannerThemeModel, check.ts restoreOrBuildModel, the studio's model):
 * called before any post is keyed, since the term cache's keys (store/theme-term-keys.ts) and the
 * studio's terms cache carry the dictionary (chinese.ts userWordsKey) they were made under.
 */
export function themeBrand(planner: Planner): Planner['brand'] {
  const brand = subjectBrand(planner);
  useBrandWords(brand);
  return brand;
}

/** Pillar id -> name of the pillars a post's words can tie it to (subjectBrand's). */
export function subjectPillarNames(planner: Planner): Record<string, string> {
  return Object.fromEntries(subjectBrand(planner).pillars.map((p) => [p.id, p.name]));
}

/** A result for a post that declares a pillar defined by its form: on theme, marked so, its score its reading. */
export function byForm(theme: ThemeResult): ThemeResult {
  return { ...theme, onTheme: true, byForm: true };
}

/** Exit code for a report: 1 when a flag reaches `failOn` severity. */
export function exitCodeFor(flags: Flag[], failOn: Severity): 0 | 1 {
  const rank: Record<string, number> = { info: 0, warning: 1, error: 2 };
  return flags.some((f) => rank[f.severity]! >= rank[failOn]!) ? 1 : 0;
}
