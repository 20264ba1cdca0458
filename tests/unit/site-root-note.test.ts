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
});
