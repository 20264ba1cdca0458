/**
 * A post moved to another folder (published out of drafts/, a plan's move, Rename / move) takes
 * the images it shows from beside it: before, `drafts/盖碗冲泡` published to `wechat/盖碗冲泡` left
 * `盖碗.png` in drafts/, and `check` and the build stopped on the missing image.
 */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { duplicatePost, movePost } from '../../src/store/post-files.ts';
import { translateMessage } from '../../src/studio/shared/error-strings.ts';
import { emptyRoot } from './helpers.ts';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function project(files: Record<string, string>): string {
  const t = emptyRoot();
  cleanups.push(t.cleanup);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(t.root, 'content/posts', path, '..'), { recursive: true });
    writeFileSync(join(t.root, 'content/posts', path), text);
  }
  return t.root;
}

const post = (body: string, extra = '') => `---\ntitle: 盖碗泡绿茶\nchannel: wechat\nstatus: draft\n${extra}---\n\n${body}\n`;
const at = (root: string, path: string) => join(root, 'content/posts', path);

describe('movePost with images beside the post', () => {
  test('moves a Markdown image, an HTML <img> and a cover with a post to another folder', async () => {
    const root = project({
      'drafts/盖碗冲泡.md': post('![清晨的茶园](<蒙顶山 茶园 清晨.png>)\n\n<p><img src="盖碗.png" style="width: 100%;"></p>', 'cover: 封面.jpg\n'),
      'drafts/蒙顶山 茶园 清晨.png': 'garden',
      'drafts/盖碗.png': 'gaiwan',
      'drafts/封面.jpg': 'cover',
    });
    await movePost(root, 'drafts/盖碗冲泡', 'wechat/盖碗冲泡');
    expect(readFileSync(at(root, 'wechat/蒙顶山 茶园 清晨.png'), 'utf8')).toBe('garden');
    expect(readFileSync(at(root, 'wechat/盖碗.png'), 'utf8')).toBe('gaiwan');
    expect(readFileSync(at(root, 'wechat/封面.jpg'), 'utf8')).toBe('cover');
    expect(existsSync(at(root, 'drafts/盖碗.png'))).toBe(false);
    expect(existsSync(at(root, 'drafts/封面.jpg'))).toBe(false);
  });

  test('keeps an image in the old folder when another post there shows it too', async () => {
    const root = project({
      'drafts/a.md': post('![](./shared.png)'),
      'drafts/b.md': post('![](shared.png)'),
      'drafts/shared.png': 'shared',
    });
    await movePost(root, 'drafts/a', '2026/a');
    expect(readFileSync(at(root, '2026/shared.png'), 'utf8')).toBe('shared');
    expect(readFileSync(at(root, 'drafts/shared.png'), 'utf8')).toBe('shared');
  });

  /**
   * The posts left were the listing's, which leaves out a file whose frontmatter fails and both
   * files of a shared id (y.md beside y.mdx): an image only such a post showed was removed.
   */
  test('keeps an image in the old folder when a post that fails validation, or a file of a shared id, shows it', async () => {
    const broken = project({
      'drafts/a.md': post('![](shared.png)'),
      'drafts/b.md': post('![](shared.png)', 'pillar: [not, an, id]\n'),
      'drafts/shared.png': 'shared',
    });
    await movePost(broken, 'drafts/a', '2026/a');
    expect(readFileSync(at(broken, 'drafts/shared.png'), 'utf8')).toBe('shared');
    const twins = project({
      'drafts/a.md': post('', 'cover: shared.png\n'),
      'drafts/y.md': post('![](shared.png)'),
      'drafts/y.mdx': post('text'),
      'drafts/shared.png': 'shared',
    });
    await movePost(twins, 'drafts/a', '2026/a');
    expect(readFileSync(at(twins, '2026/shared.png'), 'utf8')).toBe('shared');
    expect(readFileSync(at(twins, 'drafts/shared.png'), 'utf8')).toBe('shared');
  });

  test('refuses, moving nothing, when the new folder has another file of the image\'s name', async () => {
    const root = project({
      'drafts/a.md': post('![](pic.png)'),
      'drafts/pic.png': 'mine',
      'wechat/pic.png': 'someone else\'s',
    });
    await expect(movePost(root, 'drafts/a', 'wechat/a')).rejects.toThrow(/wechat\/pic\.png is another file of that name; nothing was moved/);
    expect(existsSync(at(root, 'drafts/a.md'))).toBe(true);
    expect(existsSync(at(root, 'wechat/a.md'))).toBe(false);
    expect(readFileSync(at(root, 'wechat/pic.png'), 'utf8')).toBe('someone else\'s');
  });

  test('is told in Chinese on the 中文 studio\'s publish page, which shows the English message translated', async () => {
    const root = project({ 'drafts/a.md': post('![](盖碗.png)'), 'drafts/盖碗.png': 'mine', 'wechat/盖碗.png': 'other' });
    const message = await movePost(root, 'drafts/a', 'wechat/a').then(() => '', (error: Error) => error.message);
    expect(translateMessage(message, 'zh')).toBe('它的图片“盖碗.png”没法跟着移过去：content/posts/wechat/盖碗.png 已是另一个同名文件；没有移动任何东西');
  });

  test('leaves images alone when the post stays in its folder, and copies them for a duplicate elsewhere', async () => {
    const root = project({ 'drafts/a.md': post('![](pic.png)'), 'drafts/pic.png': 'pic' });
    await movePost(root, 'drafts/a', 'drafts/b');
    expect(readFileSync(at(root, 'drafts/pic.png'), 'utf8')).toBe('pic');
    await duplicatePost(root, 'drafts/b', 'blog/b');
    expect(readFileSync(at(root, 'blog/pic.png'), 'utf8')).toBe('pic');
    expect(readFileSync(at(root, 'drafts/pic.png'), 'utf8')).toBe('pic');
  });

  // A helper's trial (2026-12-07): `drafts/x/index.md` moved to `wechat/x` became `wechat/x.md`,
  // its images loose in wechat/ beside every other post's, and refused when one had the same name.
  test('moves a folder post as a folder, its images with it, even to an id given without /index', async () => {
    const root = project({
      'drafts/x/index.md': post('![](pic.png)\n\n![](img/step.png)'),
      'drafts/x/pic.png': 'mine',
      'drafts/x/img/step.png': 'step',
      'wechat/pic.png': 'someone else\'s',
    });
    const { file } = await movePost(root, 'drafts/x/index', 'wechat/x');
    expect(file).toBe('content/posts/wechat/x/index.md');
    expect(readFileSync(at(root, 'wechat/x/pic.png'), 'utf8')).toBe('mine');
    expect(readFileSync(at(root, 'wechat/x/img/step.png'), 'utf8')).toBe('step');
    expect(readFileSync(at(root, 'wechat/pic.png'), 'utf8')).toBe('someone else\'s');
    expect(existsSync(at(root, 'wechat/x.md'))).toBe(false);
    expect(existsSync(at(root, 'drafts/x/pic.png'))).toBe(false);
    // Its old folder, emptied, is gone (it stayed behind, an empty drafts/x/img/ in it).
    expect(existsSync(at(root, 'drafts/x'))).toBe(false);
    expect(existsSync(at(root, 'drafts'))).toBe(true);
  });

  test('leaves a folder post\'s old folder in place when it still holds a file', async () => {
    const root = project({ 'drafts/x/index.md': post('![](pic.png)'), 'drafts/x/pic.png': 'mine', 'drafts/x/notes.txt': 'my notes' });
    await movePost(root, 'drafts/x/index', 'wechat/x');
    expect(readFileSync(at(root, 'drafts/x/notes.txt'), 'utf8')).toBe('my notes');
    expect(existsSync(at(root, 'drafts/x/pic.png'))).toBe(false);
  });

  test('copies a folder post as a folder for a duplicate elsewhere', async () => {
    const root = project({ 'drafts/x/index.md': post('![](pic.png)'), 'drafts/x/pic.png': 'mine', 'blog/pic.png': 'other' });
    const { file } = await duplicatePost(root, 'drafts/x/index', 'blog/x');
    expect(file).toBe('content/posts/blog/x/index.md');
    expect(readFileSync(at(root, 'blog/x/pic.png'), 'utf8')).toBe('mine');
    expect(readFileSync(at(root, 'drafts/x/pic.png'), 'utf8')).toBe('mine');
  });

  test('renames a folder post to another case of its name as a folder, its images with it', async () => {
    const root = project({ 'drafts/x/index.md': post('![](pic.png)'), 'drafts/x/pic.png': 'mine' });
    const { file } = await movePost(root, 'drafts/x/index', 'drafts/X');
    expect(file).toBe('content/posts/drafts/X/index.md');
    expect(readFileSync(at(root, 'drafts/X/pic.png'), 'utf8')).toBe('mine');
  });

  test('moves an image the post names two ways (pic.png, ./pic.png, %-encoded) once, and the move ends without an error', async () => {
    const root = project({
      'drafts/a.md': post('![](pic.png)\n\n<img src="./pic.png">\n\n![](%E7%9B%96%E7%A2%97.png) ![](盖碗.png)', 'cover: ./pic.png\n'),
      'drafts/pic.png': 'pic',
      'drafts/盖碗.png': 'gaiwan',
    });
    await movePost(root, 'drafts/a', 'wechat/a');
    expect(readFileSync(at(root, 'wechat/pic.png'), 'utf8')).toBe('pic');
    expect(readFileSync(at(root, 'wechat/盖碗.png'), 'utf8')).toBe('gaiwan');
    expect(existsSync(at(root, 'drafts/pic.png'))).toBe(false);
    expect(existsSync(at(root, 'drafts/盖碗.png'))).toBe(false);
    expect(existsSync(at(root, 'wechat/a.md'))).toBe(true);
  });
  test('keeps an image in the old folder when another post shows the same file by another name (a disk that ignores case)', async () => {
    const root = project({
      'drafts/a.md': post('![](pic.png)'),
      'drafts/b.md': post('![](Pic.PNG)'),
      'drafts/pic.png': 'shared',
    });
    // Linux tells the names apart; a second name for the one file is what macOS gives Pic.PNG.
    symlinkSync('pic.png', at(root, 'drafts/Pic.PNG'));
    await movePost(root, 'drafts/a', '2026/a');
    expect(readFileSync(at(root, '2026/pic.png'), 'utf8')).toBe('shared');
    expect(readFileSync(at(root, 'drafts/Pic.PNG'), 'utf8')).toBe('shared');
  });
});
