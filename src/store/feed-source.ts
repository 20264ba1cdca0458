/**
 * A feed from a file or an http(s) address, as decoded text. Relative paths are read from the
 * current directory.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import { decodeFeedBytes } from '../core/feed/decode.ts';

const FETCH_TIMEOUT_MS = 30_000;

/** The feed's text; throws a ThroughlineError naming the file or address when it cannot be read. */
export async function readFeedSource(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) return fetchFeed(source);
  const bytes = await readFile(resolve(process.cwd(), source)).catch((error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'ENOENT'
        ? { en: 'there is no such file', zh: '没有这个文件' }
        : error.code === 'EISDIR'
          ? { en: 'this is a folder, not a feed file', zh: '这是一个文件夹，不是 feed 文件' }
          : { en: error.message, zh: `无法读取（${error.message}）` };
    throw new ThroughlineError(reason, {
      file: source,
      hint: { en: 'pass the path of a saved feed (.xml, .rss, .atom, .json) or its http(s) address', zh: '请给出已保存的 feed 文件路径（.xml、.rss、.atom、.json）或它的 http(s) 网址' },
    });
  });
  return decodeFeedBytes(bytes, source);
}

async function fetchFeed(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new ThroughlineError({ en: `the feed could not be fetched (${cause})`, zh: `无法获取 feed（${cause}）` }, { file: url, hint: { en: 'check the address and your connection', zh: '请检查网址和网络连接' } });
  }
  if (!response.ok)
    throw new ThroughlineError(
      { en: `the server answered ${response.status} ${response.statusText}`.trim(), zh: `服务器返回 ${response.status} ${response.statusText}`.trim() },
      { file: url, hint: { en: 'check the address', zh: '请检查网址' } },
    );
  const charset = /charset=["']?([^;"'\s]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  return decodeFeedBytes(new Uint8Array(await response.arrayBuffer()), url, charset);
}
