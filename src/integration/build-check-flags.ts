/**
 * The build check's flags (theme, gaps, waiting posts...), as log lines. Run in a child process
 * (build-check.ts starts it with the posts already read and validated), so that scoring every
 * post's theme, the slowest part of the check, runs beside Astro's build instead of before it.
 * Imports no Astro module: the child starts with none loaded.
 */
import { buildCheckReport } from '../core/check.ts';
import { groupFilesText, groupFlags } from '../core/check-groups.ts';
import type { Lang } from '../core/language.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';
import type { MissingSiteImages } from '../core/site-images.ts';
import { shownFile } from '../cli/shown-path.ts';
// The child starts with no module loaded: the term cache's module also registers the Chinese
// dictionary, without which Han text falls back to Intl.Segmenter (密钥 read as 密 and 钥).
import { openTermCache } from '../store/theme-term-cache.ts';
import { openThemeResults } from '../store/theme-results-cache.ts';

// Named here, not imported from store/planner-store.ts: the child would load lowdb for one string.
const PLANNER_FILE = 'content/planner.json';

export interface FlagInput {
  root: string;
  planner: Planner;
  posts: Post[];
  now: number;
  lang: Lang;
  /** Where posts' theme terms and results are cached by content hash, or undefined for no cache. */
  cacheDir?: string;
  /** Published posts' body images whose site paths public/ lacks (store/body-images.ts findMissingSiteImages). */
  missingSiteImages?: MissingSiteImages[];
  /** The folder `npm run build -- --root DIR` was typed in (THROUGHLINE_TYPED_FROM): files are named from there, as check names them. */
  typedFrom?: string;
}

export interface FlagLine {
  level: 'info' | 'warn';
  text: string;
  /** What the line quotes of the draft's own words (ThemeFlag.evidence joined by 、), which a 繁體 build log keeps as written there (uiText's `quoted`). */
  keep?: string[];
}

/**
 * Each flag `check` would print as a warning (and waiting posts as info), one line each, a cause
 * of many posts once (core/check-groups.ts). Only
 * the posts not yet published are scored against the theme (the only ones a theme warning names).
 */
export function flagLines(input: FlagInput): FlagLine[] {
  const { root, planner, posts, now, lang, cacheDir, missingSiteImages, typedFrom } = input;
  const shown = (file: string) => (typedFrom ? shownFile(root, file, [], typedFrom) : file);
  const terms = cacheDir === undefined ? undefined : openTermCache(root, cacheDir);
  const results = cacheDir === undefined ? undefined : openThemeResults(root, cacheDir);
  const themeCache = terms && results ? { keyOf: terms.keyOf, store: results } : undefined;
  // Only warnings are printed, and a published post's theme raises none: its score is not needed.
  const report = buildCheckReport({ planner, posts, now, lang, termsOf: terms?.termsOf, themeCache, readableTimes: true, missingSiteImages, scoreTheme: (post) => post.data.status !== 'published' });
  terms?.save();
  results?.save();
  // A cause shared by many posts (unread-tags of a blog copied in) is one line, as check prints it.
  return groupFlags(report.flags.filter((f) => f.severity !== 'info' || f.kind === 'waiting'), lang).map((flag) => ({
    level: flag.severity === 'info' ? 'info' : 'warn',
    text: `${'files' in flag ? groupFilesText(flag.files, lang, shown) : 'file' in flag ? shown(flag.file) : channelWhere(flag.channel, lang, shown)}: ${flag.kind}: ${flag.message}`,
    ...('evidence' in flag && flag.evidence?.length ? { keep: [flag.evidence.join('、')] } : {}),
  }));
}

/**
 * Where a channel's flag points, as check prints it (cli/format-check.ts): the planner file, then
 * the channel: `content/planner.json (channel blog)`, `content/planner.json（渠道 blog）`.
 */
function channelWhere(channel: string, lang: Lang, shown: (file: string) => string): string {
  return lang === 'zh' ? `${shown(PLANNER_FILE)}（渠道 ${channel}）` : `${shown(PLANNER_FILE)} (channel ${channel})`;
}

// As the child process build-check.ts forks (the entry module; imported, it only exports): one
// input, one answer, then the channel closes so that the process ends with nothing left to do.
if (import.meta.main && process.send) {
  process.once('message', (message: { throughlineFlags?: FlagInput }) => {
    if (!message?.throughlineFlags) return process.disconnect();
    process.send!(flagLines(message.throughlineFlags), undefined, {}, () => process.connected && process.disconnect());
  });
}
