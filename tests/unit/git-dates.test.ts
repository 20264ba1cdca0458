import { describe, expect, test } from 'vitest';
import { parseFirstCommits } from '../../src/store/git-dates.ts';

describe('parseFirstCommits', () => {
  test('each path gets the commit that added it; a renamed file keeps the date it was first added under its old name', () => {
    const log = [
      '\x01aaa1111 2018-10-13T20:34:40+08:00', '', 'A\tissue-1.md', 'A\told-name.md', '',
      '\x01bbb2222 2019-01-04T09:00:00+08:00', '', 'A\tissue-2.md', '',
      '\x01ccc3333 2020-05-01T10:00:00+08:00', '', 'R100\told-name.md\tissue-3.md', 'A\tissue-1.md', '',
    ].join('\n');
    const dates = parseFirstCommits(log);
    expect(dates.get('issue-1.md')).toEqual({ date: '2018-10-13T20:34:40+08:00', commit: 'aaa1111' });
    expect(dates.get('issue-2.md')).toEqual({ date: '2019-01-04T09:00:00+08:00', commit: 'bbb2222' });
    expect(dates.get('issue-3.md')).toEqual({ date: '2018-10-13T20:34:40+08:00', commit: 'aaa1111' });
    expect(dates.has('missing.md')).toBe(false);
  });
});

// A real repository (Anduin2017/HowToCook): a recipe moved to another folder in a merge commit
// (resolving a pull request) was in no commit `git log` lists with its files, and --git-dates
// said it was "in no commit yet".
describe('firstCommitDates on a repository', () => {
  test('a file moved within a merge commit keeps the date it was first added', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { firstCommitDates } = await import('../../src/store/git-dates.ts');
    const dir = mkdtempSync(join(tmpdir(), 'tl-git-merge-'));
    try {
      const git = (args: string[], date = '2022-02-26T20:16:50+08:00') =>
        execFileSync('git', ['-C', dir, '-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: 'pipe' });
      git(['init', '-q', '-b', 'main']);
      mkdirSync(join(dir, 'dishes/home-cooking'), { recursive: true });
      writeFileSync(join(dir, 'dishes/home-cooking/大盘鸡.md'), '# 新疆大盘鸡\n\n做法。\n');
      git(['add', '.']);
      git(['commit', '-q', '-m', 'add']);
      git(['checkout', '-q', '-b', 'side']);
      writeFileSync(join(dir, 'dishes/other.md'), '# 其他\n');
      git(['add', '.']);
      git(['commit', '-q', '-m', 'side'], '2022-03-01T10:00:00+08:00');
      git(['checkout', '-q', 'main']);
      git(['merge', '-q', '--no-ff', '--no-commit', 'side'], '2022-03-03T09:56:13+08:00');
      mkdirSync(join(dir, 'dishes/meat_dish'), { recursive: true });
      git(['mv', 'dishes/home-cooking/大盘鸡.md', 'dishes/meat_dish/大盘鸡.md']);
      git(['commit', '-q', '-m', 'merge and move'], '2022-03-03T09:56:13+08:00');
      const dates = await firstCommitDates(join(dir, 'dishes'));
      expect(dates?.get('meat_dish/大盘鸡.md')?.date).toBe('2022-02-26T20:16:50+08:00');
      expect(dates?.get('other.md')?.date).toBe('2022-03-01T10:00:00+08:00');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
