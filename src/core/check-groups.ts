/**
 * `check`'s text and the build's log say a cause once: per-post flags of one kind and one cause (a blog copied in
 * whole raised `unread-tags` on each of its 179 posts) become one block naming the files, while
 * `check --json` and the studio keep a flag per post (../shared/interfaces.md).
 */
import type { Flag } from './check-report.ts';
import { unreadTagsGroupText, type UnreadTagsFlag } from './custom-tags.ts';
import type { Lang } from './language.ts';

/** Flags of one cause from this many on are printed as one block; fewer keep a block each. */
export const GROUP_FROM = 3;

/** Several posts' flags of one cause, as printed: every file, one message and hint. */
export interface FlagGroup {
  kind: Flag['kind'];
  severity: Flag['severity'];
  files: string[];
  message: string;
  hint?: string;
}

/**
 * The cause of a per-post flag: `unread-tags` by its field (each post's names differ, the fix is
 * one), `date-conflict` and `alias-conflict` by their pair of keys, any other kind by its message
 * and hint when they say the same of every post (`empty-post`).
 * Undefined for a flag of no post (a channel's, the planner's).
 */
function causeOf(flag: Flag): string | undefined {
  if (!('post' in flag) || !('file' in flag)) return undefined;
  if (flag.kind === 'unread-tags') return `unread-tags\n${flag.field}`;
  // One pair of keys written by a migration across a blog: each post's values differ, the fix is one.
  if (flag.kind === 'date-conflict' || flag.kind === 'alias-conflict') return `${flag.kind}\n${flag.used.key}\n${flag.ignored.key}`;
  return `${flag.kind}\n${flag.message}\n${'hint' in flag ? flag.hint : ''}`;
}

/** What a group says: unread-tags' own text (core/custom-tags.ts), a pair of keys once, else its flags' shared message. */
function groupText(flags: readonly Flag[], lang: Lang): { message: string; hint?: string } {
  const first = flags[0]!;
  if (first.kind === 'unread-tags') return unreadTagsGroupText(flags as UnreadTagsFlag[], lang);
  const n = flags.length;
  if (first.kind === 'date-conflict' || first.kind === 'alias-conflict') {
    const { used, ignored } = first;
    const message =
      lang === 'zh'
        ? `${n} 篇文章的 ${used.key} 与 ${ignored.key} 不一致：用的是 ${used.key}；请在每篇里删掉其中一个（check --json 列出每篇的值）`
        : `${n} posts give ${used.key} and ${ignored.key} with different values: ${used.key} is used; delete one of them in each (check --json lists each post's values)`;
    return { message, hint: first.hint };
  }
  return { message: lang === 'zh' ? `${n} 篇文章：${first.message}` : `${n} posts: ${first.message}`, hint: 'hint' in first ? first.hint : undefined };
}

/**
 * `flags` in order, those of a cause shared by {@link GROUP_FROM} posts or more replaced by one
 * {@link FlagGroup} where the first of them stood. Pure.
 */
export function groupFlags(flags: readonly Flag[], lang: Lang): (Flag | FlagGroup)[] {
  const byCause = new Map<string, Flag[]>();
  for (const flag of flags) {
    const cause = causeOf(flag);
    if (cause === undefined) continue;
    const group = byCause.get(cause);
    if (group) group.push(flag);
    else byCause.set(cause, [flag]);
  }
  const out: (Flag | FlagGroup)[] = [];
  for (const flag of flags) {
    const cause = causeOf(flag);
    const group = cause === undefined ? undefined : byCause.get(cause)!;
    if (group === undefined || group.length < GROUP_FROM) out.push(flag);
    else if (group[0] === flag) out.push({ kind: flag.kind, severity: flag.severity, files: group.map((f) => (f as { file: string }).file), ...groupText(group, lang) });
  }
  return out;
}

/** A group's files as a line names them: three (each through `shown`), the rest counted (check --json names each). */
export function groupFilesText(files: readonly string[], lang: Lang, shown: (file: string) => string = (file) => file): string {
  const named = files.slice(0, 3).map(shown);
  const more = files.length - named.length;
  if (lang === 'zh') return `${named.join('、')}${more > 0 ? ` 等 ${files.length} 个文件` : ''}`;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
