/**
 * What `import --git-dates` says of the dates it takes from git: each file's line names its
 * commit; a commit that added several files of the folder at once (a repository's first commit
 * often brings in posts written long before) is named once, with the advice, instead of on
 * every file's line (a trial's folder printed it 315 times).
 */
import type { Text } from '../i18n/text.ts';

/** How many file names the line of a commit lists before "and N more". */
const LISTED = 3;

/** The note on a file's line: its date and the commit it came from; `added` is how many files of the folder that commit added. */
export function gitDateNote(date: string, commit: string, added: number): Text {
  return added > 1
    ? { en: `date: ${date}, from git: commit ${commit}, which added ${added} files at once`, zh: `date：${date}，取自 git：提交 ${commit}（它一次加入了 ${added} 个文件）` }
    : { en: `date: ${date}, from git: the commit that added its file (${commit})`, zh: `date：${date}，取自 git：加入这个文件的提交（${commit}）` };
}

/**
 * One line per commit that added several files of the folder and gave its date to at least one
 * (`dated`: its paths within the folder, in order): how many it added, how many take its date,
 * the first few of them, and what to do if its date is not theirs.
 */
export function bulkCommitWarning(commit: string, date: string, added: number, dated: readonly string[]): Text {
  const n = dated.length;
  const more = n - LISTED;
  const list = { en: dated.slice(0, LISTED).join(', ') + (more > 0 ? ` and ${more} more` : ''), zh: dated.slice(0, LISTED).join('、') + (more > 0 ? ' 等' : '') };
  const take = n === added ? (n === 2 ? 'and both take' : `and all ${n} take`) : `${n} of which take${n === 1 ? 's' : ''}`;
  return {
    en: `--git-dates: commit ${commit} added ${added} files of the folder at once, ${take} its date (${date}): ${list.en}; if that commit brought older posts in, set their dates by hand`,
    zh: `--git-dates：提交 ${commit} 一次加入了文件夹里的 ${added} 个文件，其中 ${n} 个取了它的日期（${date}）：${list.zh}；如果那次提交是把旧文章一起放进仓库，请手动填写它们的日期`,
  };
}
