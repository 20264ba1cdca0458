/**
 * The one way Throughline writes a user's file (planner.json, posts), for the studio, the CLI
 * and everything else alike: atomically (a temp file beside the real one, then rename), and
 * respecting what the user set up:
 * - a symbolic link is written through: the link stays a link, its target gets the new text;
 * - the file's permission bits are kept;
 * - a read-only file (no write bit for anyone) is refused, not replaced;
 * - a failed write (disk full, quota, read-only disk) says what happened, names the file, leaves
 *   the file as it was and removes the temp file.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, link, lstat, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';

/** Node's fs calls used here, replaceable in tests to inject ENOSPC and the like. */
export const writeIo = { writeFile, rename, link };

/**
 * Writes `text` to `path` (shown to the user as `file`). With `exclusive`, refuses when the
 * file exists (EEXIST from link(2), so two writers cannot both create it). Throws a
 * ThroughlineError naming `file` for every refusal and failure.
 */
export async function writeTextFile(path: string, text: string, file: string, opts: { exclusive?: boolean } = {}): Promise<void> {
  const target = await resolveTarget(path, file);
  const current = await stat(target).catch(() => null);
  if (current && !current.isFile()) throw new ThroughlineError('this is not a regular file; it was left as it is', { file });
  if (current && (current.mode & 0o222) === 0)
    throw new ThroughlineError('the file is read-only; it was left as it is', { file, hint: `make it writable (chmod u+w ${file}) to save` });
  // A rename would replace a file this user may not write (when the folder is writable): refuse.
  if (current && (await access(target, constants.W_OK).then(() => false, () => true)))
    throw new ThroughlineError('no permission to write this file; it was left as it is', { file, hint: 'save it as its owner, or change its permissions' });
  const mode = current ? current.mode & 0o7777 : 0o644;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeIo.writeFile(temp, text, { flag: 'wx', mode });
    // The umask may have narrowed the mode given to open(2).
    await chmod(temp, mode);
    if (opts.exclusive) await writeIo.link(temp, target);
    else await writeIo.rename(temp, target);
  } catch (error) {
    throw describeWriteError(error, file);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** The file a write lands on: the path itself, or the end of its chain of symbolic links. */
async function resolveTarget(path: string, file: string): Promise<string> {
  const link = await lstat(path).catch(() => null);
  if (!link?.isSymbolicLink()) return path;
  return realpath(path).catch(() => {
    throw new ThroughlineError('this is a symbolic link to a file that does not exist; it was left as it is', {
      file,
      hint: 'point the link at an existing file, or remove it',
    });
  });
}

/** A write error as the user should read it; a ThroughlineError passes through. */
export function describeWriteError(error: unknown, file: string): Error {
  if (error instanceof ThroughlineError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const left = 'nothing was written and the file is as it was';
  const reasons: Record<string, string> = {
    ENOSPC: `the disk is full: ${left}`,
    EDQUOT: `the disk quota is used up: ${left}`,
    EROFS: `the disk is read-only: ${left}`,
    EACCES: `no permission to write here: ${left}`,
    EPERM: `the system refused the write: ${left}`,
    EEXIST: 'the file already exists; it was left as it is',
    EIO: `the disk reported an input/output error: ${left}`,
  };
  const reason = (code && reasons[code]) ?? `the file could not be written (${(error as Error).message}): ${left}`;
  return new ThroughlineError(reason, { file, hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space, then save again' : undefined });
}
