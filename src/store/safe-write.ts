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
  if (current && !current.isFile()) throw new ThroughlineError({ en: 'this is not a regular file; it was left as it is', zh: '这不是普通文件；保持原样未改动' }, { file });
  if (current && (current.mode & 0o222) === 0)
    throw new ThroughlineError(
      { en: 'the file is read-only; it was left as it is', zh: '文件是只读的；保持原样未改动' },
      { file, hint: { en: `make it writable (chmod u+w ${file}) to save`, zh: `请先让它可写（chmod u+w ${file}）再保存` } },
    );
  // A rename would replace a file this user may not write (when the folder is writable): refuse.
  if (current && (await access(target, constants.W_OK).then(() => false, () => true)))
    throw new ThroughlineError(
      { en: 'no permission to write this file; it was left as it is', zh: '没有写入这个文件的权限；保持原样未改动' },
      { file, hint: { en: 'save it as its owner, or change its permissions', zh: '请以文件所有者身份保存，或修改它的权限' } },
    );
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
  return realpath(path).catch((error: NodeJS.ErrnoException) => {
    // ELOOP: the chain of links comes back to itself (a link to itself, a -> b -> a), so it ends
    // at no file at all; anything else (ENOENT) is a link to a file that is not there.
    if (error.code === 'ELOOP')
      throw new ThroughlineError(
        { en: 'this is a symbolic link that leads back to itself (a loop of links), so it names no file; it was left as it is', zh: '这个符号链接绕回了自己（链接成环），没有指向任何文件；保持原样未改动' },
        { file, hint: { en: 'point the link at an existing file, or remove it', zh: '请让链接指向一个存在的文件，或删除它' } },
      );
    throw new ThroughlineError(
      { en: 'this is a symbolic link to a file that does not exist; it was left as it is', zh: '这是指向不存在文件的符号链接；保持原样未改动' },
      { file, hint: { en: 'point the link at an existing file, or remove it', zh: '请让链接指向一个存在的文件，或删除它' } },
    );
  });
}

/** A write error as the user should read it; a ThroughlineError passes through. */
export function describeWriteError(error: unknown, file: string): Error {
  if (error instanceof ThroughlineError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const left = { en: 'nothing was written and the file is as it was', zh: '没有写入任何内容，文件保持原样' };
  const reasons: Record<string, { en: string; zh: string }> = {
    ENOSPC: { en: `the disk is full: ${left.en}`, zh: `磁盘已满：${left.zh}` },
    EDQUOT: { en: `the disk quota is used up: ${left.en}`, zh: `磁盘配额已用完：${left.zh}` },
    EROFS: { en: `the disk is read-only: ${left.en}`, zh: `磁盘是只读的：${left.zh}` },
    EACCES: { en: `no permission to write here: ${left.en}`, zh: `没有在这里写入的权限：${left.zh}` },
    EPERM: { en: `the system refused the write: ${left.en}`, zh: `系统拒绝了写入：${left.zh}` },
    EEXIST: { en: 'the file already exists; it was left as it is', zh: '文件已经存在；保持原样未改动' },
    EIO: { en: `the disk reported an input/output error: ${left.en}`, zh: `磁盘报告了输入/输出错误：${left.zh}` },
    // A missing folder (ENOENT on the temp file) or a file where a folder should be.
    ENOENT: { en: `the folder it goes in does not exist: ${left.en}`, zh: `它所在的文件夹不存在：${left.zh}` },
    ENOTDIR: { en: `a part of the path is a file, not a folder: ${left.en}`, zh: `路径中有一段是文件而不是文件夹：${left.zh}` },
    EISDIR: { en: `this is a folder, not a file: ${left.en}`, zh: `这是一个文件夹，不是文件：${left.zh}` },
  };
  const message = (error as Error).message;
  const reason = (code && reasons[code]) ?? { en: `the file could not be written (${message}): ${left.en}`, zh: `无法写入文件（${message}）：${left.zh}` };
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  return new ThroughlineError(reason, { file, hint: full ? { en: 'free some space, then save again', zh: '请腾出一些空间后再保存' } : undefined });
}
