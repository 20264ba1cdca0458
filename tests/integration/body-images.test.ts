/**
 * A local image in a published post's body that is not there stopped the build with Astro's
 * ImageNotFound and a stack trace naming no post (a new-user trial with Fuwari's sample posts).
 * `check` (and so the build check) names the post, the field and the file looked for.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempRootsPerTest } from './helpers.ts';

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

  test('a reference-style image is followed to its definition', () => {
    expect(runCli(['check', '--root', withBody('a', '![loaf][pic]\n\n[pic]: images/gone.jpg'), '--now', NOW]).stderr).toContain('content/posts/images/gone.jpg');
  });

  test('an existing image (percent-encoded, with a query) passes; http(s), site paths, code and drafts are not checked', () => {
    const root = withBody('a', '![x](./img/caf%C3%A9.png?v=2) ![y](https://example.org/y.png) ![z](/images/z.png)\n\n```md\n![code](./not-an-image.png)\n```\n\n`![inline](./nor-this.png)`');
    mkdirSync(join(root, 'content/posts/img'), { recursive: true });
    writeFileSync(join(root, 'content/posts/img/café.png'), 'png');
    expect(runCli(['check', '--root', root, '--now', NOW]).code).toBe(0);
    expect(runCli(['check', '--root', withBody('offtheme', '![later](./later.png)'), '--now', NOW]).code).toBe(0);
  });
});
