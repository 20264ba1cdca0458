/**
 * A local image in a published post's body that is not there stopped the build with Astro's
 * ImageNotFound and a stack trace naming no post (a new-user trial with Fuwari's sample posts).
 * `check` (and so the build check) names the post, the field and the file looked for.
 */
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PNG_1X1, runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();

/** The basic fixture with `text` added to the body of post `id` (a.md is published, offtheme.md a draft). */
function withBody(id: string, text: string): string {
  const root = copy();
  appendFileSync(join(root, 'content/posts', `${id}.md`), `\n${text}\n`);
  return root;
}

describe('local images in a post body must exist', () => {
  test('check refuses a published post showing a missing image, naming the file, the field and the path looked for, in English and Chinese', () => {
    const root = withBody('a', '![The loaf](./missing.png)');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md');
    expect(stderr).toContain('body');
    expect(stderr).toContain('content/posts/missing.png');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('找不到图片 "./missing.png"');
  });

  // A blog cloned without git-lfs holds pointer files (codgician.github.io's slides/ images):
  // import copies them, and the build stopped with Astro's NoImageMetadata naming no post.
  test('check refuses an image that is a Git LFS pointer or empty, naming post, field and file, EN and 中文', () => {
    const root = withBody('a', '![Graph](./graph.png)\n\n![Empty](empty.png)');
    writeFileSync(join(root, 'content/posts/graph.png'), 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n');
    writeFileSync(join(root, 'content/posts/empty.png'), '');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md');
    expect(stderr).toContain('image "./graph.png": content/posts/graph.png is a Git LFS pointer, not the image');
    expect(stderr).toContain('git lfs pull');
    expect(stderr).toContain('image "empty.png": content/posts/empty.png is an empty file');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('图片 "./graph.png"：content/posts/graph.png 是 Git LFS 指针文件，不是图片本身');
    expect(zh.stderr).toContain('图片 "empty.png"：content/posts/empty.png 是空文件');
  });

  // Astro reads each such image for its size and stopped with NoImageMetadata and a stack trace,
  // naming the image but no post: an HTML error page a download saved as loaf.png, a text file.
  test('check refuses an image file whose bytes are no image, naming post, field, file and what it holds, EN and 中文', () => {
    const root = withBody('a', '![Loaf](loaf.png)\n\n![Note](note.jpg)\n\n![Fine](fine.png) ![Drawing](d.svg)');
    writeFileSync(join(root, 'content/posts/loaf.png'), '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not Found</body></html>');
    writeFileSync(join(root, 'content/posts/note.jpg'), 'not a picture\n');
    writeFileSync(join(root, 'content/posts/fine.png'), PNG_1X1);
    writeFileSync(join(root, 'content/posts/d.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>\n');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md');
    expect(stderr).toContain('image "loaf.png": content/posts/loaf.png holds an HTML page, not an image');
    expect(stderr).toContain('image "note.jpg": content/posts/note.jpg holds text, not an image');
    expect(stderr).toContain('an error page');
    expect(stderr).not.toContain('fine.png');
    expect(stderr).not.toContain('d.svg');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('图片 "loaf.png"：content/posts/loaf.png 里是一个 HTML 网页，不是图片');
  });

  // An MP4 or an XML file saved under an image's name passed the check (an ftyp box and an XML
  // declaration were taken for AVIF and SVG), and Astro stopped the build with NoImageMetadata.
  test('check refuses a body image that holds a video, other XML or a format Astro cannot read, and a cover that holds a video, saying what each holds, EN and 中文', () => {
    const root = withBody('a', '![Clip](clip.png)\n\n![Feed](feed.png)\n\n![Old](old.png)\n\n![Logo](logo.svg)\n\n![Drawn](drawn.png)');
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42\0\0\0\0isommp42'), Buffer.alloc(64)]);
    writeFileSync(join(root, 'content/posts/clip.png'), mp4);
    writeFileSync(join(root, 'content/posts/feed.png'), '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bread</title></channel></rss>\n');
    writeFileSync(join(root, 'content/posts/old.png'), Buffer.concat([Buffer.from('BM'), Buffer.alloc(60)]));
    writeFileSync(join(root, 'content/posts/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><circle r="2"/></svg>\n');
    // An SVG named .png: Astro emits it as .svg in a body; a cover is served as it is, as image/png.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>\n';
    writeFileSync(join(root, 'content/posts/drawn.png'), svg);
    writeFileSync(join(root, 'content/posts/video-cover.md'), '---\ntitle: Video cover\nchannel: blog\nstatus: published\npublishedAt: 2026-11-02\ncover: cover.jpg\n---\n\nBread and crust.\n');
    writeFileSync(join(root, 'content/posts/cover.jpg'), mp4);
    writeFileSync(join(root, 'content/posts/svg-cover.md'), '---\ntitle: SVG cover\nchannel: blog\nstatus: published\npublishedAt: 2026-11-03\ncover: /images/og.png\n---\n\nBread and crust.\n');
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/og.png'), svg);
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md: body: image "clip.png": content/posts/clip.png holds a video (MP4 or QuickTime), not an image');
    expect(stderr).toContain('image "feed.png": content/posts/feed.png holds an XML document, not an image');
    expect(stderr).toContain('image "old.png": content/posts/old.png holds a BMP image, which Astro cannot read');
    expect(stderr).toContain('image "logo.svg": content/posts/logo.svg is an SVG image whose <svg> tag has no width and height nor viewBox');
    expect(stderr).toContain('content/posts/video-cover.md: cover: content/posts/cover.jpg holds a video (MP4 or QuickTime), not an image: "cover.jpg" would be a broken social image');
    expect(stderr).toContain('content/posts/svg-cover.md: cover: public/images/og.png holds an SVG image, not a raster image');
    expect(stderr).not.toContain('drawn.png');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('图片 "clip.png"：content/posts/clip.png 里是一段视频（MP4 或 QuickTime），不是图片');
    expect(zh.stderr).toContain('content/posts/cover.jpg 里是一段视频（MP4 或 QuickTime），不是图片："cover.jpg" 会成为打不开的分享图片');
  });

  // Served as it is, such a cover was the og:image of every shared link, broken, and check said nothing.
  test('check refuses a cover whose file holds no image, beside the post or under public/, naming post, field and what it holds, EN and 中文', () => {
    const root = copy();
    const post = (name: string, cover: string) =>
      writeFileSync(join(root, 'content/posts', `${name}.md`), `---\ntitle: ${name}\nchannel: blog\nstatus: published\npublishedAt: 2026-11-02\ncover: ${cover}\n---\n\nBread and crust.\n`);
    post('html-cover', 'cover.jpg');
    post('empty-cover', '/images/empty.png');
    post('fine-cover', 'fine.png');
    writeFileSync(join(root, 'content/posts/cover.jpg'), '<!doctype html><html><body>Forbidden</body></html>');
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/empty.png'), '');
    writeFileSync(join(root, 'content/posts/fine.png'), PNG_1X1);
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/content\/posts\/html-cover\.md: cover: content\/posts\/cover\.jpg holds an HTML page, not an image: "cover\.jpg" would be a broken social image/);
    expect(stderr).toMatch(/content\/posts\/empty-cover\.md: cover: public\/images\/empty\.png is an empty file/);
    expect(stderr).not.toContain('fine-cover');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('content/posts/cover.jpg 里是一个 HTML 网页，不是图片："cover.jpg" 会成为打不开的分享图片');
  });

  test('an HTML <img src> beside the post counts as a Markdown image does (the build serves and needs it): missing, it is named in English and Chinese; there, it passes', () => {
    const root = withBody('a', '<p align="center"><img src="shot%20one.png" width="600"></p>\n\nText <img src="./there.png"> and `<img src="code.png">`.');
    writeFileSync(join(root, 'content/posts/there.png'), PNG_1X1);
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('content/posts/a.md');
    // Named with its line in the file, where the user looks for it.
    const line = readFileSync(join(root, 'content/posts/a.md'), 'utf8').split('\n').findIndex((l) => l.includes('shot%20one.png')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(stderr).toContain(`image "shot%20one.png" (line ${line}) not found: no file content/posts/shot one.png`);
    expect(stderr).not.toMatch(/there\.png|code\.png/);
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain(`找不到图片 "shot%20one.png"（第 ${line} 行）`);
    writeFileSync(join(root, 'content/posts/shot one.png'), PNG_1X1);
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(0);
  });

  // daichangya/hexo-blog: prose pasted from a page that showed the tag as text, `<img src=”a.jpg”>`
  // with curly quotes: the build stopped at image "”a.jpg”", a path written nowhere in the file.
  test('an <img> in a sentence whose src is in typographic quotes is text (the page shows it so): nothing to look for', () => {
    const root = withBody('a', '程序都只要 <img src=”a.jpg”>，无需关心地址。');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain('a.jpg');
  });

  test('one in an HTML block is HTML the page serves: named with its line and what the quotes do, in English and Chinese', () => {
    const root = withBody('a', '<div align="center"><img src=”a.jpg”></div>');
    const { code, stderr } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(2);
    const line = readFileSync(join(root, 'content/posts/a.md'), 'utf8').split('\n').findIndex((l) => l.includes('<img src=”a.jpg”>')) + 1;
    expect(stderr).toContain(`body: image "”a.jpg”" (line ${line}) not found: no file content/posts/”a.jpg”`);
    expect(stderr).toContain('hint: its quotes are typographic (”a.jpg”), which HTML does not read as quotes, so they are part of the address: if the tag is an example of code, put it in backticks (`<img src="a.jpg">`); if it is an image, write src="a.jpg" with straight quotes');
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stderr).toContain('它的引号是弯引号（”a.jpg”）');
  });

  test('a reference-style image is followed to its definition', () => {
    expect(runCli(['check', '--root', withBody('a', '![loaf][pic]\n\n[pic]: images/gone.jpg'), '--now', NOW]).stderr).toContain('content/posts/images/gone.jpg');
  });

  test('an existing image (percent-encoded, with a query) passes; http(s), code and drafts are not checked', () => {
    const root = withBody('a', '![x](./img/caf%C3%A9.png?v=2) ![y](https://example.org/y.png) ![z](/images/z.png)\n\n```md\n![code](./not-an-image.png)\n```\n\n`![inline](./nor-this.png)`');
    mkdirSync(join(root, 'content/posts/img'), { recursive: true });
    writeFileSync(join(root, 'content/posts/img/café.png'), PNG_1X1);
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/z.png'), 'png');
    const { code, stdout } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout).not.toContain('missing-image');
    expect(runCli(['check', '--root', withBody('offtheme', '![later](./later.png)'), '--now', NOW]).code).toBe(0);
  });
});

/**
 * A site path (`/media/x.png`) is served from public/ as is: Astro never reads it, so a missing
 * one does not stop the build, and the page showed a broken image with no word (a moved Hexo
 * blog's `/media/…` images). check warns, naming the post, the field and the path.
 */
describe('site-path images in a post body', () => {
  test('check warns (exit 0) of a published post whose site-path image public/ lacks, naming file, field and path, in English and Chinese', () => {
    const root = withBody('a', '![x](/media/x.png) ![y](/media/caf%C3%A9.png?v=1)\n\n[pic]: /media/ref.png\n\n![r][pic] ![card](/og.png)');
    mkdirSync(join(root, 'public/media'), { recursive: true });
    writeFileSync(join(root, 'public/media/café.png'), 'png');
    const { code, stdout } = runCli(['check', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout).toContain('content/posts/a.md\n  warning missing-image    body: image "/media/x.png" (and 1 more) not found: no file public/media/x.png; the page shows it broken');
    const json = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(json.flags.filter((f: { kind: string }) => f.kind === 'missing-image')).toEqual([
      expect.objectContaining({ severity: 'warning', post: 'a', file: 'content/posts/a.md', field: 'body', paths: ['/media/x.png', '/media/ref.png'] }),
    ]);
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('正文：找不到图片 "/media/x.png"（还有 1 张）：没有文件 public/media/x.png');
    expect(runCli(['check', '--fail-on', 'warning', '--root', root, '--now', NOW]).code).toBe(1);
  });

  test('the count of more missing images counts files: a query or a fragment names the same one', () => {
    const root = withBody('a', '![x](/media/x%20y.png) ![y](/media/x%20y.png?v=2) ![z](/media/x%20y.png#top) ![w](/media/w.png)');
    expect(runCli(['check', '--root', root, '--now', NOW]).stdout).toContain('body: image "/media/x%20y.png" (and 1 more) not found: no file public/media/x%20y.png');
    const json = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(json.flags.find((f: { kind: string }) => f.kind === 'missing-image')?.paths).toEqual(['/media/x%20y.png', '/media/x%20y.png?v=2', '/media/x%20y.png#top', '/media/w.png']);
    expect(runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('（还有 1 张）');
  });

  test('a draft, a path that leaves public/ and a protocol-relative address: only the second is named', () => {
    const draft = withBody('offtheme', '![x](/media/x.png)');
    expect(runCli(['check', '--root', draft, '--now', NOW]).stdout).not.toContain('missing-image');
    const root = withBody('a', '![x](/../content/planner.json) ![y](//cdn.example.org/y.png)');
    const json = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(json.flags.find((f: { kind: string }) => f.kind === 'missing-image')?.paths).toEqual(['/../content/planner.json']);
  });

  test("an HTML <img src> with a site path (Typora, WordPress) is looked for like a Markdown image: named when public/ lacks it, not when it is there or in code", () => {
    const root = withBody(
      'a',
      '<p align="center"><img src="/images/typora.png" width="600" alt="x"></p>\n\nSee <img src=\'/images/here.png\'> inline.\n\n```html\n<img src="/images/code.png">\n```\n\n`<img src="/images/span.png">`',
    );
    mkdirSync(join(root, 'public/images'), { recursive: true });
    writeFileSync(join(root, 'public/images/here.png'), 'png');
    const json = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(json.flags.filter((f: { kind: string }) => f.kind === 'missing-image').map((f: { file: string; field: string; paths: string[] }) => [f.file, f.field, f.paths])).toEqual([
      ['content/posts/a.md', 'body', ['/images/typora.png']],
    ]);
    const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('"/images/typora.png"');
  });
});
