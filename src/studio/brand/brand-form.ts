/**
 * The brand form: form fields <-> brand values, validation with the planner schema (errors
 * keyed by form field), and the save through updatePlanner. Field names: name, label, audience,
 * strengths and impressions (one per line or comma-separated), timezone, and per pillar
 * `pillar-N-id`, `pillar-N-name`, `pillar-N-description`, `pillar-N-keywords` (comma-separated),
 * `pillar-N-color`, and the checkbox `pillar-N-form` (a pillar of a form, not a subject: read only
 * when the form also sends `pillar-N-form-field`, so a post without it leaves `form` alone);
 * and the portfolio switch `showConsistency` (a checkbox, read only when the form also sends
 * `portfolio-settings`, so a post without that part leaves planner.json's `portfolio` alone).
 */
import { PlannerSchema, type Brand, type Pillar, type Planner } from '../../core/schema/planner.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { deriveId } from '../../core/ids.ts';
import { StalePlannerError, updatePlanner } from '../../store/planner-store.ts';
import { reassignPosts } from '../../store/post-files.ts';
import { readProject } from '../../store/project.ts';
import { collectFieldErrors, type FieldErrors } from '../shared/form-errors.ts';
import { BrandTextLimits, checkTextLimits } from '../shared/text-limits.ts';
import { listPillarColors, pillarColors, readColor } from '../../core/pillar-colors.ts';
import { canonicalZone, isPlannerZone } from '../../core/time-zones.ts';
import { splitList } from '../../core/split-list.ts';
import { moveBrandZone } from '../../core/zone-move.ts';
import { localDateOf } from '../../core/zoned-time.ts';
import { moveFormerIds } from '../../core/former-pillars/moves.ts';
import { retirePillars } from '../../core/former-pillars/retired.ts';
import { applyPillarMoves, checkPillarMoves, readPillarWas, type PillarMoves } from './pillar-moves.ts';

export interface PillarValues {
  id: string;
  name: string;
  description: string;
  keywords: string[];
  /** "#rrggbb" chosen by the user; none means the palette colour. */
  color?: string;
  /**
   * planner.json `form`: true for a pillar of a form, not a subject (stories, poems); undefined
   * = not one (the key is removed, never written as false), or, when the form did not send the
   * checkbox, left as it is on disk.
   */
  form?: true;
  /** The id the pillar had when the form was rendered (`pillar-N-was`): a renamed pillar keeps its other fields. */
  was?: string;
}

export interface BrandValues {
  name: string;
  label: string;
  audience: string;
  strengths: string[];
  impressions: string[];
  timezone: string;
  pillars: PillarValues[];
  /** planner.json `portfolio.showConsistency`; undefined = leave it as it is. */
  showConsistency?: boolean;
  /** planner.json `brand.language` (the portfolio's language): '' = worked out from the brand's words (no key); undefined = leave it as it is. */
  language?: 'en' | 'zh' | '';
}

const MAX_PILLAR_FIELDS = 50;

/** The form's values for the brand and the planner's portfolio settings (off when absent). */
export function brandToValues(brand: Brand, portfolio?: Planner['portfolio']): BrandValues {
  const { name, label, audience, strengths, impressions, timezone } = brand;
  const pillars = brand.pillars.map((p) => ({ id: p.id, name: p.name, description: p.description, keywords: p.keywords, ...(p.color ? { color: p.color } : {}), ...(p.form ? { form: true as const } : {}) }));
  return { name, label, audience, strengths, impressions, timezone, pillars, showConsistency: portfolio?.showConsistency === true, language: brand.language ?? '' };
}

/**
 * `pillar-N-color` when the user picked one: a value equal to `pillar-N-color-default` (the
 * palette colour the page showed) is not saved, so planner.json only holds chosen colours.
 */
function readPillarColor(form: FormData, i: number): { color?: string } {
  if (!form.has(`pillar-${i}-color`)) return {};
  const color = readColor(form.get(`pillar-${i}-color`));
  // undefined (not absent) so that picking the palette colour again clears a stored one.
  return { color: color && color !== readColor(form.get(`pillar-${i}-color-default`)) ? color : undefined };
}

/**
 * `pillar-N-form` when the form has the checkbox (`pillar-N-form-field` sent with it): ticked is
 * `form: true`; unticked is undefined (not absent), so that saving removes a stored `form` key.
 */
function readPillarForm(form: FormData, i: number): { form?: true } {
  if (!form.has(`pillar-${i}-form-field`)) return {};
  return { form: form.has(`pillar-${i}-form`) ? true : undefined };
}

export function readBrandForm(form: FormData): BrandValues {
  const text = (key: string) => String(form.get(key) ?? '');
  const pillars: PillarValues[] = [];
  for (let i = 0; i < MAX_PILLAR_FIELDS && form.has(`pillar-${i}-id`); i++)
    pillars.push({
      // As init names it (core/init-answers.ts): from its name, else pillar-N (a name of emoji only gives no id).
      id: text(`pillar-${i}-id`).trim().normalize('NFC') || deriveId(text(`pillar-${i}-name`), text(`pillar-${i}-name`).trim() ? `pillar-${i + 1}` : ''),
      name: text(`pillar-${i}-name`),
      description: text(`pillar-${i}-description`),
      keywords: splitList(text(`pillar-${i}-keywords`)),
      ...readPillarColor(form, i),
      ...readPillarForm(form, i),
      ...readPillarWas(form, i),
    });
  return {
    name: text('name'), label: text('label'), audience: text('audience'),
    strengths: splitList(text('strengths')), impressions: splitList(text('impressions')),
    timezone: text('timezone'), pillars,
    ...(form.has('portfolio-settings') ? { showConsistency: form.has('showConsistency') } : {}),
    ...(form.has('language') ? { language: readLanguage(form.get('language')) } : {}),
  };
}

/** The site-language choice: "en", "zh", else automatic (''). */
function readLanguage(value: FormDataEntryValue | null): 'en' | 'zh' | '' {
  return value === 'en' || value === 'zh' ? value : '';
}

/**
 * The planner with the form's brand and portfolio switch; unknown keys of the brand, of kept
 * pillars and of `portfolio` survive. A pillar without a colour of its own that the save moves to
 * another position (a pillar before it removed or merged) gets the colour it showed written as
 * its own, so that its posts keep their colour in the studio. The switch off removes the key (off is the default) and an
 * emptied `portfolio` with it. With `today` (a local date in the brand's zone before the change),
 * a new brand zone keeps the past of every channel that inherits it in the old zone
 * (core/zone-move.ts moveBrandZone): their current period ends there, the new one starts today.
 */
export function applyBrandValues(planner: Planner, values: BrandValues, today?: string): Planner {
  const { showConsistency, language, ...brandValues } = values;
  const byId = new Map(planner.brand.pillars.map((p) => [p.id, p]));
  // By the id it had: a renamed pillar keeps its targetShare and the keys this form does not show.
  const pillars = keepMovedColors(planner.brand.pillars, brandValues.pillars.map(({ was, ...p }) => ({ was: was ?? p.id, pillar: { ...byId.get(was ?? p.id), ...p } })));
  const zone = isPlannerZone(values.timezone) ? canonicalZone(values.timezone) : values.timezone;
  const moved = today && zone !== planner.brand.timezone && isPlannerZone(zone) ? moveBrandZone(planner, zone, today) : planner;
  const { language: kept, ...otherBrand } = moved.brand;
  // '' leaves the key out (the language is then worked out from the brand's words); undefined keeps it as it was.
  const chosen = language === undefined ? kept : language || undefined;
  const next: Planner = { ...moved, brand: { ...otherBrand, ...brandValues, pillars, ...(chosen ? { language: chosen } : {}) } };
  if (showConsistency === undefined) return next;
  const { showConsistency: _old, ...otherSettings } = planner.portfolio ?? {};
  const portfolio = showConsistency ? { ...otherSettings, showConsistency: true } : otherSettings;
  const { portfolio: _portfolio, ...rest } = next;
  return Object.keys(portfolio).length ? { ...rest, portfolio } : rest;
}

/**
 * `given` (each pillar after the save with the id it had on disk, `was`) with a colour of its
 * own for each pillar that has none and whose palette colour the save changes, the colour it
 * showed before (pillarColors of `disk`, the pillars on disk): a pillar removed or merged before
 * it moves it up the list, and the palette colour is by position.
 */
function keepMovedColors<T extends { id: string; color?: string }>(disk: readonly Pillar[], given: readonly { was: string; pillar: T }[]): T[] {
  const before = pillarColors(disk);
  const after = listPillarColors(given.map((g) => g.pillar));
  return given.map(({ was, pillar }, i) => (pillar.color || !before.has(was) || before.get(was) === after[i] ? pillar : { ...pillar, color: before.get(was)! }));
}

/**
 * The colour each of the form's pillars shows while it has none of its own (the brand page's
 * colour field and its `pillar-N-color-default`): the one a save keeps for it (keepMovedColors),
 * else its palette colour (pillarColors). `origins`: each pillar's id on disk ('' for a new one).
 */
export function defaultPillarColors(planner: Planner, pillars: readonly PillarValues[], origins: readonly string[]): string[] {
  return pillars.map((_, i) => {
    const given = pillars.map((p, j) => ({ was: origins[j] || p.id, pillar: j === i ? { ...p, color: undefined } : p }));
    const kept = keepMovedColors(planner.brand.pillars, given);
    // By position: new rows share the id '' until one is typed.
    return kept[i]!.color ?? listPillarColors(kept)[i]!;
  });
}

/**
 * The planner a save writes: `moves` applied to channels and old category pages
 * (applyPillarMoves), the form's values (applyBrandValues), pillars' `formerIds` following the
 * renames and merges (core/former-pillars/moves.ts moveFormerIds), and a pillar removed with no
 * target added to `retiredPillars` with the ids `published(id)` gives for its published posts
 * (core/former-pillars/retired.ts), so that the portfolio keeps every old address.
 */
export function applyBrandSave(planner: Planner, values: BrandValues, moves: PillarMoves = new Map(), today?: string, published: (pillar: string) => string[] = () => []): Planner {
  const next = applyBrandValues(applyPillarMoves(planner, moves), values, today);
  const pillars = moveFormerIds(planner.brand.pillars, next.brand.pillars, moves);
  const retired = retirePillars(planner.brand.pillars, pillars, moves, published, planner.brand.retiredPillars);
  const { retiredPillars: _old, ...brand } = next.brand;
  return { ...next, brand: { ...brand, pillars, ...(retired ? { retiredPillars: retired } : {}) } };
}

/** Form field for a planner path: ['brand', 'pillars', 0, 'name'] -> 'pillar-0-name'. */
export function brandFieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'portfolio') return 'showConsistency';
  if (path[0] !== 'brand') return 'pillars';
  const [, key, index, sub] = path;
  if (key === 'pillars' && typeof index === 'number' && typeof sub === 'string') return `pillar-${index}-${sub}`;
  return String(key ?? 'name');
}

/** Field errors of the planner the save would write (applyBrandSave), or null. */
export function validateBrand(planner: Planner, values: BrandValues, today?: string, moves: PillarMoves = new Map()): FieldErrors | null {
  const result = PlannerSchema.safeParse(applyBrandSave(planner, values, moves, today));
  // The file may hold an empty label (a brand just started); the form is where one is chosen.
  const label: FieldErrors = values.label.trim() ? {} : { label: 'the positioning label must not be empty' };
  const own = { ...label, ...checkTextLimits(BrandTextLimits, values, (path) => brandFieldOf(['brand', ...path])) };
  if (result.success) return Object.keys(own).length ? own : null;
  return { ...collectFieldErrors(result.error.issues, brandFieldOf), ...own };
}

/**
 * Saves the brand with its pillar moves (renamed or removed pillars: channels' pillar lists,
 * old category pages in `portfolio.taxonomyAliases`, the target's `formerIds` and posts' `pillar` follow). Invalid values, or a removed pillar whose posts have no target, return
 * field errors and nothing is written; valid ones are applied to the planner as it is on disk
 * under the store's lock (concurrent saves queue up), then the posts are rewritten.
 * With `revision` (the planner's revision when the form was rendered), a file that changed since
 * is refused with `{ stale }`: the form holds the whole brand, so saving it would revert the
 * other change. `now` (epoch ms): when a new brand zone begins for the channels that inherit it
 * (applyBrandValues), today in the zone on disk; without it their past follows the new zone.
 */
export async function saveBrand(
  root: string,
  values: BrandValues,
  moves: PillarMoves = new Map(),
  revision?: string,
  now?: number,
): Promise<{ errors: FieldErrors | null; files?: string[] }> {
  const { planner, posts } = await readProject(root);
  const moveErrors = checkPillarMoves(moves, values.pillars.map((p) => p.id), posts);
  const todayIn = (p: Planner) => (now === undefined ? undefined : localDateOf(now, p.brand.timezone));
  const errors = { ...validateBrand(planner, values, todayIn(planner), moves), ...moveErrors };
  if (Object.keys(errors).length) return { errors };
  try {
    // A brand of one's own: the sample marker goes (the dashboard stops offering to start fresh up top).
    // A pillar removed with no target keeps its address: the page there lists its published posts (retirePillars).
    const published = (pillar: string) => posts.filter((p) => p.data.pillar === pillar && p.data.status === 'published').map((p) => p.id);
    await updatePlanner(root, ({ sample: _sample, ...current }) => applyBrandSave(current as Planner, values, moves, todayIn(current as Planner), published), {
      expectedRevision: revision || undefined,
    });
  } catch (error) {
    if (error instanceof StalePlannerError) return { errors: { stale: error.message } };
    // Read-only, disk full, a broken link: say so instead of failing the page.
    if (error instanceof ThroughlineError) return { errors: { write: error.format() } };
    throw error;
  }
  const files: string[] = [];
  for (const [old, target] of moves) files.push(...(await reassignPosts(root, posts, 'pillar', old, target ?? undefined)));
  return { errors: null, files };
}
