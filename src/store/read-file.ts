/**
 * Reading a user's file with a message for every odd case instead of a raw EISDIR, ENOENT or a
 * read that never returns (a FIFO): a folder, a broken symbolic link, a device, an unreadable
 * file. Only regular files are read (a symbolic link is followed).
 */
import { constants, readFile as readFileCallback, readFileSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { ThroughlineError } from '../core/errors.ts';
import { decodeUtf8 } from '../core/text-encoding.ts';

// For thousands of small files the callback readFile costs about half the CPU of the
// fs/promises one (fewer round trips through the thread pool): listing is check's hot path.
const readText = promisify(readFileCallback);

/**
 * A file a listing found regular is read synchronously: for a post of a few kB that is a
 * tenth of the CPU of any thread-pool read (2,000 posts: about 15 ms instead of 120 ms).
 * O_NONBLOCK: should the file have been swapped for a FIFO since, the read cannot hang.
 * Every READS_PER_TURN reads the event loop gets a turn, so a server listing 100,000 posts
 * keeps answering.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const READS_PER_TURN = 256;
let readsThisTurn = 0;

async function takeTurn(): Promise<void> {
  if (++readsThisTurn >= READS_PER_TURN) {
    readsThisTurn = 0;
    await new Promise((done) => setImmediate(done));
  }
}

async function readRegular(path: string, file: string): Promise<string> {
  await takeTurn();
  // Node decodes UTF-8 straight into a string (no Buffer, no second pass): ~35% less CPU for
  // 2,000 posts than bytes through TextDecoder. That decoding is lenient (a byte that is not
  // UTF-8 becomes U+FFFD, a mark kept), so a text holding U+FFFD is read again as bytes and
  // decoded strictly: an unchanged answer for valid text, the same refusal for the rest.
  const text = readFileSync(path, { encoding: 'utf8', flag: READ_FLAGS });
  return text.includes('\uFFFD') ? decodeUtf8(readFileSync(path, { flag: READ_FLAGS }), file) : text;
}

/**
 * The bytes of `path`, a file a listing found regular (or a link checked to stay inside
 * content/posts), read as a listing reads a post (synchronously, O_NONBLOCK, the event loop given a
 * turn every READS_PER_TURN reads), for a search that needs no text. Throws Node's own error.
 */
export async function readListedBytes(path: string): Promise<Buffer> {
  await takeTurn();
  return readFileSync(path, { flag: READ_FLAGS });
}

/**
 * The UTF-8 text of `path` (named `file` in messages), a byte order mark kept. With
 * `missing: null`, a file that does not exist gives null; every other problem throws a
 * ThroughlineError naming the file, also a file that is not UTF-8 (core/text-encoding.ts).
 * `regular: true` says a directory listing already found a regular file there (not a link), so
 * the type check is skipped: listing 100,000 posts saves one system call each.
 */
export async function readUserFile(path: string, file: string, opts: { missing?: null; regular?: boolean } = {}): Promise<string | null> {
  if (opts.regular)
    return readRegular(path, file).catch((error: NodeJS.ErrnoException) => {
      throw error instanceof ThroughlineError ? error : describeReadError(error, file);
    });
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) {
    if (info.code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink())
      throw new ThroughlineError(
        { en: 'this is a symbolic link to a file that does not exist', zh: '这是指向不存在文件的符号链接' },
        { file, hint: { en: 'point the link at an existing file, or remove it', zh: '请让链接指向一个存在的文件，或删除它' } },
      );
    if (info.code === 'ENOENT' && 'missing' in opts) return null;
    throw describeReadError(info, file);
  }
  // A folder named like a post is told a post file's rule; any other file (content/planner.json), plainer advice.
  if (info.isDirectory())
    throw new ThroughlineError(
      { en: 'this is a folder, not a file', zh: '这是一个文件夹，不是文件' },
      {
        file,
        hint: /\.mdx?$/i.test(file)
          ? {
              en: 'rename the folder (a post file ends in .md or .mdx, a folder should not), or move it out of content/posts',
              zh: '请重命名这个文件夹（文章文件以 .md 或 .mdx 结尾，文件夹不应如此），或把它移出 content/posts',
            }
          : { en: 'remove or rename the folder: a file is read at this path', zh: '请删除或重命名这个文件夹：这个路径上读取的是文件' },
      },
    );
  if (!info.isFile())
    throw new ThroughlineError(
      { en: 'this is not a regular file (a pipe, socket or device); it was not read', zh: '这不是普通文件（管道、套接字或设备）；没有读取' },
      { file, hint: { en: 'remove it, or replace it with a regular file', zh: '请删除它，或换成普通文件' } },
    );
  return decodeUtf8(
    await readText(path).catch((error: NodeJS.ErrnoException) => {
      throw describeReadError(error, file);
    }),
    file,
  );
}

/** A failed read as a ThroughlineError naming `file`: the reason in English and Chinese, with a fix where there is one (chmod for EACCES). */
export function describeReadError(error: NodeJS.ErrnoException, file: string): ThroughlineError {
  const reasons: Record<string, { en: string; zh: string }> = {
    ENOENT: { en: 'there is no such file', zh: '没有这个文件' },
    EACCES: { en: 'no permission to read this file', zh: '没有读取这个文件的权限' },
    EPERM: { en: 'the system refused to read this file', zh: '系统拒绝读取这个文件' },
    ELOOP: { en: 'this symbolic link leads in a loop', zh: '这个符号链接形成了循环' },
    EISDIR: { en: 'this is a folder, not a file', zh: '这是一个文件夹，不是文件' },
    // --root naming a file: "content/planner.json" under it (before, Node's English inside the message).
    ENOTDIR: { en: 'a part of this path is a file, not a folder', zh: '这个路径中有一段是文件而不是文件夹' },
    EIO: { en: 'the disk reported an input/output error reading this file', zh: '读取这个文件时磁盘报告了输入/输出错误' },
    EMFILE: { en: 'too many files are open at once', zh: '同时打开的文件太多' },
    ENFILE: { en: 'too many files are open on this system', zh: '系统上打开的文件太多' },
  };
  const reason = (error.code && reasons[error.code]) ?? { en: `this file could not be read (${error.message})`, zh: `无法读取这个文件（${error.message}）` };
  const hint = error.code === 'EACCES' ? { en: `let your user read it (chmod u+r ${file})`, zh: `请让你的用户可以读取它（chmod u+r ${file}）` } : undefined;
  return new ThroughlineError(reason, { file, hint });
}
