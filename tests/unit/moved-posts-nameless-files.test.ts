/** core/moved-posts/plan.ts idOf: a file named with no letter or digit (`🎉.md`) gets a readable id, said in a note. */
import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';

const opts = { channel: 'blog', status: 'published' as const };
const moved = (path: string, frontmatter: string) => planMove([{ path, text: `---\n${frontmatter}\n---\n\nText.\n` }], [], opts).moves[0]!;

describe('a file whose name has no letter or digit', () => {
  test.each([
    ['🎉.md', 'title: Party noodles\ndate: 2026-12-10', '2026/party-noodles', /its file name 🎉\.md has no letter or digit for an id: named 2026\/party-noodles from its title/],
    ['!!!.md', 'title: 派对面条\ndate: 2025-01-02', '2025/派对面条', /named 2025\/派对面条 from its title/],
    ['🎉🎊.md', 'title: "🎉"\ndate: 2026-12-10', '2026/2026-12-10', /nor has its title: named 2026\/2026-12-10 from its date/],
    ['_posts/2019-05-06-🎉.md', 'layout: post', '2019/2019-05-06', /named 2019\/2019-05-06 from its date/],
  ])('%s is named from its title, else its date, with a note', (path, frontmatter, id, note) => {
    const move = moved(path, frontmatter);
    expect(move.id).toBe(id);
    expect(move.notes.map((n) => n.en).join('\n')).toMatch(note);
    expect(move.notes.map((n) => n.zh).join('\n')).toContain(id);
  });

  test('a name with letters keeps its own slug and gets no such note', () => {
    const move = moved('bad id.md', 'title: Party noodles\ndate: 2026-12-10');
    expect(move.id).toBe('2026/bad-id');
    expect(move.notes.map((n) => n.en).join('\n')).not.toMatch(/no letter or digit/);
  });

  test('two such files with one title are numbered, not overwritten', () => {
    const plan = planMove([{ path: 'a/🎉.md', text: '---\ntitle: Party\ndate: 2026-01-01\n---\nA.\n' }, { path: 'b/🎉.md', text: '---\ntitle: Party\ndate: 2026-02-01\n---\nB.\n' }], [], opts);
    expect(plan.moves.map((m) => m.id).sort()).toEqual(['2026/party', '2026/party-2']);
  });
});
