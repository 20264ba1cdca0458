import { describe, expect, test } from 'vitest';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { subjectFolders } from '../../src/core/moved-posts/pillar-folders.ts';
import { pillarlessNote } from '../../src/core/moved-posts/summary.ts';

const opts = { channel: 'blog', status: 'published' as const };
const post = '---\ntitle: A\ndate: 2024-01-02\n---\nText.\n';

describe('subjectFolders', () => {
  test.each([
    ['a file at the top of the imported folder has none', '/tmp/h163/src/_posts/a.md', '/tmp/h163/src/_posts', []],
    ["a site root's _posts/ and _drafts/ are no subject", '/tmp/h163/src/_posts/a.md', '/tmp/h163/src', []],
    ['folders inside the root count, nearest first, structural ones left out', '/tmp/h163/src/_drafts/trash/old/a.md', '/tmp/h163/src', ['old', 'trash']],
    ["a Hugo site's content/posts/ is no subject, its section folders are", 'site/content/posts/rust/a.md', 'site', ['rust']],
    ["Hexo's source/_posts/ neither; a year folder neither", 'blog/source/_posts/2024/前端/a.md', 'blog', ['前端']],
    ['a file outside the root (a drafts folder beside the posts folder) gives none of the path above', '/tmp/h163/src/_drafts/a.md', '/tmp/h163/src/_posts', []],
    ['a relative root and a Windows one are read alike', 'docs/Arduino/led.md', 'docs\\', ['Arduino']],
    // helper-176's trial: an AstroPaper v5 site's root proposed "data" and "_releases" as pillars.
    ["an Astro project's collection folder (src/data/blog/) is no subject, nor a folder AstroPaper keeps out of addresses (_releases/)", 'paper/src/data/blog/_releases/examples/a.md', 'paper', ['examples']],
    ["Fuwari's src/content/posts/ neither", 'fw/src/content/posts/guide/index.md', 'fw', ['guide']],
  ])('%s', (_, path, root, expected) => {
    expect(subjectFolders(path, root)).toEqual(expected);
  });
});

describe("planMove's folders of a site's root", () => {
  test('counts only the folders inside the imported root, so the note proposes no _posts nor a folder of the path above', () => {
    const plan = planMove(
      [
        { path: '/tmp/h163/src/_posts/a.md', text: post },
        { path: '/tmp/h163/src/_posts/Arduino/b.md', text: post.replace('A', 'B') },
        { path: '/tmp/h163/src/_drafts/c.md', text: post.replace('A', 'C'), draft: true },
      ],
      [],
      { ...opts, folder: '/tmp/h163/src/_posts', root: '/tmp/h163/src' },
    );
    expect(plan.moves.map((m) => m.folders ?? [])).toEqual([[], ['Arduino'], []]);
    const note = pillarlessNote(plan.moves.map((m) => ({ folders: m.folders })), [{ id: 'recipes' }], true)!;
    expect(note.en).toContain('their commonest folders: Arduino (1).');
    expect(note.zh).toContain('它们最常见的文件夹：Arduino (1)');
    for (const word of ['_posts', '_drafts', 'tmp', 'h163', 'src']) expect(note.en).not.toContain(`${word} (`);
  });
});

describe('pillarlessNote of posts filed by folder and tagged with its name', () => {
  test('names each suggested pair and each unmatched name once (a real Jekyll blog said java=java twice and software, music, finance twice)', () => {
    const posts = [
      ...Array.from({ length: 3 }, () => ({ tags: ['java', 'software'], folders: ['java'] })),
      ...Array.from({ length: 2 }, () => ({ tags: ['music'], folders: ['software', 'music'] })),
    ];
    const note = pillarlessNote(posts, [{ id: 'java', name: 'Java', keywords: ['java'] }, { id: 'kitchen' }], true)!;
    expect(note.en).toContain('--pillar-map "java=java,…"');
    expect(note.en).toContain('(software, music are no pillar\'s id, name or keyword');
    expect(note.zh).toContain('（software、music 不是任何支柱的 id、名称或关键词');
  });
});
