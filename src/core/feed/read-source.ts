/**
 * Any importable source -> entries, the format detected from the bytes themselves: a zip
 * (Substack or Medium export), JSON (Ghost export or JSON Feed), or XML (WordPress export, or
 * RSS, RDF, Atom). A file that is none of these is refused with a ThroughlineError naming it.
 */
import { ThroughlineError } from '../errors.ts';
import { jsonSyntaxText } from '../planner-file.ts';
import { decodeFeedBytes } from './decode.ts';
import type { FeedDocument } from './entry.ts';
import { readFeedEntries } from './entries.ts';
import { ghostData, readGhostExport } from './ghost.ts';
import { isWordPressExport, readWordPressExport } from './wordpress.ts';
import { isZip, readZipExport } from './zip-exports.ts';

export interface SourceBytes {
  bytes: Uint8Array;
  /** The charset a server sent, if any. */
  charset?: string;
  /** The address the source was fetched from: the base of a feed's relative addresses. */
  documentUrl?: string;
}

/** Entries of the source named `source` (a path or address, used in messages). */
export function readImportSource(input: SourceBytes, source: string): FeedDocument {
  if (isZip(input.bytes)) return readZipExport(input.bytes, source);
  const text = decodeFeedBytes(input.bytes, source, input.charset);
  const head = text.trimStart();
  if (head.startsWith('{')) {
    const data = ghostData(parseJson(text, source));
    if (data) return readGhostExport(data, source);
  } else if (isWordPressExport(head)) {
    return readWordPressExport(head, source);
  }
  return readFeedEntries(text, source, input.documentUrl);
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Where it breaks, which V8's reason often leaves out (core/planner-file.ts jsonSyntaxText).
    const what = jsonSyntaxText(text, (error as Error).message);
    throw new ThroughlineError(
      { en: `this ${what.en}`, zh: `这${what.zh}` },
      { file: source, hint: { en: 'pass a JSON Feed or a Ghost export (.json) as downloaded', zh: '请给出原样下载的 JSON Feed 或 Ghost 导出文件（.json）' } },
    );
  }
}
