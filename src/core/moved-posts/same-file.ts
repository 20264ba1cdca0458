/**
 * A re-run of a folder import with other date options (`--git-dates`, `--status`) finds the
 * posts an earlier run made: a file that gives no date of its own is dated by the options, and
 * its id's folder (`2025/`, `drafts/`) with them. Without this, `import DIR --git-dates` then
 * `import DIR` wrote every such file again into drafts/ beside its dated post.
 */
import type { Text } from '../i18n/text.ts';
import { idKey } from '../feed/slug.ts';
import { postSlug } from '../post-slug.ts';
import { appendTo } from '../map-lists.ts';

/**
 * Known post ids by their name without their one folder (`2025/a`, `drafts/a`, `blog/a` -> `a`, by
 * idKey): the places a dateless file may have gone, its channel's folder too (the studio moves a
 * post out of drafts/ into it when it is published: core/holding-folders.ts).
 */
export function idsByName(ids: Iterable<string>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const id of ids) {
    const m = /^[^/]+\/([^/]+)$/.exec(postSlug(id));
    if (m) appendTo(byName, idKey(m[1]!), id);
  }
  return byName;
}

/**
 * The post an earlier run made of a file without a date of its own, now to be `id`: a known
 * post of the same name in another date folder with the same title (the README's rule: a post
 * is another only when its title and its date both differ, and this file has no date to
 * compare). `titles` gives each known id's title. Undefined when there is none.
 */
export function importedElsewhere(id: string, title: unknown, byName: ReadonlyMap<string, string[]>, titleOf: (id: string) => string | undefined): string | undefined {
  const [folder, name] = [id.slice(0, id.indexOf('/')), id.slice(id.indexOf('/') + 1)];
  const wanted = typeof title === 'string' ? title.trim() : '';
  if (!wanted) return undefined;
  return byName.get(idKey(name))?.find((other) => !idKey(other).startsWith(`${idKey(folder)}/`) && titleOf(other)?.trim() === wanted);
}

/** Why the file is skipped: the earlier post is kept, and how to take the date this run gives (`date`, undefined when it gives none). */
export function elsewhereReason(other: string, date: string | undefined): Text {
  if (other.startsWith('drafts/') && date)
    return {
      en: `already there, not overwritten: an earlier run imported it without a date; to give it ${date}, remove it and import again`,
      zh: `已经存在，没有覆盖：之前的一次导入没有给它日期；想让它取 ${date}，请删掉它再导入`,
    };
  return date
    ? { en: `already there, not overwritten: an earlier run gave it another date; to give it ${date}, remove it and import again`, zh: `已经存在，没有覆盖：之前的一次导入给了它另一个日期；想让它取 ${date}，请删掉它再导入` }
    : { en: 'already there, not overwritten: an earlier run gave it a date (--git-dates), this one gives it none', zh: '已经存在，没有覆盖：之前的一次导入给了它日期（--git-dates），这一次没有' };
}
