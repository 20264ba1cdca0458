/**
 * Old addresses that two posts of one import both claim as `aliases:`: a real AstroPaper blog
 * copied `postSlug: selenium` into a later post, so both answered `/posts/selenium/` (the old site
 * served one page there), and two blogs moved into one site may both have had `/posts/pin/`. The
 * build writes one file per path, so `check` refuses the second: a post already here, else the
 * first post moved (files in path order), keeps the address; the later one is told why it has not.
 */
import { idKey } from '../feed/slug.ts';
import type { Text } from '../i18n/text.ts';
import { aliasFile, aliasProblem } from '../redirects/alias-path.ts';

/** Who holds each old address so far: the file (idKey of aliasFile) -> the post id. */
export type AliasOwners = Map<string, string>;

/**
 * Splits `paths` (a moved post's aliases) into those `id` may keep, recorded in `owners`, and
 * those an earlier post of the import holds, compared as a case-insensitive disk holds their
 * files (`/posts/a/` and `/Posts/A` are one page). A path no alias can be is kept as it is, for
 * the rules that name it.
 */
export function claimAliases(paths: readonly string[], id: string, owners: AliasOwners): { kept: string[]; taken: { path: string; by: string }[] } {
  const kept: string[] = [];
  const taken: { path: string; by: string }[] = [];
  for (const path of paths) {
    if (aliasProblem(path.trim()) !== undefined) {
      kept.push(path);
      continue;
    }
    const key = idKey(aliasFile(path.trim()));
    const by = owners.get(key);
    if (by !== undefined && by !== id) taken.push({ path, by });
    else {
      owners.set(key, id);
      kept.push(path);
    }
  }
  return { kept, taken };
}

/** The note on a post whose old addresses another post of the import keeps. */
export function takenAliasesNote(taken: readonly { path: string; by: string }[]): Text {
  const en = taken.map((t) => `${t.path} is also the old address of ${t.by}, which keeps it`).join('; ');
  const zh = taken.map((t) => `${t.path} 也是 ${t.by} 的旧地址，由它保留`).join('；');
  return {
    en: `aliases: ${en} (one address leads to one page): not written; if old links meant this post, move the alias from that post to this one`,
    zh: `aliases：${zh}（一个地址只能通向一个页面）：未写入；如果旧链接指的是这篇，请把该别名从那篇移到这篇`,
  };
}
