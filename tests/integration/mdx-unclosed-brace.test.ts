/**
 * Code pasted into an .mdx post, a `{` that nothing closes inside each of 40 JSX spans (and a
 * closed `{1}` after them): satteri fails on it only after hours of search, and `check` (which
 * compiles published posts and reads every post's words) never finished.
 * It reports the post at once, with satteri's line and column, counted as the file's lines.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempRoot } from './helpers.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function rootWith(status: 'published' | 'draft'): string {
  const { root, cleanup } = tempRoot();
  cleanups.push(cleanup);
  const spans = '<span>X(){a</span>'.repeat(40);
  writeFileSync(join(root, 'content/posts/2026/pasted-code.mdx'), `---\ntitle: Pasted code\nchannel: blog\nstatus: ${status}\npublishedAt: 2026-09-02\n---\n\nSome notes on cooking.\n\n<div class="c">${spans}</div>\n\nServe {1} bowl.\n`);
  return root;
}

describe('check on an .mdx post with a brace that nothing closes in 40 spans', () => {
  it('refuses the published post with exit code 2, naming the file, the line and the column', () => {
    const run = runCli(['check', '--root', rootWith('published'), '--now', '2026-11-23T00:00:00Z']);
    expect(run.code).toBe(2);
    // Line 10 of the file, as an editor numbers it (the <div> line; line 4 of the body after the frontmatter).
    expect(run.stderr).toContain('content/posts/2026/pasted-code.mdx: the MDX does not compile: 10:25: Unexpected end of file in expression');
    expect(run.stderr).toContain('line 10, column 25 is never closed');
    expect(run.stderr).not.toContain('count from the first line after the frontmatter');
  });

  it('says it in Chinese in a Chinese locale', () => {
    const run = runCli(['check', '--root', rootWith('published'), '--now', '2026-11-23T00:00:00Z'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MDX 无法编译：10:25: Unexpected end of file in expression');
    expect(run.stderr).toContain('第 10 行第 25 列的“{”没有对应的“}”');
  });

  it('reads the draft and finishes with its usual verdict', () => {
    const run = runCli(['check', '--root', rootWith('draft'), '--now', '2026-11-23T00:00:00Z', '--json']);
    expect(run.code).not.toBe(2);
    expect(JSON.parse(run.stdout).posts.map((p: { id: string }) => p.id)).toContain('2026/pasted-code');
  });
});
