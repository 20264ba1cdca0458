/**
 * When each Markdown file of a folder was first committed, from its git history: for
 * `import FOLDER --git-dates`, the date of a post whose file gives none (a weekly kept as plain
 * Markdown in a repository, one file a week). A file renamed or moved keeps the date of the
 * commit that added it under its first name. A file a merge commit brought in (added while
 * resolving it, so no single-parent commit adds it) gets that merge's date. Files git does not
 * track have none.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

export interface CommittedDate {
  /** The author date of the commit that added the file, ISO 8601 with that commit's offset. */
  date: string;
  /** That commit's hash, abbreviated. */
  commit: string;
}

function git(dir: string, args: string[]): Promise<string | null> {
  return new Promise((done) => {
    execFile('git', ['-C', dir, ...args], { maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => done(error ? null : stdout));
  });
}

/** True when `folder` is inside a git work tree (and git is installed). */
export async function inGitWorkTree(folder: string): Promise<boolean> {
  return (await git(resolve(process.cwd(), folder), ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true';
}

/**
 * Path within `folder` (`/`-separated) -> the commit that added it, or null when `folder` is in
 * no git work tree. Read from one `git log` over the folder, oldest commit first, merges' changes
 * against their first parent included (`git log` shows no diff for a merge by default, so a file
 * a merge brought in or moved, HowToCook's 新疆大盘鸡.md, was in no commit).
 */
export async function firstCommitDates(folder: string): Promise<Map<string, CommittedDate> | null> {
  const dir = resolve(process.cwd(), folder);
  if (!(await inGitWorkTree(folder))) return null;
  // A merge commit's changes against its first parent too (--diff-merges=first-parent): a file
  // moved while resolving a merge (a real recipe repository, HowToCook) is listed nowhere else,
  // and git log leaves merges' files out by default. Oldest first, a file's first add wins.
  const out = await git(dir, ['-c', 'core.quotePath=false', 'log', '--reverse', '--relative', '--find-renames', '--diff-merges=first-parent', '--diff-filter=AR', '--name-status', '--format=%x01%h %aI', '--', '.']);
  if (out === null) return null;
  return parseFirstCommits(out);
}

/** The `git log --reverse --name-status --format=%x01%h %aI` text -> path -> first commit (exported for tests). */
export function parseFirstCommits(log: string): Map<string, CommittedDate> {
  const dates = new Map<string, CommittedDate>();
  for (const block of log.split('\x01')) {
    const [head, ...lines] = block.split('\n');
    const [commit, date] = (head ?? '').trim().split(' ');
    if (!commit || !date) continue;
    for (const line of lines) {
      const parts = line.split('\t');
      if (parts[0] === 'A' && parts[1] && !dates.has(parts[1])) dates.set(parts[1], { date, commit });
      else if (parts[0]?.startsWith('R') && parts[1] && parts[2]) dates.set(parts[2], dates.get(parts[1]) ?? { date, commit });
    }
  }
  return dates;
}
