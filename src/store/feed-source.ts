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
      error.code === 'ENOENT' ? 'there is no such file' : error.code === 'EISDIR' ? 'this is a folder, not a feed file' : error.message;
    throw new ThroughlineError(reason, { file: source, hint: 'pass the path of a saved feed (.xml, .rss, .atom, .json), an export (.xml, .json, .zip) or a feed address' });
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
    throw new ThroughlineError(`the feed could not be fetched (${cause})`, { file: url, hint: 'check the address and your connection' });
  }
  if (!response.ok)
    throw new ThroughlineError(`the server answered ${response.status} ${response.statusText}`.trim(), { file: url, hint: 'check the address' });
  const charset = /charset=["']?([^;"'\s]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  return { bytes: new Uint8Array(await response.arrayBuffer()), charset, documentUrl: response.url || url };
}
