/**
 * Old category pages (`portfolio.taxonomyAliases` entries with a `pillar`) when pillars are
 * renamed, merged or removed: each keeps its old address and follows its pillar, so that the
 * planner never names a pillar the brand lost (old-taxonomies/clashes.ts refuses that, and
 * `check` and the build stop on it).
 */
import type { Planner } from '../schema/planner.ts';
import { appendTo } from '../map-lists.ts';

type TaxonomyAlias = NonNullable<NonNullable<Planner['portfolio']>['taxonomyAliases']>[number];

/**
 * `aliases` with each `pillar` that `moves` names (old id -> new id, or null for no pillar)
 * following its move: a renamed or merged pillar's entry leads to the new pillar's page; a pillar
 * removed without a target leaves its entry leading to the list of all posts (`list: "posts"`),
 * where its posts still are. Entries of pillars not moved, and of tags or lists, stay as they are
 * (the same objects, other keys kept). `undefined` in, `undefined` out.
 */
export function movePillarAliases(aliases: TaxonomyAlias[] | undefined, moves: ReadonlyMap<string, string | null | undefined>): TaxonomyAlias[] | undefined {
  return aliases?.map((alias) => {
    if (alias.pillar === undefined || !moves.has(alias.pillar)) return alias;
    const target = moves.get(alias.pillar);
    if (target === undefined) return alias;
    const { pillar: _old, ...rest } = alias;
    return target ? { ...rest, pillar: target } : { ...rest, list: 'posts' as const };
  });
}

/** The old addresses (`path`) among `aliases` that lead to each pillar id's page. */
export function pillarAliasPaths(aliases: TaxonomyAlias[] | undefined): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  for (const alias of aliases ?? []) if (alias.pillar !== undefined) appendTo(paths, alias.pillar, alias.path);
  return paths;
}
