/**
 * A Jekyll blog imported by a trial (ElisParry/elisparry.github.io) lost its 35 covers, each with
 * a long warning, and its body images at site paths came in with no word: where import looks for
 * a path from the old site's root (store/site-root.ts), and what it says of those found nowhere.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { missingCoverLines } from '../../src/core/moved-posts/cover.ts';
import { folderSummary, missingSiteImagesNote } from '../../src/core/moved-posts/summary.ts';
import { findSiteRoots } from '../../src/store/site-root.ts';

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});
/** A temp folder holding `files` (path -> text); returns its path. */
function tree(files: Record<string, string>): string {
  temp = mkdtempSync(join(tmpdir(), 'site-root-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(temp, path, '..'), { recursive: true });
    writeFileSync(join(temp, path), text);
  }
  return temp;
}

describe('findSiteRoots', () => {
  test.each([
    ['the Jekyll site folder itself', { '_config.yml': '', '_posts/a.md': '' }, '', ''],
    ['its _posts', { '_config.yml': '', '_posts/a.md': '' }, '_posts', ''],
    ['a year folder in _posts, with _config.yaml', { '_config.yaml': '', '_posts/2024/a.md': '' }, '_posts/2024', ''],
    ['a copy of _posts without _config.yml', { '_posts/a.md': '' }, '_posts', ''],
    ["Hexo's source/_posts", { '_config.yml': '', 'source/_posts/a.md': '' }, 'source/_posts', 'source'],
  ])('finds the root of %s', async (_name, files, folder, root) => {
    const dir = tree(files);
    const roots = await findSiteRoots(join(dir, folder));
    expect(roots.map((r) => r.dir)).toEqual([join(dir, root)]);
  });

  test("gives Hugo's static/ beside content/, and nothing for a folder of no site", async () => {
    const dir = tree({ 'content/posts/a.md': '', 'notes/b.md': '' });
    expect((await findSiteRoots(join(dir, 'content/posts'))).map((r) => [r.dir, r.name.en])).toEqual([[join(dir, 'static'), "Hugo's static/"]]);
    expect(await findSiteRoots(join(dir, 'notes'))).toEqual([]);
  });
});

describe('missingCoverLines', () => {
  const cover = (name: string) => ({
    written: `image: assets/images/${name}`,
    lookedFor: [`_posts/a/assets/images/${name}`, `site/assets/images/${name}`],
    fix: { en: `put the image at public/assets/images/${name} and write cover: /assets/images/${name}`, zh: `请把图片放到 public/assets/images/${name}，并写上 cover: /assets/images/${name}` },
  });

  test('says where a single cover was looked for and what to do, in its own line', () => {
    const lines = missingCoverLines([{ from: '_posts/a.md', cover: cover('a.jpg') }]);
    expect(lines.closing).toBeUndefined();
    expect(lines.notes[0]!.en).toBe(
      'its cover (image: assets/images/a.jpg) was not found (looked for _posts/a/assets/images/a.jpg and site/assets/images/a.jpg): imported without it, with the generated social card (to use it, put the image at public/assets/images/a.jpg and write cover: /assets/images/a.jpg)',
    );
  });

  test('gives several covers one short line each and says once where they were looked for, in English and Chinese', () => {
    const lines = missingCoverLines([{ from: '_posts/a.md', cover: cover('a.jpg') }, { from: '_posts/b.md', cover: cover('b.jpg') }]);
    expect(lines.notes).toEqual([
      { en: 'its cover (image: assets/images/a.jpg) was not found: imported without it', zh: '找不到封面（image: assets/images/a.jpg）：文章已导入，但没有这张封面' },
      { en: 'its cover (image: assets/images/b.jpg) was not found: imported without it', zh: '找不到封面（image: assets/images/b.jpg）：文章已导入，但没有这张封面' },
    ]);
    expect(lines.closing).toEqual({
      en: "2 covers were not found (named above), each looked for as _posts/a.md's was: _posts/a/assets/images/a.jpg and site/assets/images/a.jpg; those posts get the generated social card (to use a cover, put the image at public/assets/images/a.jpg and write cover: /assets/images/a.jpg, and likewise for the others)",
      zh: '有 2 张封面找不到（见上文），每张都像 _posts/a.md 的那样找过：_posts/a/assets/images/a.jpg 和 site/assets/images/a.jpg；这些文章改用自动生成的分享卡片（要使用封面，请把图片放到 public/assets/images/a.jpg，并写上 cover: /assets/images/a.jpg，其余同理）',
    });
  });
});

describe('missingSiteImagesNote', () => {
  test('names the field, the image, the places looked in and where it must go, in English and Chinese', () => {
    expect(missingSiteImagesNote([{ url: '/assets/images/Hope.png', lookedFor: ['public/assets/images/Hope.png', 'site/assets/images/Hope.png'] }])).toEqual({
      en: 'body: image /assets/images/Hope.png was not found (looked for public/assets/images/Hope.png and site/assets/images/Hope.png): kept as written; check and the build warn missing-image until it is at public/assets/images/Hope.png',
      zh: 'body：找不到图片 /assets/images/Hope.png（找过 public/assets/images/Hope.png 和 site/assets/images/Hope.png）：已按原样保留；在它放到 public/assets/images/Hope.png 之前，check 和构建会给出 missing-image 警告',
    });
  });

  test('the folder summary counts the posts with such images', () => {
    const summary = folderSummary({ files: 3, written: 3, already: 0, failed: 0, withMissingImages: 2 }, { channel: 'blog', dryRun: false });
    expect(summary.en).toBe('imported 3 of 3 Markdown files into "blog"; 2 with images not found (see above)');
    expect(summary.zh).toBe('已把 3 个 Markdown 文件中的 3 个导入渠道 "blog"；2 篇有图片找不到（见上文）');
  });
});
