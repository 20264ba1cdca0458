/**
 * A project file as the CLI names it to the user: the path they can open from the folder they
 * typed the command in (process.cwd(): main.ts moves there from npm's package root). With
 * `--root site` run beside it, `site/content/planner.json`; from a folder outside the project,
 * the absolute path (`../` chains are harder to read than the path itself). Run in the project,
 * `content/planner.json` as before.
 */
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';

/** `file` (relative to `root`, `/`-separated) as a path from `cwd`, else absolute. */
export function shownPath(root: string, file: string, cwd = process.cwd()): string {
  const absolute = resolve(root, file);
  const fromHere = relative(cwd, absolute);
  return fromHere && !fromHere.startsWith('..') && !isAbsolute(fromHere) ? fromHere.split(sep).join('/') : absolute;
}

/** A file of the project, as errors and flags name it (relative to its root): in content/ or public/, or a tsconfig. */
const PROJECT_FILE = /^(?:content|public)(?:\/|$)|^tsconfig[^/]*\.json$/;

/**
 * The file an error or a flag names, as the user can open it from `cwd`: a project file
 * (relative to `root`: content/planner.json, content/posts/…, public/…, a tsconfig) through
 * shownPath; a URL, an absolute path, another relative one (an import's source file, read from
 * `cwd`), or one the user typed or one inside it (`typed`: the command's arguments) as it is.
 */
export function shownFile(root: string, file: string, typed: readonly string[] = [], cwd = process.cwd()): string {
  if (isAbsolute(file) || !PROJECT_FILE.test(file)) return file;
  const clean = (path: string) => posix.normalize(path.split('\\').join('/')).replace(/\/+$/, '');
  const named = clean(file);
  const asTyped = typed.map(clean).some((path) => path !== '.' && path !== '' && (named === path || named.startsWith(`${path}/`)));
  return asTyped ? file : shownPath(root, file, cwd);
}
