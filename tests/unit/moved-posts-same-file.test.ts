import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { parsePostText } from '../../src/core/post-file.ts';

const opts = { channel: 'blog', status: 'published' as const };
const known = (plan: ReturnType<typeof planMove>) => new Map(plan.moves.map((m) => [m.id, { title: parsePostText(m.text, m.id, m.from).data.title, publishedAt: parsePostText(m.text, m.id, m.from).data.publishedAt }]));

describe('planMove on a re-run with other date options', () => {
  const files = [
    { path: 'docs/agents.md', text: '# Java agents\n', committed: { date: '2025-03-01T08:00:00+08:00', commit: 'abc1234' } },
    { path: 'docs/dated.md', text: '---\ndate: 2023-02-01\n---\n# Dated\n', committed: { date: '2025-03-01T08:00:00+08:00', commit: 'abc1234' } },
  ];
  const undated = files.map(({ path, text }) => ({ path, text }));

  test('a file dated by git before is found in its year folder when this run gives it no date, and the other way round', () => {
    const first = known(planMove(files, [], opts));
    expect([...first.keys()]).toEqual(['2025/agents', '2023/dated']);
    const again = planMove(undated, first.keys(), opts, first);
    expect(again.moves).toEqual([]);
    expect(again.skipped.map((s) => [s.from, s.id, s.reason.en])).toEqual([
      ['docs/agents.md', '2025/agents', 'already there, not overwritten: an earlier run gave it a date (--git-dates), this one gives it none'],
      ['docs/dated.md', '2023/dated', 'already there, not overwritten'],
    ]);
    const drafts = known(planMove(undated, [], opts));
    const dated = planMove(files, drafts.keys(), opts, drafts);
    expect(dated.moves).toEqual([]);
    expect(dated.skipped[0]!.reason.en).toBe('already there, not overwritten: an earlier run imported it without a date; to give it 2025-03-01T08:00:00+08:00, remove it and import again');
  });

  test('a post of that name in another folder with another title is another post: the file comes in', () => {
    const other = new Map([['2024/agents', { title: 'Secret agents' }]]);
    expect(planMove(undated, other.keys(), opts, other).moves.map((m) => m.id)).toEqual(['drafts/agents', '2023/dated']);
    // A file of the generator's drafts folder is drafts/ whatever the options: not matched elsewhere.
    const published = new Map([['2024/agents', { title: 'Java agents' }]]);
    expect(planMove([{ path: '_drafts/agents.md', text: '# Java agents\n', draft: true }], published.keys(), opts, published).moves.map((m) => m.id)).toEqual(['drafts/agents']);
  });

  test('a file an earlier run put in drafts/, since moved to its channel folder by the studio, is not imported again', () => {
    // The studio's offer moves drafts/agents to blog/agents when it is published (core/holding-folders.ts).
    const moved = new Map([['blog/agents', { title: 'Java agents' }], ['2023/dated', { title: 'Dated' }]]);
    const again = planMove(undated, moved.keys(), opts, moved);
    expect(again.moves).toEqual([]);
    expect(again.skipped.map((s) => s.id)).toEqual(['blog/agents', '2023/dated']);
  });
});
