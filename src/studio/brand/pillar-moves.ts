/**
 * Renaming or removing pillars on the brand form, with their posts and channels reassigned in
 * the same save. The form carries each pillar's original id (`pillar-N-was`); a pillar whose id
 * changed is renamed, and for a pillar that is gone the user picks a target (`reassign-<old id>`,
 * empty = no pillar). Channels' pillar lists follow the same moves.
 */
import { movePillarAliases } from '../../core/old-taxonomies/pillar-moves.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import type { FieldErrors } from '../shared/form-errors.ts';
import { fill } from '../shared/i18n.ts';

/** The reassign choice that says "not chosen yet" (the default while posts use the pillar). */
export const CHOOSE = '__choose__';

/** old id -> new id, null (no pillar), or undefined (gone, and the user has not chosen yet). */
export type PillarMoves = Map<string, string | null | undefined>;

interface FormLike {
  get(name: string): unknown;
  has(name: string): boolean;
}

/**
 * The id pillar field group `i` had when the form was rendered (`pillar-N-was`), trimmed and in
 * NFC as planner.json's ids are (core/schema/planner.ts), so that it matches the id on disk;
 * none for a new pillar.
 */
export function readPillarWas(form: FormLike, i: number): { was?: string } {
  const was = String(form.get(`pillar-${i}-was`) ?? '').trim().normalize('NFC');
  return was ? { was } : {};
}

/** The original id of each pillar field group, in form order ('' for a new pillar). */
export function readPillarOrigins(form: FormLike, count: number): string[] {
  return Array.from({ length: count }, (_, i) => readPillarWas(form, i).was ?? '');
}

/** The moves the form asks for, against the pillar ids of the planner on disk. */
export function readPillarMoves(form: FormLike, oldIds: string[], newIds: string[], origins: string[]): PillarMoves {
  const moves: PillarMoves = new Map();
  origins.forEach((was, i) => {
    if (was && oldIds.includes(was) && newIds[i] && newIds[i] !== was) moves.set(was, newIds[i]!);
  });
  for (const old of oldIds) {
    if (newIds.includes(old) || moves.has(old)) continue;
    const raw = form.has(`reassign-${old}`) ? String(form.get(`reassign-${old}`) ?? '') : undefined;
    const choice = raw === CHOOSE ? undefined : raw;
    moves.set(old, choice === undefined ? undefined : choice || null);
  }
  return moves;
}

/** Refusals: a target that is not a pillar after the save, or a gone pillar whose posts have no target (naming them). */
export function checkPillarMoves(moves: PillarMoves, newIds: string[], posts: Post[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const [old, target] of moves) {
    const users = posts.filter((p) => p.data.pillar === old).map((p) => p.file);
    if (target && !newIds.includes(target)) errors[`reassign-${old}`] = `unknown pillar "${target}"; expected one of ${newIds.join(', ')}`;
    else if (target === undefined && users.length)
      errors[`reassign-${old}`] = `pillar "${old}" is still used by ${users.length} ${users.length === 1 ? 'post' : 'posts'}: ${users.join(', ')}; choose where they go`;
  }
  return errors;
}

/** The planner with every channel's pillar list following the moves (a list left empty means all pillars). */
export function applyPillarMovesToChannels(planner: Planner, moves: PillarMoves): Planner {
  const channels = planner.channels.map((channel) => {
    if (!channel.pillars) return channel;
    const pillars = [...new Set(channel.pillars.flatMap((id) => (moves.has(id) ? (moves.get(id) ? [moves.get(id)!] : []) : [id])))];
    const { pillars: _old, ...rest } = channel;
    return pillars.length ? { ...rest, pillars } : rest;
  });
  return { ...planner, channels };
}

/**
 * The planner with every reference to a moved pillar following it: channels' pillar lists
 * (applyPillarMovesToChannels) and the old category pages of `portfolio.taxonomyAliases`
 * (core/old-taxonomies/pillar-moves.ts movePillarAliases).
 */
export function applyPillarMoves(planner: Planner, moves: PillarMoves): Planner {
  const withChannels = applyPillarMovesToChannels(planner, moves);
  const aliases = planner.portfolio?.taxonomyAliases;
  if (!aliases) return withChannels;
  return { ...withChannels, portfolio: { ...planner.portfolio, taxonomyAliases: movePillarAliases(aliases, moves) } };
}

/** How many posts use each pillar id, for the reassign choices. */
export function countPillarPosts(posts: Post[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of posts) if (p.data.pillar) counts.set(p.data.pillar, (counts.get(p.data.pillar) ?? 0) + 1);
  return counts;
}

/**
 * The line at the top of the brand page after a save (`?saved=1`): "Saved." and, when pillars
 * were renamed or removed, how many posts (`posts`) and old category pages (`aliases`) follow
 * them now. `t`: the brand page's translator (MANAGE_TEXT).
 */
export function savedMessage(params: URLSearchParams, t: (key: string) => string): string {
  const count = (name: string) => (/^[1-9]\d*$/.test(params.get(name) ?? '') ? params.get(name)! : '');
  const posts = count('posts');
  const aliases = count('aliases');
  return [t('common.saved'), posts && fill(t('reassign.savedPosts'), { count: posts }), aliases && fill(t('reassign.savedAliases'), { count: aliases })].filter(Boolean).join(t('reassign.savedJoin'));
}
