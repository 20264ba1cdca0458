import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { findTemplateTags, flagTemplateTags } from '../../src/core/template-tags.ts';

const folder = '/blog/source/_posts';
const opts = { channel: 'blog', status: 'published' as const, folder };
/** A Hexo post as `hexo new` writes it (scaffolds/post.md: title, date, tags). */
const post = (path: string, title: string, body: string, date = '2019-03-02 10:20:30') => ({
  path: `${folder}/${path}`,
  text: `---\ntitle: ${title}\ndate: ${date}\ntags:\n  - hexo\n---\n${body}\n`,
});
const bodyOf = (plan: ReturnType<typeof planMove>, name: string) => {
  const move = plan.moves.find((m) => m.from.endsWith(name))!;
  return { body: parsePostText(move.text, move.id, move.from).body, notes: move.notes.map((n) => n.en).join('\n') };
};

describe('Hexo post_link and post_path tags in an import', () => {
  test("become Markdown links to the imported posts' pages: the post's title, or the tag's own (quoted) text, a #fragment kept", () => {
    const plan = planMove(
      [
        post('how-to-bake-a-cake.md', 'How to bake a cake', 'Flour.'),
        post('2015-02-my-family-holiday/hexo-3-8-released.md', 'Hexo 3.8 <released>', 'Out.'),
        post(
          'kitchen.md',
          'Kitchen',
          [
            'First {% post_link how-to-bake-a-cake %}.',
            "Then {% post_link hexo-3-8-released 'Link to a post' %} and {% post_link how-to-bake-a-cake#oven %}.",
            'Title escaped: {% post_link 2015-02-my-family-holiday/hexo-3-8-released %}.',
            'Address: [cake]({% post_path how-to-bake-a-cake %}).',
            '',
            '```',
            '{% post_link how-to-bake-a-cake %}',
            '```',
          ].join('\n'),
        ),
      ],
      [],
      opts,
    );
    const cake = plan.moves.find((m) => m.from.endsWith('how-to-bake-a-cake.md'))!.id;
    const hexo = plan.moves.find((m) => m.from.endsWith('hexo-3-8-released.md'))!.id;
    const { body, notes } = bodyOf(plan, 'kitchen.md');
    expect(body).toContain(`First [How to bake a cake](/posts/${cake}/).`);
    expect(body).toContain(`Then [Link to a post](/posts/${hexo}/) and [How to bake a cake](/posts/${cake}/#oven).`);
    expect(body).toContain(`Title escaped: [Hexo 3.8 &lt;released>](/posts/${hexo}/).`);
    expect(body).toContain(`Address: [cake](/posts/${cake}/).`);
    // In a code block it is an example, shown as written.
    expect(body).toContain('```\n{% post_link how-to-bake-a-cake %}\n```');
    expect(notes).toMatch(/its Hexo post link tags now name those posts' pages \(\{% post_link how-to-bake-a-cake %\} -> \/posts\//);
    expect(findTemplateTags(body)).toEqual([]);
  });

  test('a tag naming no imported post is kept as written, with a note, and check names it as a Hexo link with how to write it', () => {
    const plan = planMove([post('a.md', 'A', 'See {% post_link nowhere-to-be-found "the other one" %}.')], [], opts);
    const { body, notes } = bodyOf(plan, 'a.md');
    expect(body).toContain('See {% post_link nowhere-to-be-found "the other one" %}.');
    expect(notes).toMatch(/its Hexo post link tag \{% post_link nowhere-to-be-found "the other one" %\} names no post imported so far: kept as written/);
    const move = plan.moves[0]!;
    const [flag] = flagTemplateTags([parsePostText(move.text, move.id, move.from)], 'en');
    expect(flag?.message).toMatch(/Hexo's link to another post of the old site/);
    // An earlier run's post is linked too (hexoLinkedBefore): the hint names that way, not only one run holding both.
    expect(flag?.hint).toMatch(/imported in the same run or was imported before/);
    expect(flagTemplateTags([parsePostText(move.text, move.id, move.from)], 'zh')[0]?.hint).toMatch(/之前已导入/);
  });

  // The notes name each tag once; counted before that, one tag written twice read "those posts' pages".
  test('a tag written twice is one tag in the notes, in the singular', () => {
    const plan = planMove([post('cake.md', 'Cake', 'Cake.'), post('b.md', 'B', '{% post_link cake %} and {% post_link cake %}; {% post_link gone %} or {% post_link gone %}')], [], opts);
    const { notes } = bodyOf(plan, 'b.md');
    expect(notes).toMatch(/its Hexo post link tag now names that post's page \(\{% post_link cake %\} -> \/posts\/[^,]+\)/);
    expect(notes).toMatch(/its Hexo post link tag \{% post_link gone %\} names no post imported so far/);
  });

  test("a post an earlier run imported (hexoLinkedBefore) is linked by its id and title, a post of this run first", () => {
    const before = new Map([['intro', { id: '2023/intro', title: 'Go <intro>' }], ['cake', { id: '2020/old-cake' }]]);
    const plan = planMove([post('cake.md', 'Cake', 'Cake.'), post('b.md', 'B', '{% post_link intro %}, {% post_path intro#a %}, {% post_link cake %}')], [], { ...opts, hexoLinkedBefore: before });
    const cakeId = plan.moves.find((m) => m.from.endsWith('cake.md'))!.id;
    expect(bodyOf(plan, 'b.md').body).toContain(`[Go &lt;intro>](/posts/2023/intro/), /posts/2023/intro/#a, [Cake](/posts/${cakeId}/)`);
  });

  test('a post skipped as imported already is linked by its id', () => {
    const plan = planMove([post('cake.md', 'Cake', 'Cake.'), post('b.md', 'B', '{% post_link cake %}')], [], opts);
    const cakeId = plan.moves.find((m) => m.from.endsWith('cake.md'))!.id;
    const again = planMove([post('cake.md', 'Cake', 'Cake.'), post('b.md', 'B', '{% post_link cake Cake %}')], [cakeId], opts);
    expect(again.moves.map((m) => m.from)).toEqual([`${folder}/b.md`]);
    expect(bodyOf(again, 'b.md').body).toContain(`[Cake](/posts/${cakeId}/)`);
  });
});
