/**
 * Pillars removed with no pillar to take their posts (`brand.retiredPillars` in planner.json): the
 * built portfolio answers their old addresses with a page saying the topic was retired, as it
 * answers a renamed or merged pillar's with a redirect (former-pillars/moves.ts, pages.ts). Its
 * feeds are not kept: there is no pillar left to fill them, so they end (404) and feed readers
 * drop them, where a kept feed would say nothing new forever.
 */
import type { Pillar, Planner, RetiredPillar } from '../schema/planner.ts';

/**
 * The brand's `retiredPillars` after a save: `kept` (those on disk) plus one entry for each pillar
 * of `before` that `moves` removes with no target (null, or undefined when no post needed one),
 * with its name, its own formerIds and `published(id)` (the ids of its published posts). An id any
 * pillar of `after` holds (its id or a former id, also in another case) leaves the list: that
 * pillar's page, or its redirect, is at the address; the entry's other ids keep the retired page
 * (its first free former id becomes its id). Undefined when none is left.
 */
export function retirePillars(
  before: readonly Pillar[],
  after: readonly Pillar[],
  moves: ReadonlyMap<string, string | null | undefined>,
  published: (pillar: string) => string[],
  kept: readonly RetiredPillar[] = [],
): RetiredPillar[] | undefined {
  const gone = before.filter((p) => !after.some((a) => a.id === p.id) && typeof moves.get(p.id) !== 'string' && moves.has(p.id));
  const added = gone.map((p) => {
    const posts = published(p.id);
    return { id: p.id, name: p.name, ...(p.formerIds?.length ? { formerIds: p.formerIds } : {}), ...(posts.length ? { posts } : {}) };
  });
  const used = new Set(after.flatMap((p) => [p.id, ...(p.formerIds ?? [])]).map((id) => id.toLowerCase()));
  const seen = new Set<string>();
  const free = (id: string) => !used.has(id.toLowerCase()) && !seen.has(id.toLowerCase()) && Boolean(seen.add(id.toLowerCase()));
  // Newest first, so that a pillar retired again under an old id carries its latest name and posts.
  // An entry whose id is taken keeps its other addresses: its first free former id becomes its id.
  const list = [...added, ...kept].flatMap((entry) => {
    const [id, ...formerIds] = [entry.id, ...(entry.formerIds ?? [])].filter(free);
    if (id === undefined) return [];
    const { id: _id, formerIds: _f, ...rest } = entry;
    return [{ id, ...rest, ...(formerIds.length ? { formerIds } : {}) }];
  });
  return list.length ? list : undefined;
}

/**
 * The ids of the posts a retired pillar's page lists: those of `posts` (id and current `pillar`)
 * that `entry.posts` names and that no live pillar has taken since. Removing the pillar cleared
 * their `pillar`; a post given one again (in the editor or by hand) belongs on that pillar's page
 * alone, so it leaves this one. A post still naming one of the entry's own ids is kept.
 */
export function retiredPillarPostIds(entry: RetiredPillar, posts: readonly { id: string; pillar?: string | undefined }[]): Set<string> {
  const listed = new Set(entry.posts ?? []);
  const own = new Set([entry.id, ...(entry.formerIds ?? [])]);
  return new Set(posts.filter((p) => listed.has(p.id) && (p.pillar === undefined || own.has(p.pillar))).map((p) => p.id));
}

/** Each address of a retired pillar: its id and each of its formerIds, with the entry. */
export function retiredPillarPages(retired: readonly RetiredPillar[] = []): { id: string; retired: RetiredPillar }[] {
  return retired.flatMap((entry) => [entry.id, ...(entry.formerIds ?? [])].map((id) => ({ id, retired: entry })));
}

/**
 * The planner with post `from` listed as `to` (its new id) in each retired pillar's `posts`, or
 * left out when `to` is undefined (the post was deleted: a later post given that id is not listed
 * unseen). A post renamed in the studio (store/post-files.ts movePost) stays on its retired
 * pillar's page. Returns `planner` itself when no entry lists `from`; never changes its argument.
 */
export function followRetiredPosts(planner: Planner, from: string, to?: string): Planner {
  const retired = planner.brand.retiredPillars;
  if (!retired?.some((entry) => entry.posts?.includes(from))) return planner;
  const retiredPillars = retired.map((entry) => {
    if (!entry.posts?.includes(from)) return entry;
    const posts = entry.posts.flatMap((id) => (id !== from ? [id] : to === undefined || entry.posts!.includes(to) ? [] : [to]));
    const { posts: _old, ...rest } = entry;
    return posts.length ? { ...rest, posts } : rest;
  });
  return { ...planner, brand: { ...planner.brand, retiredPillars } };
}

/** Whether a retired pillar of `planner` lists post `id` (followRetiredPosts then has something to do). */
export function listsRetiredPost(planner: Pick<Planner, 'brand'>, id: string): boolean {
  return (planner.brand.retiredPillars ?? []).some((entry) => entry.posts?.includes(id));
}
