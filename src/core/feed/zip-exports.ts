/**
 * Exports that arrive as a .zip: Substack (Settings > Exports: `posts.csv` with columns
 * post_id, post_date, is_published, email_sent_at, inbox_sent_at, type, audience, title,
 * subtitle, podcast_url, and `posts/<post_id>.html`) and Medium (Settings > Download your
 * information: `posts/*.html`, one h-entry page per story, drafts named `draft_*.html`).
 * Unpacked with fflate, read with csv-parse and domino; uncompressed size is capped so that a
 * zip bomb is refused before it fills memory.
 */
import domino from '@mixmark-io/domino';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { ThroughlineError } from '../errors.ts';
import { isWebUrl, resolveAddress } from './address.ts';
import type { FeedDocument, FeedEntry } from './entry.ts';
import { countKinds } from './skipped.ts';
import { plainText } from './text.ts';

const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;
const HINT = {
  en: 'pass the .zip as downloaded: a Substack export (posts.csv and posts/) or a Medium export (posts/*.html)',
  zh: '请给出原样下载的 .zip：Substack 导出（posts.csv 和 posts/）或 Medium 导出（posts/*.html）',
};

/** True for the bytes of a zip archive (local file header signature). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Entries of a Substack or Medium export zip; throws a ThroughlineError naming `source` for any other zip. */
export function readZipExport(bytes: Uint8Array, source: string): FeedDocument {
  const files = unzip(bytes, source);
  const names = Object.keys(files);
  const csv = names.find((n) => /(^|\/)posts\.csv$/.test(n));
  if (csv) return readSubstack(files, csv, source);
  if (names.some((n) => /(^|\/)posts\/[^/]+\.html$/.test(n))) return readMedium(files);
  throw new ThroughlineError(
    { en: 'this .zip has neither posts.csv (Substack) nor posts/*.html (Medium)', zh: '这个 .zip 里既没有 posts.csv（Substack），也没有 posts/*.html（Medium）' },
    { file: source, hint: HINT },
  );
}

function unzip(bytes: Uint8Array, source: string): Record<string, Uint8Array> {
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES) throw new ThroughlineError({ en: 'this .zip unpacks to more than 512 MB, which is refused', zh: '这个 .zip 解压后超过 512 MB，已拒绝' }, { file: source, hint: HINT });
        return /\.(csv|html?)$/i.test(file.name) && !file.name.startsWith('__MACOSX/');
      },
    });
  } catch (error) {
    if (error instanceof ThroughlineError) throw error;
    const reason = (error as Error).message;
    throw new ThroughlineError({ en: `this .zip cannot be read (${reason})`, zh: `无法读取这个 .zip（${reason}）` }, { file: source, hint: HINT });
  }
}

const utf8 = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') : '');

function readSubstack(files: Record<string, Uint8Array>, csvName: string, source: string): FeedDocument {
  const folder = csvName.slice(0, csvName.length - 'posts.csv'.length);
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(utf8(files[csvName]), { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const reason = (error as Error).message;
    throw new ThroughlineError({ en: `posts.csv cannot be read (${reason})`, zh: `无法读取 posts.csv（${reason}）` }, { file: `${source}: ${csvName}`, hint: HINT });
  }
  if (rows.length && !('post_id' in rows[0]!))
    throw new ThroughlineError({ en: 'posts.csv has no post_id column', zh: 'posts.csv 没有 post_id 列' }, { file: `${source}: ${csvName}`, hint: HINT });
  const skipped: string[] = [];
  const entries: FeedEntry[] = [];
  for (const row of rows) {
    const type = row.type || 'newsletter';
    if (type === 'page') {
      skipped.push('page');
      continue;
    }
    const html = utf8(files[`${folder}posts/${row.post_id}.html`]);
    const published = /^true$/i.test(row.is_published ?? '');
    // only_free, only_paid, founding: for subscribers, whose export holds the whole text.
    const restricted = row.audience && row.audience !== 'everyone' ? `audience: ${row.audience}` : undefined;
    entries.push({
      guid: `substack:${row.post_id}`,
      title: row.title ? plainText(row.title) : undefined,
      date: row.post_date || undefined,
      ...(html.trim() ? { html } : {}),
      ...(row.subtitle ? { summary: plainText(row.subtitle) } : {}),
      tags: type === 'newsletter' ? [] : [type],
      state: published ? (restricted ? 'private' : 'published') : 'draft',
      ...(published && restricted ? { restricted } : {}),
    });
  }
  return { format: 'substack', entries, skipped: countKinds(skipped) };
}

function readMedium(files: Record<string, Uint8Array>): FeedDocument {
  const pages = Object.keys(files)
    .filter((n) => /(^|\/)posts\/[^/]+\.html$/.test(n))
    .sort();
  return { format: 'medium', entries: pages.map((name) => fromMediumPage(utf8(files[name]), name)), skipped: [] };
}

/** One Medium story page: h-entry with `.p-name`, `.p-summary`, `.e-content`, `time.dt-published`, `a.p-canonical`. */
function fromMediumPage(html: string, name: string): FeedEntry {
  const doc = domino.createDocument(html);
  const text = (selector: string) => doc.querySelector(selector)?.textContent?.trim() || undefined;
  const canonical = resolveAddress(doc.querySelector('a.p-canonical')?.getAttribute('href'));
  const content = doc.querySelector('.e-content');
  // The story's own title and subtitle repeat inside the body.
  content?.querySelectorAll('.graf--title, .graf--subtitle').forEach((node: { remove(): void }) => node.remove());
  const draft = /(^|\/)draft_[^/]*$/.test(name);
  return {
    guid: isWebUrl(canonical) ? canonical : `medium:${name.replace(/^.*\//, '').replace(/\.html$/, '')}`,
    url: isWebUrl(canonical) && !draft ? canonical : undefined,
    title: text('.p-name') ?? text('title'),
    date: doc.querySelector('time.dt-published')?.getAttribute('datetime') ?? undefined,
    ...(content ? { html: content.innerHTML } : {}),
    ...(text('.p-summary[data-field="subtitle"]') ? { summary: plainText(text('.p-summary[data-field="subtitle"]')!) } : {}),
    ...(text('.p-author') ? { author: plainText(text('.p-author')!) } : {}),
    base: isWebUrl(canonical) ? canonical : undefined,
    state: draft ? 'draft' : 'published',
  };
}
