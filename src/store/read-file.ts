/**
 * Reading a user's file with a message for every odd case instead of a raw EISDIR, ENOENT or a
 * read that never returns (a FIFO): a folder, a broken symbolic link, a device, an unreadable
 * file. Only regular files are read (a symbolic link is followed).
 */
import { readFile as readFileCallback } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ThroughlineError } from '../core/errors.ts';

// For thousands of small files the callback readFile costs about half the CPU of the
// fs/promises one (fewer round trips through the thread pool): listing is check's hot path.
const readText = promisify(readFileCallback);

/**
 * The UTF-8 text of `path` (named `file` in messages). With `missing: null`, a file that does
 * not exist gives null; every other problem throws a ThroughlineError naming the file.
 * `regular: true` says a directory listing already found a regular file there (not a link), so
 * the type check is skipped: listing 100,000 posts saves one system call each.
 */
export async function readUserFile(path: string, file: string, opts: { missing?: null; regular?: boolean } = {}): Promise<string | null> {
  if (opts.regular)
    return readText(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw describeReadError(error, file);
    });
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink())
      throw new ThroughlineError('this is a symbolic link to a file that does not exist', { file, hint: 'point the link at an existing file, or remove it' });
    if (info.code === 'ENOENT' && 'missing' in opts) return null;
    throw describeReadError(info, file);
  }
  if (info.isDirectory())
    throw new ThroughlineError('this is a folder, not a file', { file, hint: 'rename the folder (a post file ends in .md or .mdx, a folder should not), or move it out of content/posts' });
  if (!info.isFile())
    throw new ThroughlineError('this is not a regular file (a pipe, socket or device); it was not read', { file, hint: 'remove it, or replace it with a regular file' });
  return readText(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw describeReadError(error, file);
  });
}

function describeReadError(error: NodeJS.ErrnoException, file: string): ThroughlineError {
  const reasons: Record<string, string> = {
    ENOENT: 'there is no such file',
    EACCES: 'no permission to read this file',
    EPERM: 'the system refused to read this file',
    ELOOP: 'this symbolic link leads in a loop',
    EISDIR: 'this is a folder, not a file',
    EIO: 'the disk reported an input/output error reading this file',
    EMFILE: 'too many files are open at once',
    ENFILE: 'too many files are open on this system',
  };
  const reason = (error.code && reasons[error.code]) ?? `this file could not be read (${error.message})`;
  return new ThroughlineError(reason, { file, hint: error.code === 'EACCES' ? `let your user read it (chmod u+r ${file})` : undefined });
}
