/**
 * `import FOLDER --git-dates` on a file that a merge commit brought in (a pull request merged with
 * the file added while resolving it: HowToCook's dishes/meat_dish/新疆大盘鸡/新疆大盘鸡.md, added by
 * the merge cef78747 and in no single-parent commit). `git log` shows no diff for merges, so the
 * file was taken as "in no commit yet" and came in as a draft without a date.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { firstCommitDates } from '../../src/store/git-dates.ts';

const made: string[] = [];
afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

const git = (dir: string, args: string[], date: string) =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'pipe' });

describe('firstCommitDates: a file a merge commit added', () => {
  test('gets the date of the merge that brought it in; files added by plain commits keep theirs', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'tl-git-merge-'));
    made.push(repo);
    const d1 = '2022-03-01T08:00:00+08:00', d2 = '2022-03-02T09:00:00+08:00', d3 = '2022-03-03T09:56:13+08:00';
    writeFileSync(join(repo, '宫保鸡丁.md'), '# 宫保鸡丁\n');
    git(repo, ['init', '-q'], d1);
    git(repo, ['add', '.'], d1);
    git(repo, ['commit', '-qm', 'one'], d1);
    git(repo, ['checkout', '-qb', 'side'], d1);
    writeFileSync(join(repo, 'side.md'), '# Side\n');
    git(repo, ['add', '.'], d2);
    git(repo, ['commit', '-qm', 'side'], d2);
    git(repo, ['checkout', '-q', 'main'], d2);
    writeFileSync(join(repo, 'main.md'), '# Main\n');
    git(repo, ['add', '.'], d2);
    git(repo, ['commit', '-qm', 'main'], d2);
    git(repo, ['merge', '-q', '--no-ff', '--no-commit', 'side'], d3);
    writeFileSync(join(repo, '新疆大盘鸡.md'), '# 新疆大盘鸡\n');
    git(repo, ['add', '.'], d3);
    git(repo, ['commit', '-qm', 'UPDATE'], d3);
    writeFileSync(join(repo, 'uncommitted.md'), '# Not yet\n');
    const dates = await firstCommitDates(repo);
    expect(dates?.get('宫保鸡丁.md')?.date).toBe(d1);
    expect(dates?.get('side.md')?.date).toBe(d2);
    expect(dates?.get('新疆大盘鸡.md')?.date).toBe(d3);
    expect(dates?.has('uncommitted.md')).toBe(false);
  });
});
