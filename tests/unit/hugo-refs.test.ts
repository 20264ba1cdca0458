import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { refKey, withHugoRefs } from '../../src/core/moved-posts/hugo-refs.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { findTemplateTags, flagTemplateTags } from '../../src/core/template-tags.ts';

const folder = '/site/content/en/posts';
const opts = { channel: 'blog', status: 'published' as const, folder };
const post = (path: string, body: string, date = '2018-07-21') => ({ path: `${folder}/${path}`, text: `---\ntitle: ${path}\ndate: ${date}\n---\n${body}\n` });

describe('Hugo ref shortcodes in an import', () => {
  // steveshogren/hugo-blog's modern-di: a line opening with inline code, ```DateTime.Now```:, was taken
  // for a code fence (CommonMark §4.5: a backtick fence's info string has no backtick), so every
  // relref after it stayed as written and showed as text on the page.
  test('a line opening with inline code in triple backticks is no fence: the refs after it are converted too', () => {
    const plan = planMove(
      [post('leaf.md', 'Leaf.'), post('di.md', ['```DateTime.Now```: the clock.', '', 'See [leaf]({{< relref "leaf.md" >}}).'].join('\n'))],
      [],
      opts,
    );
    const di = plan.moves.find((m) => m.from.endsWith('di.md'))!;
    const leaf = plan.moves.find((m) => m.from.endsWith('leaf.md'))!.id;
    expect(parsePostText(di.text, di.id, di.from).body).toContain(`See [leaf](/posts/${leaf}/).`);
  });

  // A post whose only ref names a part of itself ({{< ref "#top" >}}) kept the shortcode: the
  // fragment it became was dropped with the other changes, as no tag was linked or kept.
  test('a post whose only ref is a #fragment of itself gets the fragment', () => {
    const plan = planMove([post('toc.md', '[Back to top]({{< ref "#top" >}})')], [], opts);
    const toc = plan.moves[0]!;
    expect(parsePostText(toc.text, toc.id, toc.from).body).toContain('[Back to top](#top)');
  });

  test('refKey reads a content path as Hugo looks pages up: no extension, no index, no slashes, lower case', () => {
    expect(refKey('posts/SDOI2011-colour/index.md')).toBe('posts/sdoi2011-colour');
    expect(refKey('/posts/notes-treap/')).toBe('posts/notes-treap');
    expect(refKey('./a.md')).toBe('a');
    expect(refKey('b/_index.md')).toBe('b');
    expect(refKey('c/index.zh.md')).toBe('c');
  });

  test("become links to the posts' pages, from the content folder, the post's own folder, with or without .md, in every written form; a fragment is kept", () => {
    const plan = planMove(
      [
        post('SDOI2011-colour/index.md', 'Colour.'),
        post('notes-treap/index.md', 'Treap.'),
        post('leaf.md', 'Leaf.'),
        post(
          'HNOI2009-pudding/index.md',
          [
            '见[这题]({{< ref "posts/SDOI2011-colour/index.md" >}})。',
            '[treap]({{< relref "posts/notes-treap" >}}) and [again]({{% ref "/posts/notes-treap/#rotate" %}}) [again]({{% ref "/posts/notes-treap/#rotate" %}})',
            "[leaf]({{< ref path='leaf.md' lang=\"en\" >}}) [up]({{< ref \"../leaf\" >}}) [bare]({{< ref leaf >}}) [here]({{< ref \"#top\" >}})",
            '',
            '```',
            '{{< ref "posts/notes-treap" >}}',
            '```',
            'In code: `{{< ref "leaf.md" >}}`',
          ].join('\n'),
        ),
      ],
      [],
      opts,
    );
    const pudding = plan.moves.find((m) => m.from.endsWith('HNOI2009-pudding/index.md'))!;
    const { body } = parsePostText(pudding.text, pudding.id, pudding.from);
    const colour = plan.moves.find((m) => m.from.includes('SDOI2011'))!.id;
    const treap = plan.moves.find((m) => m.from.includes('notes-treap'))!.id;
    const leaf = plan.moves.find((m) => m.from.endsWith('leaf.md'))!.id;
    expect(body).toContain(`见[这题](/posts/${colour}/)。`);
    expect(body).toContain(`[treap](/posts/${treap}/) and [again](/posts/${treap}/#rotate) [again](/posts/${treap}/#rotate)`);
    expect(body).toContain(`[leaf](/posts/${leaf}/) [up](/posts/${leaf}/) [bare](/posts/${leaf}/) [here](#top)`);
    // Code keeps what it shows.
    expect(body).toContain('```\n{{< ref "posts/notes-treap" >}}\n```');
    expect(body).toContain('In code: `{{< ref "leaf.md" >}}`');
    expect(pudding.notes.map((n) => n.en).join('\n')).toMatch(/its Hugo ref shortcodes now name those posts' pages \(\{\{< ref "posts\/SDOI2011-colour\/index\.md" >\}\} -> \/posts\//);
    expect(findTemplateTags(body)).toEqual([]);
    // Each ref is named once in the note, however often the post writes it.
    const note = pudding.notes.map((n) => n.en).find((n) => n.startsWith('its Hugo ref'))!;
    expect(note.split('{{% ref "/posts/notes-treap/#rotate" %}}').length).toBe(2);
  });

  test('a ref naming no imported post, or one two posts could be, stays as written with a note, and check says what it is and how to write it', () => {
    const plan = planMove([post('a/index.md', 'A.'), post('x/b.md', 'B1.'), post('y/b.md', 'B2.'), post('c.md', '[gone]({{< ref "posts/gone.md" >}}) [which]({{< ref "b" >}})')], [], opts);
    const c = plan.moves.find((m) => m.from.endsWith('c.md'))!;
    expect(c.text).toContain('[gone]({{< ref "posts/gone.md" >}}) [which]({{< ref "b" >}})');
    expect(c.notes.map((n) => n.en).join('\n')).toContain('its Hugo ref shortcodes {{< ref "posts/gone.md" >}}, {{< ref "b" >}} name no post of this import: kept as written');
    const parsed = parsePostText(c.text, c.id, c.from);
    const [flag] = flagTemplateTags([{ ...parsed, id: c.id, file: 'content/posts/2018/c.md' } as never], 'en');
    expect(flag!.message).toBe('"{{< ref "posts/gone.md" >}}" (and 1 more) is Hugo\'s link to another page of the old site ({{< ref >}} or {{< relref >}}): the portfolio shows it as written');
    expect(flag!.hint).toMatch(/^write it as a Markdown link to that post's page here: \[text\]\(\/posts\/<its id>\/\)/);
    const [zh] = flagTemplateTags([{ ...parsed, id: c.id, file: 'content/posts/2018/c.md' } as never], 'zh');
    expect(zh!.message).toContain('Hugo 指向旧网站另一个页面的链接短代码');
  });

  // 0x0cqq.github.io imported as its whole `content/` folder, whose languages are folders
  // (content/en/, Hugo's contentDir per language): `{{< ref "posts/2020-new-year/index.md" >}}`,
  // which Hugo reads from content/en/, stayed as written, and the page showed the shortcode, its
  // quotes curled, in place of the link.
  test('read from the content folder of its language when the import is the content folder holding the languages', () => {
    const content = '/site/content';
    const at = (path: string, body: string) => ({ path: `${content}/${path}`, text: `---\ntitle: ${path}\ndate: 2021-02-11\n---\n${body}\n` });
    const plan = planMove([at('en/posts/2020-new-year/index.md', 'Old.'), at('en/posts/2021-new-year/index.md', '附：[2020年新年贺词]({{< ref "posts/2020-new-year/index.md" >}})')], [], { ...opts, folder: content });
    const old = plan.moves.find((m) => m.from.includes('2020-new-year'))!.id;
    const next = plan.moves.find((m) => m.from.includes('2021-new-year'))!;
    expect(next.text).toContain(`附：[2020年新年贺词](/posts/${old}/)`);
    expect(findTemplateTags(parsePostText(next.text, next.id, next.from).body)).toEqual([]);
  });

  test('a re-run finds the post an earlier run made of the file named', () => {
    const first = planMove([post('a/index.md', 'A.')], [], opts);
    const known = first.moves.map((m) => m.id);
    const again = planMove([post('a/index.md', 'A.'), post('b.md', '[a]({{< ref "posts/a" >}})')], known, opts, new Map(first.moves.map((m) => [m.id, { title: 'a/index.md', publishedAt: '2018-07-21' }])) as never);
    const b = again.moves.find((m) => m.from.endsWith('b.md'))!;
    expect(b.text).toContain(`[a](/posts/${known[0]}/)`);
  });
});

describe('withHugoRefs guard', () => {
  test('a post saying "prefer" or "reference" with no ref shortcode is returned untouched: the same plan, no notes', () => {
    const plan = { moves: [{ from: `${folder}/a.md`, id: '2018/a', text: '---\ntitle: a\n---\nI prefer a reference to {{< highlight go >}} and `ref`.\n', notes: [] }], skipped: [] };
    const after = withHugoRefs(plan, folder);
    expect(after).toBe(plan);
    expect(after.moves[0]!.notes).toEqual([]);
  });
});
