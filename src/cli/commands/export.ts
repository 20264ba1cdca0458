/** `export ics [--channel ID] [--out FILE] [--public] [--studio-url URL]`: the plan as an RFC 5545 calendar. */
import { open, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOptionsOf, synopsisOf } from '../command-table.ts';
import { buildCalendar } from '../../core/calendar/index.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { readHttpAddress, readSiteAddress, withBase, type SiteAddress } from '../../core/site-address.ts';
import type { Post } from '../../core/schema/post.ts';
import { postPath } from '../../pages/_lib/urls.ts';
import { isCopy, pageIdOf } from '../../core/copies.ts';
import { brandLanguage, postLangTag, siteWordsTag } from '../../core/language.ts';
import { traditionalWords } from '../../pages/_lib/site-words.ts';
import { isOnPortfolio } from '../../core/portfolio.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { findChannelOption } from '../channel-option.ts';
import type { CliContext } from '../context.ts';
import { loadProject } from '../../store/project.ts';
import { describeReadError } from '../../store/read-file.ts';
import { writeTextFile } from '../../store/safe-write.ts';
import type { Text } from '../../core/i18n/text.ts';

const FORMATS = ['ics'];

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: parseOptionsOf('export'),
    strict: true,
    allowPositionals: true,
  });
  // A channel id is stored in NFC (src/core/ids.ts); a terminal may send another form.
  const channel = values.channel?.normalize('NFC');
  checkFormat(positionals);
  if (values.out !== undefined && values.out.trim() === '')
    throw new ThroughlineError({ en: 'needs a file name', zh: '需要一个文件名' }, { field: '--out', hint: { en: 'e.g. --out plan.ics', zh: '例如 --out plan.ics' } });
  const { planner, posts } = await loadProject(ctx.root);
  if (ctx.keep) (await import('../traditional.ts')).keepProjectWords(ctx.keep, planner, posts);
  if (channel !== undefined) findChannelOption(planner, channel);
  const studioUrl =
    values['studio-url'] === undefined
      ? undefined
      : readHttpAddress(values['studio-url'], '--studio-url', { en: 'e.g. --studio-url http://localhost:4622/studio', zh: '例如 --studio-url http://localhost:4622/studio' }).href;
  // As the built site serves it: a published post's entry links its page at SITE_URL, when set.
  const address = values.public ? readSiteAddress(process.env.SITE_URL) : undefined;
  const postUrl = address && pageUrls(posts, planner, ctx.now, address);
  const traditional = traditionalWords(calendarWordsTag(planner, posts, ctx.now, values.public ?? false));
  const ics = buildCalendar({ planner, posts, now: ctx.now, channel, public: values.public, studioUrl, ...(postUrl ? { postUrl } : {}), ...(traditional ? { traditional } : {}) });
  // "-" is standard output, as in most command-line tools (before, a file named "-" was written).
  if (values.out === undefined || values.out === '-') {
    ctx.stdout(ics);
    return 0;
  }
  const out = resolve(process.cwd(), values.out);
  await checkOutFolder(out, values.out);
  // Same rules as every other write: through a link, mode kept, disk full named, no temp left.
  await writeTextFile(out, ics, values.out).catch((error: unknown) => {
    if (!(error instanceof ThroughlineError)) throw error;
    throw new ThroughlineError(error.text.message, { file: error.file, field: '--out', hint: error.text.hint });
  });
  ctx.stderr(ctx.lang === 'zh' ? `已写入 ${out}\n` : `wrote ${out}\n`);
  return 0;
}

function checkFormat(positionals: string[]): void {
  const hint = `npm run throughline -- ${synopsisOf('export')}`;
  const [format, ...extra] = positionals;
  if (format === undefined) throw new ThroughlineError({ en: 'export needs a format: ics', zh: 'export 需要指定格式：ics' }, { field: 'export', hint });
  if (!FORMATS.includes(format))
    throw new ThroughlineError({ en: `unknown format "${format}"; expected ${FORMATS.join(', ')}`, zh: `未知的格式 "${format}"；应为 ${FORMATS.join('、')}` }, { field: 'export', hint });
  if (extra.length > 0)
    throw new ThroughlineError({ en: `unexpected "${extra.join(' ')}" after "export ${format}"`, zh: `"export ${format}" 后面多了 "${extra.join(' ')}"` }, { field: 'export', hint });
}

/**
 * The folder `--out` names must exist and be a folder, and a file already there must be a
 * calendar (an earlier export, or empty): a slip such as `--out content/planner.json` or
 * `--out notes.txt` would replace that file with the calendar; one that cannot be read to tell
 * (no permission, a disk error, a link in a loop) is not written over either. Said before
 * anything is written.
 */
async function checkOutFolder(out: string, shown: string): Promise<void> {
  const folder = dirname(out);
  const info = await stat(folder).catch((error: NodeJS.ErrnoException) => error);
  const where = { file: shown, field: '--out' };
  if (info instanceof Error && (info.code === 'ENOENT' || info.code === 'ENOTDIR'))
    throw new ThroughlineError(
      { en: `the folder ${folder} does not exist; nothing was written`, zh: `文件夹 ${folder} 不存在；没有写入任何内容` },
      { ...where, hint: { en: `create it first (mkdir -p ${folder}) or choose another path`, zh: `请先创建它（mkdir -p ${folder}），或换一个路径` } },
    );
  if (!(info instanceof Error) && !info.isDirectory())
    throw new ThroughlineError({ en: `${folder} is a file, not a folder; nothing was written`, zh: `${folder} 是文件，不是文件夹；没有写入任何内容` }, where);
  const target = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw unreadable(error, where);
  });
  if (target?.isDirectory())
    throw new ThroughlineError(
      { en: 'this is a folder; give a file name, e.g. --out plan.ics; nothing was written', zh: '这是一个文件夹；请给出文件名，例如 --out plan.ics；没有写入任何内容' },
      where,
    );
  if (target?.isFile() && target.size > 0 && !(await startsAsCalendar(out).catch((error: NodeJS.ErrnoException) => { throw unreadable(error, where); })))
    throw new ThroughlineError(
      { en: 'this file exists and is not a calendar; nothing was written', zh: '这个文件已存在，而且不是日历文件；没有写入任何内容' },
      { ...where, hint: { en: 'give the name of a new file or of an earlier export, e.g. --out plan.ics', zh: '请给出一个新文件名，或以前导出的日历文件，例如 --out plan.ics' } },
    );
}

/**
 * An existing `--out` file that could not be read (no permission, a disk error): whether it is
 * a calendar is not known, so it is not written over (describeReadError gives the reason).
 */
function unreadable(error: NodeJS.ErrnoException, where: { file: string; field: string }): ThroughlineError {
  const read = describeReadError(error, where.file).text;
  const reason = read.message as Text;
  const hint = read.hint as Text | undefined;
  return new ThroughlineError(
    { en: `${reason.en}, so it is not known to be a calendar; nothing was written`, zh: `${reason.zh}，无法确认它是日历文件；没有写入任何内容` },
    { ...where, hint: hint ? { en: `${hint.en}, or give the name of a new file`, zh: `${hint.zh}，或给出一个新文件名` } : { en: 'give the name of a new file, e.g. --out plan.ics', zh: '请给出一个新文件名，例如 --out plan.ics' } },
  );
}

/** Whether the file at `path` begins as an iCalendar file does (`BEGIN:VCALENDAR`, after a byte order mark or blank lines). */
async function startsAsCalendar(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    return /^(?:\uFEFF)?\s*BEGIN:VCALENDAR/i.test(buffer.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await file.close();
  }
}

/**
 * The tag of the calendar's own words, by the site's rule (core/language.ts siteWordsTag):
 * Traditional when most of the Chinese posts are. `--public` counts the posts the site counts
 * (on the portfolio at `now`, copies aside), so it says what `/calendar.ics` says; else every post
 * of the project.
 */
function calendarWordsTag(planner: Planner, posts: Post[], now: number, publicOnly: boolean): string {
  const lang = brandLanguage(planner.brand);
  const counted = publicOnly ? posts.filter((p) => !isCopy(p) && isOnPortfolio(p, planner, now)) : posts;
  const { name, label, audience } = planner.brand;
  return siteWordsTag(lang, counted.map((p) => postLangTag(p.data.title, p.data.lang, p.body, lang)), `${name} ${label} ${audience ?? ''}`);
}

/**
 * Each post's page address under `address` (SITE_URL), as the built site links it on its
 * calendars: a copy (copyOf) has no page, so its original's, once that is on the portfolio at
 * `now` (core/copies.ts pageIdOf), else none.
 */
function pageUrls(posts: Post[], planner: Planner, now: number, address: SiteAddress): (post: Post) => string | undefined {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const shown = (id: string) => {
    const original = byId.get(id);
    return original !== undefined && isOnPortfolio(original, planner, now);
  };
  return (post) => {
    const id = pageIdOf(post, shown);
    return id === undefined ? undefined : new URL(withBase(postPath(id), address.base), address.site).href;
  };
}
