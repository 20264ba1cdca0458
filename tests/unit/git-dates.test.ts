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
