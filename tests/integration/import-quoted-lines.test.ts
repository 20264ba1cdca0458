/**
 * A Jekyll title in quotes running onto an unindented second line (trial 4, a real blog):
 * Jekyll's parser (libyaml) reads it, js-yaml (Astro's, and check's) refuses it as "deficient
 * indentation", so import skipped the post and check gave only a position in Chinese.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, sourceFoldersPerTest, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-12-03T00:00:00Z';
const copy = tempRootsPerTest();
const siteOf = sourceFoldersPerTest('site');
const POST = "---\nlayout: post\ntitle: \"Why I moved my blog\nto a static site\"\ndescription: 'It''s a long\nstory'\ntags: [web]\n---\n\nSome text about static sites.\n";

describe('a quoted frontmatter value running onto an unindented line', () => {
  test('import reads it as Jekyll does, writes the line indented, and says so in English and Chinese', () => {
    const site = siteOf({ '_config.yml': 'title: Blog\n', '_posts/2021-03-04-moved.md': POST });
    const root = copy();
    const { code, stdout, stderr } = runCli(['import', site, '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('content/posts/2021/moved.md');
    const text = readFileSync(join(root, 'content/posts/2021/moved.md'), 'utf8');
    expect(text).toContain('title: "Why I moved my blog\n to a static site"\n');
    expect(text).toContain("description: 'It''s a long\n story'\n");
    expect(stderr).toContain('2021-03-04-moved.md: the quoted value of "title" and "description" ran onto an unindented line, which Jekyll reads and YAML does not: that line is now indented (the value is the same)\n');
    const zh = runCli(['import', site, '--channel', 'blog', '--root', copy(), '--now', NOW, '--dry-run', '--lang', 'zh']);
    expect(zh.stderr).toContain('2021-03-04-moved.md: “title”、“description”的引号值延续到了没有缩进的下一行，Jekyll 能读而 YAML 不能：那一行已缩进（值不变）\n');
    // The title reads as Jekyll shows it, the line break folded into a space.
    const check = runCli(['check', '--json', '--root', root, '--now', NOW]);
    const post = JSON.parse(check.stdout).posts.find((p: { id: string }) => p.id === '2021/moved');
    expect(post.title).toBe('Why I moved my blog to a static site');
  });

  test('check names the field and the line to indent, in English and Chinese, and leaves the file as it is', () => {
    const root = copy();
    const file = join(root, 'content/posts/moved.md');
    writeFileSync(file, '---\ntitle: "Why I moved my blog\nto a static site"\nchannel: blog\nstatus: draft\n---\n\nText.\n');
    const before = readFileSync(file, 'utf8');
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.stdout + en.stderr).toContain('the quoted value of "title" (line 2) runs onto line 3, which YAML reads only when indented deeper than "title": indent that line, or join it to line 2');
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.stdout + zh.stderr).toContain('“title”的引号值（第 2 行）延续到了第 3 行，YAML 只在这一行比“title”缩进更深时才能读取：请缩进那一行，或把它接到第 2 行末尾');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});
