/**
 * `--root DIR` run from another folder: every error and flag names a project file as the user
 * can open it from where they typed the command (relative to it, or absolute outside it), not
 * relative to DIR (`content/planner.json`, which is not there).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BASIC, PROJECT } from './helpers.ts';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'throughline-root-paths-'));
  cpSync(join(BASIC, 'content'), join(base, 'site/content'), { recursive: true });
  mkdirSync(join(base, 'elsewhere'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function cli(cwd: string, args: string[], lang = 'C.UTF-8') {
  const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: lang, THROUGHLINE_CACHE_DIR: join(base, 'cache') } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const COMMANDS = [['check'], ['plan'], ['export', 'ics'], ['import', 'feed.xml', '--channel', 'blog']];

describe('files named under --root', () => {
  test('a bad planner.json: every command names it from where the command was typed, in English and Chinese', () => {
    writeFileSync(join(base, 'site/content/planner.json'), '{"brand": 3');
    for (const args of COMMANDS) {
      // Beside the project: the path from here.
      const beside = cli(base, [...args, '--root', 'site']);
      expect(beside.code, args.join(' ')).toBe(2);
      expect(beside.stderr, args.join(' ')).toMatch(/^throughline: site\/content\/planner\.json: is not valid JSON/);
      const zh = cli(base, [...args, '--root', 'site', '--lang', 'zh']);
      expect(zh.stderr, args.join(' ')).toMatch(/^throughline: site\/content\/planner\.json: 不是有效的 JSON/);
      // From a folder outside it: the absolute path.
      const outside = cli(join(base, 'elsewhere'), [...args, '--root', '../site']);
      expect(outside.stderr, args.join(' ')).toMatch(new RegExp(`^throughline: ${join(base, 'site/content/planner.json').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: is not valid JSON`));
    }
  });

  test("a bad post file: its error and check's flags name it from here; in the project itself, as before", () => {
    writeFileSync(join(base, 'site/content/posts/broken.md'), '---\ntitle: Broken\nstatus: nonsense\n---\nBody.\n');
    const beside = cli(base, ['check', '--root', 'site']);
    expect(beside.code).toBe(2);
    expect(beside.stderr).toMatch(/^throughline: site\/content\/posts\/broken\.md: /);
    expect(cli(base, ['plan', '--root', 'site', '--lang', 'zh']).stderr).toMatch(/^throughline: site\/content\/posts\/broken\.md: /);
    // Typed in the project: content/… as it always was.
    expect(cli(join(base, 'site'), ['check', '--root', '.']).stderr).toMatch(/^throughline: content\/posts\/broken\.md: /);
    // Several files at fault: each one listed, named so too.
    writeFileSync(join(base, 'site/content/posts/broken2.md'), '---\ntitle: Broken\nstatus: nonsense\n---\nBody.\n');
    const both = cli(base, ['check', '--root', 'site']).stderr;
    expect(both).toMatch(/^ {2}site\/content\/posts\/broken\.md: /m);
    expect(both).toMatch(/^ {2}site\/content\/posts\/broken2\.md: /m);
  });

  test("check's text names each flag's file, and the planner of a channel's flags, from where it was typed", () => {
    const beside = cli(base, ['check', '--root', 'site', '--now', '2026-11-23T00:00:00Z']);
    const zh = cli(base, ['check', '--root', 'site', '--now', '2026-11-23T00:00:00Z', '--lang', 'zh']);
    const named = (text: string) => text.split('\n').filter((line) => /^\S/.test(line) && /\.(?:md|mdx|json)\b/.test(line));
    expect(named(beside.stdout).length).toBeGreaterThan(0);
    for (const line of [...named(beside.stdout), ...named(zh.stdout)]) expect(line).toMatch(/^site\/content\//);
  });
  test("a flag's or an error's hint that says where to edit the planner names it from where the command was typed too", () => {
    const now = '2026-11-23T00:00:00Z';
    for (const lang of ['en', 'zh']) {
      const text = cli(base, ['check', '--root', 'site', '--now', now, '--lang', lang]).stdout;
      const hints = text.split('\n').filter((line) => /^ {2}(?:hint: |建议：)/.test(line) && line.includes('planner.json'));
      expect(hints.length, lang).toBeGreaterThan(1); // the gap's "add a break" and the off-theme's acceptedOnTheme
      for (const line of hints) expect(line, lang).toMatch(/ site\/content\/planner\.json/);
    }
    // From outside: the absolute path. In the project itself: content/planner.json as before.
    const outside = cli(join(base, 'elsewhere'), ['check', '--root', '../site', '--now', now]).stdout;
    expect(outside).toContain(`to ${join(base, 'site/content/planner.json')}`);
    expect(cli(join(base, 'site'), ['check', '--now', now, '--root', '.']).stdout).toContain('to content/planner.json');
    // An error's hint: a post naming a channel the planner has not.
    writeFileSync(join(base, 'site/content/posts/stray.md'), '---\ntitle: Stray\nchannel: vlog\nstatus: draft\n---\nBody.\n');
    for (const lang of ['en', 'zh']) {
      const stderr = cli(base, ['check', '--root', 'site', '--lang', lang]).stderr;
      expect(stderr, lang).toMatch(/site\/content\/planner\.json/);
      expect(stderr.replaceAll('site/content/planner.json', ''), lang).not.toContain('content/planner.json');
    }
  });
});
