import { describe, expect, test } from 'vitest';
import { siteRootNote } from '../../src/core/moved-posts/summary.ts';

describe('siteRootNote', () => {
  test('names at most five unread entries, then how many in all, and how to import the first folder, in both languages', () => {
    const unread = ['_pages/', 'docs/', 'a.md', 'b.md', 'c.md', 'd.md', 'e.md'];
    const note = siteRootNote({ generator: 'Jekyll', read: ['_posts', '_drafts'], unread, source: 'mysite/', channel: 'blog' });
    expect(note.en).toBe('a Jekyll site: importing _posts/ and _drafts/; not read: _pages/, docs/, a.md, b.md, c.md and 2 more (to import one of those folders, pass it: import mysite/_pages --channel blog)');
    expect(note.zh).toBe('这是 Jekyll 网站：导入 _posts/ 和 _drafts/；未读取：_pages/、docs/、a.md、b.md、c.md 等 7 项（要导入其中的文件夹，请直接给出它：import mysite/_pages --channel blog）');
  });

  test('says only what it reads when nothing else holds Markdown, and gives no command when only files do (import takes a folder)', () => {
    expect(siteRootNote({ generator: 'Hugo', read: ['content'], unread: [], source: 'site', channel: 'blog' })).toEqual({ en: 'a Hugo site: importing content/', zh: '这是 Hugo 网站：导入 content/' });
    expect(siteRootNote({ generator: 'Hugo', read: ['content'], unread: ['README.md'], source: 'site', channel: 'blog' }).en).toBe('a Hugo site: importing content/; not read: README.md');
  });

  test("names a Jekyll site's published collections with their documents, and the commands to import one and all", () => {
    const collections = [{ folder: '_alpha', documents: 1 }, { folder: '_beta', documents: 4 }];
    const note = siteRootNote({ generator: 'Jekyll', read: ['_posts'], unread: ['_notes/'], source: 'site/', channel: 'blog', collections });
    expect(note.en).toBe(
      'a Jekyll site: importing _posts/; its 2 collections (Jekyll wrote their pages: output: true) are imported by folder, one at a time: _alpha/ (1 document), _beta/ (4 documents) ' +
        '(to import one: import site/_alpha --channel blog; all 2: for c in _alpha _beta; do npm run --silent throughline -- import "site/$c" --channel blog; done); ' +
        'not read: _notes/ (to import one of those folders, pass it: import site/_notes --channel blog)',
    );
    expect(note.zh).toContain('它的 2 个集合（collection，output: true，Jekyll 为其生成了页面）要按文件夹逐个导入：_alpha/（1 篇）、_beta/（4 篇）（导入一个：import site/_alpha --channel blog；全部 2 个：for c in _alpha _beta;');
    const one = siteRootNote({ generator: 'Jekyll', read: ['_posts'], unread: [], source: 'site', channel: 'blog', collections: collections.slice(0, 1) });
    expect(one.en).toBe('a Jekyll site: importing _posts/; its collection (Jekyll wrote its pages: output: true) is imported by its folder: _alpha/ (1 document) (to import it: import site/_alpha --channel blog)');
  });
});
