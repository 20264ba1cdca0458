/**
 * What studio pages read on every request (so an edit on disk shows up at once): the planner,
 * the posts that parse (and the files that do not), the check report, and the theme model.
 * Reading posts into theme terms is the costly part, so the dev server keeps the terms of
 * each post text it has read: a request re-reads only the posts whose text changed.
 */
import { buildCheckReport, buildPlannerThemeModel, byForm, formPillarIds, subjectPillarNames, isTooLarge, readTermsOf, type CheckReport } from '../../core/check.ts';
import { templateOf, withoutBoilerplate } from '../../core/theme/boilerplate.ts';
import { acceptedOnTheme } from '../../core/check-report.ts';
import { CHANNELS_TEXT } from '../channels/strings.ts';
import { DASHBOARD_TEXT } from '../dashboard/strings.ts';
import { PLAN_TEXT } from '../plan/strings.ts';
import { MANAGE_TEXT } from './manage-strings.ts';
import type { ThroughlineError } from '../../core/errors.ts';
import { languageWithoutProse, type Lang } from '../../core/language.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { flagTheme, formatOfFile, scoreTheme, type PostTerms, type ThemeFlag, type ThemeResult } from '../../core/theme/index.ts';
import { readStudioProject } from './plan-store.ts';
import { fileFlagInputs } from '../../store/file-flags.ts';
import { createTranslator } from './i18n.ts';

export interface StudioData {
  planner: Planner;
  posts: Post[];
  problems: ThroughlineError[];
  report: CheckReport;
}

// While no post file changed, readStudioProject returns the same posts array: the check report
// and the theme model are kept per array (and per planner text; the report per minute of `now`,
// the finest unit any flag reads), so a warm page or live score does not rebuild them.
const reports = new WeakMap<Post[], { key: string; report: CheckReport }>();
const models = new WeakMap<Post[], { key: string; model: ReturnType<typeof buildPlannerThemeModel> }>();

/** `lang`: the language of the report's flag messages (the studio's cookie language). */
export async function loadStudioData(root: string, now = Date.now(), lang: Lang = 'en'): Promise<StudioData> {
  const data = await readStudioProject(root);
  const files = await fileFlagInputs(root, data.planner, data.posts, now);
  const key = `${lang}|${Math.floor(now / 60_000)}|${JSON.stringify(data.planner)}|${JSON.stringify(files)}`;
  let kept = reports.get(data.posts);
  if (kept?.key !== key) {
    kept = { key, report: buildCheckReport({ planner: data.planner, posts: data.posts, now, termsOf: cachedTermsOf, lang, readableTimes: true, ...files }) };
    reports.set(data.posts, kept);
  }
  return { ...data, report: kept.report };
}

function themeModelOf(planner: Planner, posts: Post[]): ReturnType<typeof buildPlannerThemeModel> {
  const key = JSON.stringify(planner);
  let kept = models.get(posts);
  if (kept?.key !== key) {
    kept = { key, model: buildPlannerThemeModel(planner, posts, cachedTermsOf) };
    models.set(posts, kept);
  }
  return kept.model;
}

// Keyed by the file type and the text itself (a .md and an .mdx body read differently), so an edit (in the studio or any editor) is a new entry.
const TERMS_CACHE_LIMIT = 20_000;
const termsCache = new Map<string, PostTerms>();

export function cachedTermsOf(post: Post): PostTerms {
  const key = `${formatOfFile(post.file)}\u0000${post.data.title}\u0000${post.body}`;
  let terms = termsCache.get(key);
  if (!terms) {
    terms = readTermsOf(post);
    if (termsCache.size >= TERMS_CACHE_LIMIT) termsCache.clear();
    termsCache.set(key, terms);
  }
  return terms;
}

/**
 * Flags the editor's live score makes itself. The plan's flags on the post (off-slot, slot-over)
 * are listed too, as the dashboard lists them: the panel above the form has their Move to.
 */
const NOT_FILE_FLAGS = new Set(['off-theme', 'pillar-mismatch']);

/**
 * The flags `check` raises on the saved file of post `id` besides its theme's (an empty published
 * post, a missing image, a template tag left in …), labelled in `lang`: the editor lists them
 * with the live theme flags, so its list never says "No flags." while the dashboard shows one.
 */
export async function savedFileFlags(root: string, id: string, lang: Lang): Promise<{ kind: string; label: string; message: string }[]> {
  const { report } = await loadStudioData(root, Date.now(), lang);
  const t = createTranslator(lang, CHANNELS_TEXT, PLAN_TEXT, DASHBOARD_TEXT, MANAGE_TEXT);
  return report.flags
    .filter((f) => 'post' in f && f.post === id && !NOT_FILE_FLAGS.has(f.kind))
    .map((f) => ({ kind: f.kind, label: t(`flag.${f.kind}`), message: f.message }));
}

/** Scores text being edited, with the flags it would raise (message and `label` in `lang`), for the editor's live panel. */
export function scoreDraft(
  planner: Planner,
  posts: Post[],
  draft: { id: string; title: string; body: string; status: string; pillar?: string },
  lang: Lang = 'en',
): { theme: ThemeResult | null; flags: (ThemeFlag & { label: string })[] } {
  if (!draft.body.trim() || isTooLarge(draft.body)) return { theme: null, flags: [] };
  // Read without its channel's template text, as check reads it (theme/boilerplate.ts).
  const savedPost = posts.find((p) => p.id === draft.id);
  const saved = savedPost?.data;
  const channel = saved?.channel;
  const body = withoutBoilerplate(draft.body, channel === undefined ? undefined : templateOf(posts).get(channel));
  // A body of code alone is judged in the post's `lang`, as check judges it.
  let theme = body.trim() ? scoreTheme(themeModelOf(planner, posts), { title: draft.title, body, format: formatOfFile(savedPost?.file ?? ''), language: languageWithoutProse(saved?.lang, body) }) : null;
  if (!theme) return { theme: null, flags: [] };
  // A draft declaring a pillar defined by its form (stories, poems) is on theme, as check says.
  if (draft.pillar && formPillarIds(planner).has(draft.pillar)) theme = byForm(theme);
  // One the author marked "on theme after all" is never flagged, as check says (withVerdicts).
  if (acceptedOnTheme(planner, posts).has(draft.id)) theme = { ...theme, onTheme: true, accepted: true };
  const names = subjectPillarNames(planner);
  const file = posts.find((p) => p.id === draft.id)?.file ?? '';
  const t = createTranslator(lang, CHANNELS_TEXT, PLAN_TEXT, DASHBOARD_TEXT);
  // Core writes the message and hint in `lang` already.
  const flags = flagTheme({ id: draft.id, file, status: draft.status, pillar: draft.pillar || undefined }, theme, names, lang, { formPillars: formPillarIds(planner).size > 0 });
  return { theme, flags: flags.map((f) => ({ ...f, label: t(`flag.${f.kind}`) })) };
}
