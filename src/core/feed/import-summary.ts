/**
 * What `import` tells the user once the posts are planned: the summary line and, when imported
 * history reaches back before the channel's start, how --backfill makes it count. Both
 * languages, for the CLI to pick from.
 */
import { countOf, type Text } from '../i18n/text.ts';
import type { FeedDocument } from './entry.ts';
import { skippedText } from './skipped.ts';

/** The options of the run that shape its messages. */
export interface SummaryOptions {
  channel: string;
  dryRun: boolean;
  backfill: boolean;
}

/**
 * The import's last line: `imported 5 of 5 entries into "blog"; 1 already imported; left out
 * (not posts): 1 page`. `planned` counts the drafts that passed validation, `written` the files
 * written (or listed, on a dry run); entries neither planned nor already imported were skipped
 * with a warning of their own.
 */
export function importSummary(doc: FeedDocument, n: { planned: number; written: number; alreadyImported: number }, opts: SummaryOptions): Text {
  const skipped = doc.entries.length - n.planned - n.alreadyImported;
  const kinds = doc.skipped.map(skippedText);
  const entries = countOf(doc.entries.length, ['entry', 'entries'], '条');
  const en =
    `${opts.dryRun ? 'dry run: would import' : 'imported'} ${n.written} of ${entries.en} into "${opts.channel}"` +
    `${n.alreadyImported ? `; ${n.alreadyImported} already imported` : ''}${skipped ? `; ${skipped} skipped (see above)` : ''}` +
    `${kinds.length ? `; left out (not posts): ${kinds.map((k) => k.en).join(', ')}` : ''}${opts.dryRun ? '; nothing was written' : ''}`;
  const zh =
    `${opts.dryRun ? '试运行：将' : '已'}把 ${entries.zh}中的 ${n.written} 条导入渠道 "${opts.channel}"` +
    `${n.alreadyImported ? `；${n.alreadyImported} 条之前已导入` : ''}${skipped ? `；已跳过 ${skipped} 条（见上文）` : ''}` +
    `${kinds.length ? `；未导入（不是文章）：${kinds.map((k) => k.zh).join('、')}` : ''}${opts.dryRun ? '；没有写入任何内容' : ''}`;
  return { en, zh };
}

/**
 * What `count` imported posts before the channel's first start (`first`) mean: without
 * --backfill, how to make them count; with it, the move to `to` made (or, on a dry run, the
 * move it would make). `firstPost` is the earliest post's local date; `posts`, when given, these
 * posts by local date with their files, to name a pause of a year or more among them (pause).
 */
export function historyMessage(n: { channel: string; count: number; first: string; to: string; firstPost: string; lastPost?: string; posts?: readonly EarlyPost[] }, opts: Omit<SummaryOptions, 'channel'>): Text {
  const why = n.to === n.firstPost ? { en: '', zh: '' } : { en: ` (the last slot day on or before the first post, ${n.firstPost})`, zh: `（第一篇文章 ${n.firstPost} 当天或之前的最后一个排期日）` };
  // A long silence between the last such post and the start (a blog of 2015-2017 moved in 2026):
  // backfilled, every slot of it is a gap (a trial: 1,134 gaps, consistency 2%). Said before, not after.
  const silent = n.lastPost !== undefined && daysBetween(n.lastPost, n.first) > SILENCE_DAYS;
  const gaps = silent
    ? {
        en: `; every slot from ${n.to} on with no post then counts, so the slots between the last of these posts (${n.lastPost}) and ${n.first} become gaps, unless you add a break covering them (breaks in content/planner.json; the studio's channel page)`,
        zh: `；此后没有文章的排期都会计入，因此这些文章中最后一篇（${n.lastPost}）到 ${n.first} 之间的排期都会成为断更，除非你为这段时间加上休息期（content/planner.json 的 breaks；工作室的渠道页面）`,
      }
    : { en: '', zh: '' };
  const lone = pause(n.posts ?? []);
  if (!opts.backfill)
    return {
      en: `${n.count === 1 ? `1 post is before the ${n.channel} channel's start ${n.first}: it counts` : `${n.count} posts are before the ${n.channel} channel's start ${n.first}: they count`} nowhere. Re-run with --backfill to move the start back to ${n.to}${why.en}${gaps.en}${lone.en}`,
      zh: `有 ${n.count} 篇文章早于渠道 ${n.channel} 的开始日期 ${n.first}，不会计入任何排期。加上 --backfill 重新运行，可把开始日期提前到 ${n.to}${why.zh}${gaps.zh}${lone.zh}`,
    };
  if (opts.dryRun)
    return {
      en: `dry run: --backfill would move the ${n.channel} channel's start back from ${n.first} to ${n.to}${why.en}${gaps.en}${lone.en}`,
      zh: `试运行：--backfill 将把渠道 ${n.channel} 的开始日期从 ${n.first} 提前到 ${n.to}${why.zh}${gaps.zh}${lone.zh}`,
    };
  return {
    en: `moved the ${n.channel} channel's start back from ${n.first} to ${n.to} (content/planner.json: channels[].history); posts from then on count${gaps.en}${lone.en}`,
    zh: `已把渠道 ${n.channel} 的开始日期从 ${n.first} 提前到 ${n.to}（content/planner.json: channels[].history）；从那天起的文章都会计入${gaps.zh}${lone.zh}`,
  };
}

/** A post before the channel's start: its local date and its file. */
export interface EarlyPost { date: string; file?: string }

/**
 * The longest silence of a year or more between two of `posts` (sorted by date), which backfilling
 * turns into a run of gaps. When a few posts come before it (PLACEHOLDERS or fewer), their dates
 * are likely placeholders (Fuwari's pages at 1999-01-01, a theme's sample at 1970-01-01, months
 * or years before the blog's first real post): they are named with their files, to be corrected
 * first. Else the pause is named, for a break to cover it.
 */
function pause(posts: readonly EarlyPost[]): Text {
  // The first of the longest gaps of PAUSE_DAYS or more, each gap worked out once.
  let at = -1;
  let longest = 0;
  for (let i = 1; i < posts.length; i++) {
    const days = daysBetween(posts[i - 1]!.date, posts[i]!.date);
    if (days >= PAUSE_DAYS && days > longest) [at, longest] = [i, days];
  }
  if (at === -1) return { en: '', zh: '' };
  const [last, next] = [posts[at - 1]!.date, posts[at]!.date];
  const years = Math.floor(longest / 365.25);
  // zh: a space between a number and Han characters, none before 一.
  const span = years >= 1 ? { en: years === 1 ? 'over a year' : `over ${years} years`, zh: ` ${years} 年多` } : { en: 'a year', zh: '一年' };
  if (at > PLACEHOLDERS)
    return {
      en: `; the slots between ${last} and ${next} (a pause of ${span.en}) become gaps too, unless a break covers them`,
      zh: `；${last} 到 ${next} 之间（停更${span.zh}）的排期也会成为断更，除非有休息期覆盖`,
    };
  const named = posts.slice(0, at).map((p) => (p.file === undefined ? p.date : `${p.date}, ${p.file}`));
  const list = { en: named.join('; '), zh: named.map((n) => n.replace(', ', '，')).join('；') };
  return at === 1
    ? {
        en: `; the first of these posts (${list.en}) is ${span.en} before the next (${next}): if its date is a placeholder, correct it first, or the slots between become gaps too`,
        zh: `；其中第一篇（${list.zh}）比下一篇（${next}）早${span.zh}：如果它的日期只是占位，请先改正，否则两者之间的排期也会成为断更`,
      }
    : {
        en: `; the first ${at} of these posts (${list.en}) are ${span.en} before the next (${next}): if their dates are placeholders, correct them first, or the slots between become gaps too`,
        zh: `；其中最早的 ${at} 篇（${list.zh}）比下一篇（${next}）早${span.zh}：如果它们的日期只是占位，请先改正，否则中间的排期也会成为断更`,
      };
}

/** A silence between two posts before the start this many days or longer is named (pause). */
const PAUSE_DAYS = 365;
/** At most this many posts before such a silence are named as likely placeholder dates (pause). */
const PLACEHOLDERS = 3;

/** A silence longer than this many days between the last backfilled post and the channel's start is named (eight weeks). */
const SILENCE_DAYS = 56;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}
