/**
 * A project file as the CLI names it to the user: the path they can open from the folder they
 * typed the command in (process.cwd(): main.ts moves there from npm's package root). With
 * `--root site` run beside it, `site/content/planner.json`; from a folder outside the project,
 * the absolute path (`../` chains are harder to read than the path itself). Run in the project,
 * `content/planner.json` as before.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** `file` (relative to `root`, `/`-separated) as a path from `cwd`, else absolute. */
export function shownPath(root: string, file: string, cwd = process.cwd()): string {
  const absolute = resolve(root, file);
  const fromHere = relative(cwd, absolute);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere.split(sep).join('/') : absolute;
}
