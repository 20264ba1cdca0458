/**
 * `theme.acceptedOnTheme` in planner.json: the post ids the author marked "On theme after all".
 * One rule for every change that takes a mark away or moves it (the studio's "Not on theme after
 * all", a post renamed or deleted), so that none leaves an empty `theme` behind in a file that
 * had none.
 */
import type { Planner } from './schema/planner.ts';

/**
 * The planner with the mark of post `from` moved to `to` (its new id), or dropped when `to` is
 * undefined (the post was deleted, so a later post given that id is not accepted unseen; or the
 * author took the mark back). `to` already marked is not listed twice. The last mark gone takes
 * `theme` with it when it holds nothing else (no `threshold`, no key of a later version).
 * Returns `planner` itself when `from` is not marked; never changes its argument.
 */
export function followAcceptedOnTheme(planner: Planner, from: string, to?: string): Planner {
  const theme = planner.theme;
  const accepted = theme?.acceptedOnTheme ?? [];
  if (!theme || !accepted.includes(from)) return planner;
  const left = accepted.flatMap((x) => (x !== from ? [x] : to === undefined || accepted.includes(to) ? [] : [to]));
  const { acceptedOnTheme: _gone, ...settings } = theme;
  // An empty list beside other settings stays: the schema would give it back as its default.
  if (left.length > 0 || Object.keys(settings).length > 0) return { ...planner, theme: { ...theme, acceptedOnTheme: left } };
  const { theme: _theme, ...rest } = planner;
  return rest as Planner;
}
