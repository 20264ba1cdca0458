/**
 * Three bad inputs of a new user's trial, through the real CLI: a post file named with a space or
 * an emoji (a warning naming the file, the character and the id to take), a plannedFor written
 * with a time (exit 2, saying why and the date to write), and a planner.json syntax error V8 does
 * not place (exit 2 with its line and column). English by default, Chinese with --lang zh.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();
const published = (title: string) => ['---', `title: ${title}`, 'channel: blog', 'status: published', 'publishedAt: 2026-10-13', '---', '', 'A braise of pork with soy sauce, simmered slowly.', ''].join('\n');

describe('check on bad input', () => {
  test('warns on post files named with a space or an emoji, naming the file, the character and the id to take; Chinese names pass; exit 0', () => {
    const root = copy();
    mkdirSync(join(root, 'content/posts/blog'), { recursive: true });
    mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
    writeFileSync(join(root, 'content/posts/blog/bad id.md'), published('Bad id'));
    writeFileSync(join(root, 'content/posts/2026/🎉.md'), published('Party'));
    writeFileSync(join(root, 'content/posts/2026/红烧肉.md'), published('红烧肉'));
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('content/posts/blog/bad id.md\n  warning post-id');
    expect(en.stdout).toContain('"blog/bad␣id" has a space (shown as ␣); try "blog/bad-id"');
    expect(en.stdout).toContain('hint: rename the file to content/posts/blog/bad-id.md');
    expect(en.stdout).toContain('"2026/🎉" has "🎉"; try "2026/party"');
    expect(en.stdout).toContain('hint: rename the file to content/posts/2026/party.md');
    expect(en.stdout).not.toMatch(/红烧肉\.md\n {2}warning post-id/);
    const json = JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout);
    expect(json.flags.filter((f: { kind: string }) => f.kind === 'post-id').map((f: { post: string; suggested: string }) => [f.post, f.suggested]).sort()).toEqual([
      ['2026/🎉', '2026/party'],
      ['blog/bad id', 'blog/bad-id'],
    ]);
    expect(runCli(['check', '--root', root, '--now', NOW, '--fail-on', 'warning']).code).toBe(1);
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.stdout).toContain('“blog/bad␣id”含有空格（显示为 ␣）；可以改成 "blog/bad-id"');
    expect(zh.stdout).toContain('把文件重命名为 content/posts/blog/bad-id.md');
  });

  test('a plannedFor with a time stops check with exit 2, saying the time comes from the slot and the date to write', () => {
    const root = copy();
    const file = join(root, 'content/posts/idea.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: .*$/m, '$&\nplannedFor: 2026-12-10T09:30:00'));
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `content/posts/idea.md: plannedFor: expected a date alone, not a date and time: the time comes from the channel's slot (the channel's "time" in planner.json); write plannedFor: 2026-12-10`,
    );
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('content/posts/idea.md: plannedFor: 应为单独的日期，不要写时间：时间由渠道的排期决定（planner.json 里渠道的 "time"）；请写 plannedFor: 2026-12-10');
  });

  test('a planner.json syntax error stops check with exit 2, naming its line and column', () => {
    const root = copy();
    const file = join(root, 'content/planner.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"breaks": [', '"breaks": [,'));
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/content\/planner\.json: is not valid JSON at line 17, column 14 \(Unexpected token ','/);
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('content/planner.json: 不是有效的 JSON（第 17 行第 14 列）');
  });
});
