/**
 * What studio pages read on every request (so an edit on disk shows up at once): the planner,
 * the posts that parse (and the files that do not), the check report, and the theme model.
 */
import { buildCheckReport, type CheckReport } from '../../core/check.ts';
import type { ThroughlineError } from '../../core/errors.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { buildThemeModel, flagTheme, scoreTheme, type ThemeFlag, type ThemeModel, type ThemeResult } from '../../core/theme/index.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { listPosts } from '../../store/posts.ts';

export interface StudioData {
  planner: Planner;
  posts: Post[];
  problems: ThroughlineError[];
  report: CheckReport;
}

export async function loadStudioData(root: string, now = Date.now()): Promise<StudioData> {
  const planner = await readPlanner(root);
  const { posts, problems } = await listPosts(root);
  return { planner, posts, problems, report: buildCheckReport({ planner, posts, now }) };
}

/** The theme model as `check` builds it: published posts and accepted ones are the evidence. */
export function buildStudioThemeModel(planner: Planner, posts: Post[]): ThemeModel {
  const accepted = new Set(planner.theme?.acceptedOnTheme ?? []);
  const evidence = posts
    .filter((p) => p.data.status === 'published' || accepted.has(p.id))
    .map((p) => ({ body: `${p.data.title}\n\n${p.body}`, pillar: p.data.pillar }));
  return buildThemeModel({ brand: planner.brand, evidence, threshold: planner.theme?.threshold });
}

/** Scores text being edited, with the flags it would raise, for the editor's live panel. */
export function scoreDraft(
  planner: Planner,
  posts: Post[],
  draft: { id: string; title: string; body: string; status: string; pillar?: string },
): { theme: ThemeResult | null; flags: ThemeFlag[] } {
  if (!draft.body.trim()) return { theme: null, flags: [] };
  const theme = scoreTheme(buildStudioThemeModel(planner, posts), { title: draft.title, body: draft.body });
  const names = Object.fromEntries(planner.brand.pillars.map((p) => [p.id, p.name]));
  const file = posts.find((p) => p.id === draft.id)?.file ?? '';
  return { theme, flags: flagTheme({ id: draft.id, file, status: draft.status, pillar: draft.pillar || undefined }, theme, names) };
}
