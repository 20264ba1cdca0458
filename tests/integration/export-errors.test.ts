/**
 * `export ics` refuses bad options and output paths with a message naming the option (and file),
 * in English and Chinese, writing nothing; a planner date that does not exist is named as such.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { writeIo } from '../../src/store/safe-write.ts';
import { tempRootsPerTest } from './helpers.ts';

const copy = tempRootsPerTest();
// The project's files (a run that loads the project caches frontmatter under node_modules/.cache).
const filesOf = (root: string) => readdirSync(root, { recursive: true }).map(String).filter((f) => !f.startsWith('node_modules')).sort();
const NOW = '2026-11-23T00:00:00Z';
const realWriteFile = writeIo.writeFile;
afterEach(() => {
  writeIo.writeFile = realWriteFile;
});

async function exportIcs(root: string, args: string[], lang: 'en' | 'zh') {
  let stdout = '';
  let stderr = '';
  const code = await main(['export', ...args, '--root', root, '--now', NOW, '--lang', lang], {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    stdin: process.stdin,
  });
  return { code, stdout, stderr };
}

describe('export ics refuses, naming the option', () => {
  test.each([
    ['an unknown channel', (_root: string) => ['ics', '--channel', 'nope'], /^throughline: \/\S+\/content\/planner\.json: --channel: there is no channel "nope"\n  hint: use one of: blog/, /^throughline: \/\S+\/content\/planner\.json: --channel: 没有渠道 "nope"\n  建议：请使用以下之一：blog/],
    ['an unknown format', (_root: string) => ['pdf'], /^throughline: export: unknown format "pdf"; expected ics/, /^throughline: export: 未知的格式 "pdf"；应为 ics/],
    ['an empty --out', (_root: string) => ['ics', '--out', ''], /^throughline: --out: needs a file name/, /^throughline: --out: 需要一个文件名/],
    ['a folder that does not exist', (root: string) => ['ics', '--out', join(root, 'no/such/plan.ics')], /--out: the folder .*no\/such does not exist; nothing was written\n  hint: create it first/, /--out: 文件夹 .*no\/such 不存在；没有写入任何内容/],
    ['a file where the folder should be', (root: string) => ['ics', '--out', join(root, 'content/planner.json/plan.ics')], /--out: .*planner\.json is a file, not a folder/, /--out: .*planner\.json 是文件，不是文件夹/],
    ['a folder as the output file', (root: string) => ['ics', '--out', join(root, 'content')], /content: --out: this is a folder; give a file name/, /content: --out: 这是一个文件夹；请给出文件名/],
  ])('%s, in English and Chinese (exit 2, nothing written)', async (_what, argsOf, en, zh) => {
    const root = copy();
    const before = filesOf(root);
    for (const [lang, message] of [['en', en], ['zh', zh]] as const) {
      const out = await exportIcs(root, argsOf(root), lang);
      expect(out.code).toBe(2);
      expect(out.stdout).toBe('');
      expect(out.stderr).toMatch(message);
    }
    expect(filesOf(root)).toEqual(before);
  });

  test('an existing file that is not a calendar (planner.json, a post, notes) is not overwritten; an earlier export is', async () => {
    const root = copy();
    const planner = readFileSync(join(root, 'content/planner.json'), 'utf8');
    const en = await exportIcs(root, ['ics', '--out', join(root, 'content/planner.json')], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/content\/planner\.json: --out: this file exists and is not a calendar; nothing was written\n  hint: give the name of a new file or of an earlier export, e.g. --out plan\.ics/);
    const zh = await exportIcs(root, ['ics', '--out', join(root, 'content/planner.json')], 'zh');
    expect(zh.stderr).toMatch(/content\/planner\.json: --out: 这个文件已存在，而且不是日历文件；没有写入任何内容\n  建议：请给出一个新文件名，或以前导出的日历文件，例如 --out plan\.ics/);
    expect(readFileSync(join(root, 'content/planner.json'), 'utf8')).toBe(planner);
    writeFileSync(join(root, 'notes.txt'), 'my notes\n');
    expect((await exportIcs(root, ['ics', '--out', join(root, 'notes.txt')], 'en')).code).toBe(2);
    expect(readFileSync(join(root, 'notes.txt'), 'utf8')).toBe('my notes\n');
    // Exporting again over the last export (or an empty file) is the usual run.
    const plan = join(root, 'plan.ics');
    expect((await exportIcs(root, ['ics', '--out', plan], 'en')).code).toBe(0);
    expect((await exportIcs(root, ['ics', '--out', plan], 'en')).code).toBe(0);
    writeFileSync(join(root, 'empty.ics'), '');
    expect((await exportIcs(root, ['ics', '--out', join(root, 'empty.ics')], 'en')).code).toBe(0);
    expect(readFileSync(join(root, 'empty.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  test('an output path the user may not write names --out and the file, and leaves no temp file', async () => {
    const root = copy();
    mkdirSync(join(root, 'out'));
    writeIo.writeFile = async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    };
    const out = join(root, 'out/plan.ics');
    const en = await exportIcs(root, ['ics', '--out', out], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`throughline: ${out}: --out: no permission to write here: nothing was written and the file is as it was\n`);
    const zh = await exportIcs(root, ['ics', '--out', out], 'zh');
    expect(zh.stderr).toBe(`throughline: ${out}: --out: 没有在这里写入的权限：没有写入任何内容，文件保持原样\n`);
    expect(readdirSync(join(root, 'out'))).toEqual([]);
  });

  test('a channel start that does not exist (2026-02-30) is named as such, in English and Chinese', async () => {
    const root = copy();
    const file = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(file, 'utf8'));
    planner.channels[0].start = '2026-02-30';
    writeFileSync(file, JSON.stringify(planner));
    const en = await exportIcs(root, ['ics'], 'en');
    expect(en.code).toBe(2);
    // The root lies outside the folder the command runs in: the planner is named by its absolute path.
    expect(en.stderr.startsWith(`throughline: ${file}: channels[0].start: 2026-02-30 does not exist: February 2026 has 28 days`)).toBe(true);
    const zh = await exportIcs(root, ['ics'], 'zh');
    expect(zh.stderr.startsWith(`throughline: ${file}: channels[0].start: 2026-02-30 这一天不存在：2026 年 2 月只有 28 天`)).toBe(true);
    expect(existsSync(join(root, 'plan.ics'))).toBe(false);
  });
});

describe('export ics --out -', () => {
  // "-" is standard output, as in most command-line tools: a script's `--out -` piped on gets the
  // calendar, and no file named "-" appears where it ran.
  test('writes the calendar to stdout, and no file named "-"', async () => {
    const root = copy();
    const dash = join(process.env.INIT_CWD ?? process.cwd(), '-');
    const existed = existsSync(dash);
    try {
      const out = await exportIcs(root, ['ics', '--out', '-'], 'en');
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(out.stderr).toBe('');
      expect(existsSync(dash)).toBe(existed);
    } finally {
      if (!existed && existsSync(dash)) rmSync(dash);
    }
  });
});
