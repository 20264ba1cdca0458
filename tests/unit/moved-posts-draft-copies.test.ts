import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { publishedFirst, saysDraft } from '../../src/core/moved-posts/draft-copies.ts';

const opts = { channel: 'blog', status: 'published' as const };
const jekyll = { generator: 'jekyll' as const, permalink: '/:title/' };

describe('planMove with a draft beside the post it was written for', () => {
  // hh54188/jekyll-blog keeps 4 such drafts in _drafts/, which sorts before _posts/.
  test('a Jekyll post keeps its clean id and old address; its draft copy in _drafts/ is left out, naming the post, in English and Chinese', () => {
    const plan = planMove(
      [
        { path: 'blog/_drafts/2022-04-12-what-is-leadership.md', text: '---\ntitle: 帮助团队成长是唯一的出路\n---\nOld text.\n', draft: true },
        { path: 'blog/_posts/2022-04-12-what-is-leadership.md', text: '---\ntitle: 帮助团队成长是唯一的出路\n---\nNew text.\n' },
      ],
      [],
      { ...opts, folder: 'blog/_posts', site: jekyll },
    );
    expect(plan.moves.map((m) => [m.from, m.id])).toEqual([['blog/_posts/2022-04-12-what-is-leadership.md', '2022/what-is-leadership']]);
    expect(plan.moves[0]!.text).toContain('aliases: [/what-is-leadership/]');
    expect(plan.skipped).toHaveLength(1);
    expect(plan.skipped[0]!.from).toBe('blog/_drafts/2022-04-12-what-is-leadership.md');
    expect(plan.skipped[0]!.reason.en).toContain('a draft of blog/_posts/2022-04-12-what-is-leadership.md');
    expect(plan.skipped[0]!.reason.en).toContain('imported as 2022/what-is-leadership');
    expect(plan.skipped[0]!.reason.zh).toContain('这是 blog/_posts/2022-04-12-what-is-leadership.md 的草稿');
  });

  test('a draft without frontmatter whose first heading differs from the title is still the post when its file name gives the same date', () => {
    const plan = planMove(
      [
        { path: '_drafts/trash/2018-06-24-do-not-use-token-as-session.md', text: '# 不要用 JWT 替代 session 管理（上）\n\nDraft.\n', draft: true },
        { path: '_posts/2018-06-24-do-not-use-token-as-session.md', text: '---\ntitle: 不要用JWT替代session管理（上）\n---\nPost.\n' },
      ],
      [],
      opts,
    );
    expect(plan.moves.map((m) => m.id)).toEqual(['2018/do-not-use-token-as-session']);
    expect(plan.skipped.map((s) => s.from)).toEqual(['_drafts/trash/2018-06-24-do-not-use-token-as-session.md']);
  });

  test('a draft of the very same text says so', () => {
    const text = '---\ntitle: A\ndate: 2024-01-02\n---\nText.\n';
    const plan = planMove([{ path: 'source/_drafts/a.md', text, draft: true }, { path: 'source/_posts/a.md', text }], [], opts);
    expect(plan.skipped[0]!.reason.en).toBe('a draft with the same text as source/_posts/a.md, which is imported as 2024/a: imported once');
  });

  test('another post that only shares the name (other title, other date) is numbered, its note naming the file that keeps the name', () => {
    const plan = planMove(
      [
        { path: '_drafts/2022-03-14-apm-tool-2.md', text: '---\ntitle: Something else\n---\nDraft.\n', draft: true },
        { path: '_posts/2022-05-24-apm-tool-2.md', text: '---\ntitle: APM tool, part 2\n---\nPost.\n' },
      ],
      [],
      opts,
    );
    expect(plan.moves.map((m) => [m.from, m.id])).toEqual([
      ['_posts/2022-05-24-apm-tool-2.md', '2022/apm-tool-2'],
      ['_drafts/2022-03-14-apm-tool-2.md', '2022/apm-tool-2-2'],
    ]);
    expect(plan.moves[1]!.notes.map((n) => n.en)).toContain('another file of the folder, _posts/2022-05-24-apm-tool-2.md, is 2022/apm-tool-2, so this one is 2022/apm-tool-2-2');
    expect(plan.moves[1]!.notes.map((n) => n.zh)).toContain('文件夹里另一个文件 _posts/2022-05-24-apm-tool-2.md 已是 2022/apm-tool-2，因此这一篇保存为 2022/apm-tool-2-2');
  });

  test.each([
    ['Hugo, draft: true in YAML', 'content/drafts/a.md', '---\ntitle: A\ndate: 2024-01-02\ndraft: true\n---\nDraft.\n', undefined],
    ['Hugo, draft = true in TOML', 'content/drafts/a.md', '+++\ntitle = "A"\ndate = 2024-01-02\ndraft = true\n+++\nDraft.\n', undefined],
    ['Hexo, source/_drafts', 'source/_drafts/a.md', '---\ntitle: A\ndate: 2024-01-02\n---\nDraft.\n', true as const],
    ['Jekyll, published: false', 'a/a.md', '---\ntitle: A\ndate: 2024-01-02\npublished: false\n---\nDraft.\n', undefined],
  ])('%s: the published file sorted after the draft keeps the name', (_, path, text, draft) => {
    const published = { path: path.startsWith('a/') ? 'b/a.md' : path.replace(/_?drafts/, (d) => d.replace('drafts', 'posts')), text: '---\ntitle: A\ndate: 2024-01-02\n---\nPost.\n' };
    const plan = planMove([{ path, text, ...(draft ? { draft } : {}) }, published], [], opts);
    expect(plan.moves.map((m) => [m.from, m.id])).toEqual([[published.path, '2024/a']]);
    expect(plan.skipped.map((s) => s.from)).toEqual([path]);
  });

  test('two drafts of one name keep the order of their paths, numbered, never skipped', () => {
    const text = (t: string) => `---\ntitle: ${t}\ndate: 2024-01-02\ndraft: true\n---\n`;
    const plan = planMove([{ path: 'a/x.md', text: text('One') }, { path: 'b/x.md', text: text('One') }], [], opts);
    expect(plan.moves.map((m) => m.id)).toEqual(['2024/x', '2024/x-2']);
  });
});

describe('saysDraft', () => {
  test.each([
    ['---\ndraft: true\n---\n', true],
    ['---\ndraft: "yes"\n---\n', true],
    ['---\npublished: false\n---\n', true],
    ['+++\ndraft = true\n+++\n', true],
    ['---\ntitle: A\n---\n', false],
    ['# no frontmatter\n', false],
    ['---\ntitle: [unclosed\n---\n', false],
  ])('%j -> %s', (text, expected) => {
    expect(saysDraft(text)).toBe(expected);
  });
});

describe('publishedFirst', () => {
  test('moves the drafts after the others, each group in its order', () => {
    expect(publishedFirst(['d1', 'p1', 'd2', 'p2'], (f) => f.startsWith('d'))).toEqual(['p1', 'p2', 'd1', 'd2']);
  });
});
