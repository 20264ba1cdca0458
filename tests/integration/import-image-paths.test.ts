/**
 * `import FOLDER` of a Jekyll site whose posts name images as only Windows or macOS read them
 * (hh54188/jekyll-blog): `![](../images/a\digest.png)` and `.png` for a file saved `.PNG`. Each
 * such post was left out whole ("not found"), as was one whose image is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { imageTag, runCli, sourceFoldersPerTest, taggedImage, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('blog');

const SITE: Record<string, string | Buffer> = {
  '_config.yml': 'title: Blog\npermalink: /:title/\n',
  '_posts/2019-12-28-angular-onpush.md': '---\ntitle: OnPush\n---\n\nText.\n\n![](../images/angular-onpush\\digest.png)\n',
  'images/angular-onpush/digest.png': taggedImage('PNG-digest'),
  '_posts/2014-10-14-rwd-pixel.md': '---\ntitle: Pixels\n---\n\n![a](../images/rwd/iphone.png)\n\n![b](/images/rwd/Zoom.png)\n',
  'images/rwd/iphone.PNG': taggedImage('PNG-iphone'),
  'images/rwd/zoom.png': taggedImage('PNG-zoom'),
  '_posts/2014-04-30-animation.md': '---\ntitle: Animation\n---\n\nOne.\n\nTwo.\n\n![steps](../images/animation/devtools-waterfall.jpg)\n',
  'images/resource-load/devtools-waterfall.jpg': taggedImage('JPG'),
};

describe('import of posts whose image paths name their files as Windows or macOS read them', () => {
  test('a backslash path and a path in another case than the file are written as the disk spells them, with a note each, in English and Chinese', () => {
    const site = siteOf(SITE);
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('not imported');
    const onpush = readFileSync(join(root, 'content/posts/2019/angular-onpush/index.md'), 'utf8');
    expect(onpush).toContain('(../images/angular-onpush/digest.png)');
    expect(stdout).toContain('content/posts/2019/images/angular-onpush/digest.png');
    expect(stderr).toContain(`${site}/_posts/2019-12-28-angular-onpush.md: image ../images/angular-onpush\\digest.png is written with Windows separators (\\), which a build on Linux or macOS does not read: now ../images/angular-onpush/digest.png`);
    const rwd = readFileSync(join(root, 'content/posts/2014/rwd-pixel/index.md'), 'utf8');
    expect(rwd).toContain('(../images/rwd/iphone.PNG)');
    expect(rwd).toContain('(/images/rwd/zoom.png)');
    expect(stderr).toContain(`${site}/_posts/2014-10-14-rwd-pixel.md: image ../images/rwd/iphone.png names its file in another case than the disk (../images/rwd/iphone.PNG)`);
    expect(imageTag(join(root, 'public/images/rwd/zoom.png'))).toBe('PNG-zoom');
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('图片 ../images/rwd/iphone.png 的大小写与磁盘上的文件（../images/rwd/iphone.PNG）不同');
    expect(zh.stderr).toContain('图片 ../images/angular-onpush\\digest.png 使用了 Windows 的路径分隔符');
  });

  test('a published post whose image is found nowhere comes in as a draft, the path as written, named with its line and the file it may have meant', () => {
    const site = siteOf(SITE);
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('content/posts/2014/animation.md');
    const post = readFileSync(join(root, 'content/posts/2014/animation.md'), 'utf8');
    expect(post).toContain('status: draft');
    expect(post).toContain('![steps](../images/animation/devtools-waterfall.jpg)');
    const file = `${site}/_posts/2014-04-30-animation.md`;
    expect(stderr).toContain(`${file}: it comes in as a draft, since a published post's missing image stops the build`);
    expect(stderr).toContain(`${file}: body: image "../images/animation/devtools-waterfall.jpg" (line 9; did you mean ../images/resource-load/devtools-waterfall.jpg?) not found beside the file or in ${site}/_posts/2014-04-30-animation/: kept as written`);
    expect(stderr).toContain('1 published post came in as a draft for its images found nowhere (named above)');
    expect(runCli(['check', '--root', root, '--now', NOW]).code).not.toBe(2);
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('找不到图片 "../images/animation/devtools-waterfall.jpg"（第 9 行；是不是 ../images/resource-load/devtools-waterfall.jpg？）');
    expect(zh.stderr).toContain('它作为草稿导入');
  });

  // daichangya/hexo-blog: `<img src=”a.jpg”>` in a sentence, pasted from a page that showed the tag as
  // text, made the post a draft ("its image found nowhere"); the page now shows such a tag as text.
  test('an <img> in typographic quotes in a sentence leaves the post published; one in an HTML block is named with what the quotes do', () => {
    const site = siteOf({
      '_config.yml': 'title: Blog\npermalink: /:title/\n',
      '_posts/2019-01-02-nginx.md': '---\ntitle: Nginx\n---\n\n程序都只要 <img src=”a.jpg”>，无需关心地址。\n',
      '_posts/2019-01-03-block.md': '---\ntitle: Block\n---\n\n<p align="center"><img src=”b.jpg”></p>\n',
    });
    const root = copy();
    const { code, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(readFileSync(join(root, 'content/posts/2019/nginx.md'), 'utf8')).not.toContain('status: draft');
    expect(stderr).not.toContain('a.jpg');
    expect(readFileSync(join(root, 'content/posts/2019/block.md'), 'utf8')).toContain('status: draft');
    expect(stderr).toContain('body: image "”b.jpg”" (line 5) not found beside the file');
    expect(stderr).toContain('hint: its quotes are typographic (”b.jpg”), which HTML does not read as quotes');
  });
});
