/**
 * "Start my own brand" on the dashboard: the sample is moved aside into content/.sample-DATE/
 * ("Start over" on one's own project: content/.previous-DATE/) and a minimal planner of one's own is written: the name, a first
 * pillar and the time zone; no channels and no posts, so `check` passes at once. The brand page
 * then fills in the rest.
 */
import { toId } from '../../core/init-answers.ts';
import { PlannerSchema, type PlannerInput } from '../../core/schema/planner.ts';
import { createPlanner } from '../../store/planner-store.ts';
import { moveProjectAside } from '../../store/sample-aside.ts';
import { collectFieldErrors, type FieldErrors } from '../shared/form-errors.ts';
import { seeOther } from '../shared/urls.ts';

export interface FreshValues {
  name: string;
  pillar: string;
  timezone: string;
}

export function readFreshForm(form: FormData): FreshValues {
  const text = (key: string) => String(form.get(key) ?? '').trim();
  return { name: text('name'), pillar: text('pillar'), timezone: text('timezone') };
}

/** The starter planner: no label yet (a name is not a positioning; the brand page asks for one). */
export function buildStarterPlanner(values: FreshValues): PlannerInput {
  const pillar = { id: toId(values.pillar, 'pillar-1'), name: values.pillar, description: '', keywords: [] };
  const brand = { name: values.name, label: '', audience: '', strengths: [], impressions: [], timezone: values.timezone, pillars: [pillar] };
  return { version: 1, brand, channels: [], breaks: [] };
}

/** Field errors (nothing moved), or the 303 to the brand page once the project is fresh. */
export async function startFresh(root: string, values: FreshValues, now: number, isSample = true): Promise<Response | FieldErrors> {
  const result = PlannerSchema.safeParse(buildStarterPlanner(values));
  if (!result.success)
    return collectFieldErrors(result.error.issues, (path) => (path[1] === 'pillars' ? 'pillar' : path[1] === 'timezone' ? 'timezone' : 'name'));
  const moved = await moveProjectAside(root, now, isSample ? 'sample' : 'previous');
  await createPlanner(root, result.data);
  return seeOther(moved ? `/studio/brand?fresh=${encodeURIComponent(moved)}` : '/studio/brand?saved=1');
}
