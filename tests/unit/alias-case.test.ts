import { describe, expect, test } from 'vitest';
import { buildCheckReport } from '../../src/core/check.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { caseOnlyAlias, idInAliasCase } from '../../src/core/redirects/alias-case.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'W', label: 'l', timezone: 'UTC', pillars: [{ id: 'db', name: 'Databases' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2014-01-01' }],
  breaks: [],
});

function caseFlags(id: string, aliases: string[], status = 'published', lang: 'en' | 'zh' = 'en') {
  const dated = status === 'published' ? 'publishedAt: 2014-03-01\n' : '';
  const post = parsePostText(`---\ntitle: T\nchannel: blog\nstatus: ${status}\n${dated}aliases: ${JSON.stringify(aliases)}\n---\n\nSQL.\n`, id, `content/posts/${id}.md`);
  return buildCheckReport({ planner, posts: [post], now: Date.parse('2014-07-01T00:00:00Z'), lang }).flags.filter((f) => f.kind === 'alias-case');
}

describe('an alias that is its post’s own address in another case (redirects/alias-case.ts)', () => {
  test('is found, and the id in its case given; a folder post keeps /index; same case, another path, or an invalid alias is none', () => {
    expect(caseOnlyAlias('2014/Learn-To-Database', ['/old/', '/posts/2014/learn-to-database/'])).toBe('/posts/2014/learn-to-database/');
    expect(idInAliasCase('2014/Learn-To-Database', ['/posts/2014/learn-to-database'])).toBe('2014/learn-to-database');
    expect(idInAliasCase('2014/Trip/index', ['/posts/2014/trip/'])).toBe('2014/trip/index');
    expect(idInAliasCase('2014/a', ['/posts/2014/a/'])).toBe('2014/a');
    expect(idInAliasCase('2014/Learn', ['/posts/2014/learn-more/', '/learn/', 'posts/2014/learn/'])).toBe('2014/Learn');
  });

  test('check warns of a published post with one, naming the rename, in English and Chinese; not of a draft', () => {
    expect(caseFlags('2014/Learn-To-Database', ['/posts/2014/learn-to-database/'])).toEqual([{
      kind: 'alias-case',
      severity: 'warning',
      post: '2014/Learn-To-Database',
      file: 'content/posts/2014/Learn-To-Database.md',
      message: 'its alias /posts/2014/learn-to-database/ is its address /posts/2014/Learn-To-Database/ in another case: one folder cannot hold both, so the build writes no redirect there, and on a host that reads case (GitHub Pages) old links to it get a 404',
      hint: "rename it to 2014/learn-to-database (the studio editor's Manage this post → Rename / move, or move the file): its page is then at the old address",
      suggested: '2014/learn-to-database',
    }]);
    expect(caseFlags('2014/Learn-To-Database', ['/posts/2014/learn-to-database/'], 'published', 'zh')[0]?.hint).toContain('重命名为 2014/learn-to-database');
    expect(caseFlags('2014/Learn-To-Database', ['/posts/2014/learn-to-database/'], 'draft')).toEqual([]);
    expect(caseFlags('2014/Learn-To-Database', ['/learn-to-database/'])).toEqual([]);
  });
});
