/**
 * A feed or export from a file or an http(s) address, as bytes (a zip export stays binary;
 * text is decoded by core/feed/read-source.ts). Relative paths are read from the current
 * directory.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ThroughlineError } from '../core/errors.ts';
import type { SourceBytes } from '../core/feed/read-source.ts';

const FETCH_TIMEOUT_MS = 30_000;

/** The source's bytes; throws a ThroughlineError naming the file or address when it cannot be read. */
export async function readFeedSource(source: string): Promise<SourceBytes> {
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
      hint: {
        en: 'pass the path of a saved feed (.xml, .rss, .atom, .json), an export (.xml, .json, .zip) or a feed address',
        zh: '请给出已保存的 feed 文件路径（.xml、.rss、.atom、.json）、导出文件（.xml、.json、.zip）或 feed 网址',
      },
    });
  });
  return { bytes };
}

async function fetchFeed(url: string): Promise<SourceBytes> {
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
  return { bytes: new Uint8Array(await response.arrayBuffer()), charset, documentUrl: response.url || url };
}
