/**
 * What studio pages read on every request (so an edit on disk shows up at once): the planner,
 * the posts that parse (and the files that do not), the check report, and the theme model.
 * Reading posts into theme terms and scoring them is the costly part, so the dev server keeps
 * the terms of each post text it has read, and each post's theme result by its content and the
 * model's inputs (withThemeCache: the results `check` keeps, store/theme-results-cache.ts): a
 * report after a post changed scores only the posts whose result depends on the change.
 */
import { buildCheckReport, byForm, formPillarIds, modelKeyOf, subjectPillarNames, isTooLarge, readTermsOf, restoreOrBuildModel, type CheckInput, type CheckReport } from '../../core/check.ts';
import { templateOf, themeView, withoutBoilerplate } from '../../core/theme/boilerplate.ts';
import { acceptedOnTheme, themeBrand } from '../../core/check-report.ts';
import { userWordsKey } from '../../core/theme/chinese.ts';
import { CHANNELS_TEXT } from '../channels/strings.ts';
import { DASHBOARD_TEXT } from '../dashboard/strings.ts';
import { PLAN_TEXT } from '../plan/strings.ts';
import { MANAGE_TEXT } from './manage-strings.ts';
import type { ThroughlineError } from '../../core/errors.ts';
import { languageWithoutProse, type Lang } from '../../core/language.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { flagTheme, formatOfFile, scoreTheme, type PostTerms, type ThemeFlag, type ThemeModel, type ThemeResult } from '../../core/theme/index.ts';
import { readStudioProject } from './plan-store.ts';
import { fileFlagInputs } from '../../store/file-flags.ts';
import { openThemeResults } from '../../store/theme-results-cache.ts';
import { openTermKeys, type TermKeys } from '../../store/theme-term-keys.ts';
import { createTranslator } from './i18n.ts';
import { localeLang, type StudioLocale } from './locale.ts';
import { flagInScript, ownWords } from './traditional.ts';
import { studioRoot } from './root.ts';

export interface StudioData {
  planner: Planner;
  posts: Post[];
  problems: ThroughlineError[];
  report: CheckReport;
}

// While no post file changed, readStudioProject returns the same posts array: the check report
// is kept per array (and per planner text and minute of `now`, the finest unit any flag reads),
// so a warm page does not rebuild it. The theme model is kept by its inputs (modelKeyOf): a
// touched file or an edited draft leaves it as it is.
const reports = new WeakMap<Post[], { key: string; report: CheckReport }>();
let lastModel: { key: string; model: ThemeModel } | undefined;

/** `locale`: the language (and script: `zh-Hant`, uiText) of the report's flag messages (the studio's cookie locale). */
export async function loadStudioData(root: string, now = Date.now(), locale: Lang | StudioLocale = 'en'): Promise<StudioData> {
  const lang = localeLang(locale);
  const data = await readStudioProject(root);
  const files = await fileFlagInputs(root, data.planner, data.posts, now);
  const key = `${locale}|${Math.floor(now / 60_000)}|${JSON.stringify(data.planner)}|${JSON.stringify(files)}`;
  let kept = reports.get(data.posts);
  if (kept?.key !== key) {
    const report = withThemeCache(root, (theme) => buildCheckReport({ planner: data.planner, posts: data.posts, now, lang, readableTimes: true, inStudio: true, ...files, ...theme }));
    const own = ownWords(data.planner, data.posts);
    kept = { key, report: locale === 'zh-Hant' ? { ...report, flags: report.flags.map((f) => flagInScript(f, locale, own)) } : report };
    reports.set(data.posts, kept);
  }
  return { ...data, report: kept.report };
}

/**
 * Runs `build` with the studio's theme caches for a check report (CheckInput's `termsOf` and
 * `themeCache`; the report is the same without them): each post's result is kept on disk by its
 * content key and the model's inputs, as `check` keeps it, so a report after a file was touched,
 * a draft edited or a new minute began scores only the posts whose text changed (all of them
 * only when the model's evidence or the brand did), and a restarted studio scores none.
 */
export function withThemeCache<T>(root: string, build: (theme: Pick<CheckInput, 'termsOf' | 'themeCache'>) => T): T {
  const store = openThemeResults(root);
  const value = build({ termsOf: cachedTermsOf, themeCache: { keyOf: contentKeys().keyOf, store } });
  store.save();
  return value;
}

let keys: TermKeys | undefined;
const contentKeys = () => (keys ??= openTermKeys());

/** The model `check` scores by (restored from the model `check` or a report kept for the same inputs, else built), kept while its inputs stay. */
function themeModelOf(root: string, planner: Planner, posts: Post[]): ThemeModel {
  // Before any post is keyed or read, and before the draft is (themeBrand).
  themeBrand(planner);
  const view = themeView(posts) as Post[];
  const inputs = modelKeyOf(planner, view, contentKeys().keyOf);
  const key = `${JSON.stringify(planner)}\0${inputs.model}`;
  if (lastModel?.key !== key) {
    const stored = openThemeResults(root).results(inputs.model, inputs.stages, inputs.calibration);
    lastModel = { key, model: restoreOrBuildModel({ planner, view, inputs, stored }, cachedTermsOf) };
  }
  return lastModel.model;
}

// Keyed by the file type and the text itself (a .md and an .mdx body read differently), so an edit (in the studio or any editor) is a new entry.
const TERMS_CACHE_LIMIT = 20_000;
const termsCache = new Map<string, PostTerms>();

export function cachedTermsOf(post: Post): PostTerms {
  // The brand's words too: they decide how the Chinese is cut (brand-words.ts).
  const key = `${userWordsKey()}\u0000${formatOfFile(post.file)}\u0000${post.data.title}\u0000${post.body}`;
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
 * with the live theme flags, so its list never says "No flags." while the dashboard shows one; each
 * with its `hint` (the fix `check` prints under it) when it has one.
 */
export async function savedFileFlags(root: string, id: string, lang: Lang | StudioLocale): Promise<{ kind: string; label: string; message: string; hint?: string }[]> {
  const { report } = await loadStudioData(root, Date.now(), lang);
  const t = createTranslator(lang, CHANNELS_TEXT, PLAN_TEXT, DASHBOARD_TEXT, MANAGE_TEXT);
  return report.flags
    .filter((f) => 'post' in f && f.post === id && !NOT_FILE_FLAGS.has(f.kind))
    // The hint is the fix (a rename's new id, the field to set): `check` prints it, so the editor shows it too.
    .map((f) => ({ kind: f.kind, label: t(`flag.${f.kind}`), message: f.message, ...('hint' in f && f.hint ? { hint: f.hint } : {}) }));
}

/** Scores text being edited, with the flags it would raise (message and `label` in `lang`), for the editor's live panel. */
export function scoreDraft(
  planner: Planner,
  posts: Post[],
  draft: { id: string; title: string; body: string; status: string; pillar?: string },
  locale: Lang | StudioLocale = 'en',
  root = studioRoot(),
): { theme: ThemeResult | null; flags: (ThemeFlag & { label: string })[] } {
  if (!draft.body.trim() || isTooLarge(draft.body)) return { theme: null, flags: [] };
  // Read without its channel's template text, as check reads it (theme/boilerplate.ts).
  const savedPost = posts.find((p) => p.id === draft.id);
  const saved = savedPost?.data;
  const channel = saved?.channel;
  const body = withoutBoilerplate(draft.body, channel === undefined ? undefined : templateOf(posts).get(channel));
  // A body of code alone is judged in the post's `lang`, as check judges it.
  let theme = body.trim() ? scoreTheme(themeModelOf(root, planner, posts), { title: draft.title, body, format: formatOfFile(savedPost?.file ?? ''), language: languageWithoutProse(saved?.lang, body) }) : null;
  if (!theme) return { theme: null, flags: [] };
  // A draft declaring a pillar defined by its form (stories, poems) is on theme, as check says.
  if (draft.pillar && formPillarIds(planner).has(draft.pillar)) theme = byForm(theme);
  // One the author marked "on theme after all" is never flagged, as check says (withVerdicts).
  if (acceptedOnTheme(planner, posts).has(draft.id)) theme = { ...theme, onTheme: true, accepted: true };
  const names = subjectPillarNames(planner);
  const file = posts.find((p) => p.id === draft.id)?.file ?? '';
  const t = createTranslator(locale, CHANNELS_TEXT, PLAN_TEXT, DASHBOARD_TEXT);
  // Core writes the message and hint in the language already; the script is the studio's (inScript).
  const flags = flagTheme({ id: draft.id, file, status: draft.status, pillar: draft.pillar || undefined }, theme, names, localeLang(locale), { formPillars: formPillarIds(planner).size > 0, inStudio: true });
  return { theme, flags: flags.map((f) => ({ ...flagInScript(f, locale, ownWords(planner, posts)), label: t(`flag.${f.kind}`) })) };
}
