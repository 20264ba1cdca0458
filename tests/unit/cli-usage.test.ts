import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COMMAND_TABLE, parseOptionsOf, type CommandName } from '../../src/cli/command-table.ts';
import { main } from '../../src/cli/main.ts';

async function run(argv: string[], lang: 'en' | 'zh'): Promise<{ code: number; out: string }> {
  let out = '';
  const write = (text: string) => { out += text; };
  const code = await main(argv, { stdout: write, stderr: write, isTTY: false, stdin: process.stdin }, { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' });
  return { code, out };
}

const COMMANDS_DIR = new URL('../../src/cli/commands/', import.meta.url);

describe('the CLI usage text', () => {
  test('names every command and every option the parsers accept, in English and Chinese, for --help and an unknown argument', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const argv of [['--help'], ['--bogus']]) {
        const { out } = await run(argv, lang);
        for (const name of Object.keys(COMMAND_TABLE) as CommandName[]) {
          const line = out.split('\n').find((l) => l.trimStart().startsWith(`${name} `) || l.trim() === name);
          expect(line, `${lang} ${argv[0]}: ${name}`).toBeDefined();
          for (const option of Object.keys(parseOptionsOf(name))) expect(line, `${name} --${option}`).toContain(`--${option}`);
        }
      }
    }
  });

  test('is the only place options are declared: every command module parses with the table', () => {
    const files = readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(COMMAND_TABLE).length);
    for (const file of files) {
      const source = readFileSync(new URL(file, COMMANDS_DIR), 'utf8');
      if (!source.includes('parseArgs(')) continue;
      expect(source, file).toMatch(/options: parseOptionsOf\('[a-z]+'\)/);
      expect(source, file).not.toMatch(/options: \{\s*[a-z'-]+: \{ type:/);
    }
  });

  // Before, `check --help` said "Unknown option '--help'" and exited 2, the code for bad input.
  test('prints the usage on stdout with exit 0 for --help or -h after a command, which does not run', async () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const argv of [['check', '--help'], ['export', 'ics', '-h'], ['init', '--force', '--help'], ['import', '--help']]) {
        let [out, err] = ['', ''];
        const code = await main(argv, { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, isTTY: false, stdin: process.stdin }, { LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' });
        expect([code, err], argv.join(' ')).toEqual([0, '']);
        expect(out, argv.join(' ')).toContain(lang === 'zh' ? 'throughline <命令>' : 'Usage: throughline <command>');
      }
    }
  });

  // Before, `plan --weeks` with no value printed parseArgs' message, an empty line, then the whole
  // usage of every command; `--root` with no value said "--root: --root needs a value".
  test('answers an option error of a command in one message naming the option, with that command\'s synopsis as the hint, no empty line', async () => {
    const cases = [
      [['plan', '--weeks'], 'en', 'throughline: --weeks: needs a value\n  hint: throughline plan [--weeks N] [--json] (throughline --help lists every command)\n'],
      [['plan', '--weeks'], 'zh', 'throughline: --weeks: 需要一个值\n  建议：throughline plan [--weeks N] [--json]（throughline --help 列出所有命令）\n'],
      [['check', '--bogus'], 'en', "throughline: Unknown option '--bogus'\n  hint: throughline check [--json] [--fail-on info|warning|error] (throughline --help lists every command)\n"],
      [['plan', '--root'], 'en', 'throughline: --root: needs a value\n  hint: --root path/to/site\n'],
    ] as const;
    for (const [argv, lang, said] of cases) expect(await run([...argv], lang), argv.join(' ')).toEqual({ code: 2, out: said });
  });

  // Before, parseArgs refused "-1" as a value ("argument is ambiguous"), and in Chinese the raw English came through.
  test('reads a negative number given to an option as its value, so the command says what the option takes', async () => {
    const en = await run(['plan', '--weeks', '-1'], 'en');
    expect(en.code).toBe(2);
    expect(en.out).toContain('--weeks: "-1" is not a number of weeks');
    expect((await run(['plan', '--weeks', '-1'], 'zh')).out).toContain('--weeks: "-1" 不是有效的周数');
    const zh = await run(['import', 'feed.xml', '--channel', '-x'], 'zh');
    expect([zh.code, zh.out.split('\n')[0]]).toEqual([2, 'throughline: 选项 --channel 的值以 "-" 开头：请写成 --channel=值']);
  });

  // import and export take positionals, and node's parseArgs then ended an unknown option's message with
  // advice for a positional starting with "-" ("place it at the end of the command after '--'"): a
  // typed --dryrun is a typo, and is now told the option it meant.
  test('names an unknown option of import and export without advice for positionals, with the option it likely meant', async () => {
    const en = await run(['import', 'feed.xml', '--channel', 'blog', '--dryrun'], 'en');
    expect(en.code).toBe(2);
    expect(en.out.split('\n')[0]).toBe("throughline: Unknown option '--dryrun' (did you mean --dry-run?)");
    expect((await run(['export', 'ics', '--chan', 'blog'], 'zh')).out.split('\n')[0]).toBe('throughline: 未知的选项 --chan（是不是 --channel？）');
    expect((await run(['export', 'ics', '--bogus'], 'en')).out.split('\n')[0]).toBe("throughline: Unknown option '--bogus'");
  });

  // Only the same letters or a start of the name were matched: one letter dropped, doubled, changed
  // or swapped (--jsn, --weaks, --rot, chek) got no suggestion, nor did a common option
  // (--root, --now, --lang) mistyped after a command.
  test.each([
    [['plan', '--jsn'], '--jsn', '--json'],
    [['check', '--jsno'], '--jsno', '--json'],
    [['plan', '--weaks', '2'], '--weaks', '--weeks'],
    [['check', '--rot', '/tmp/site'], '--rot', '--root'],
    [['plan', '--nwo', '2026-01-01'], '--nwo', '--now'],
    [['check', '--lnag', 'zh'], '--lnag', '--lang'],
    [['export', 'ics', '--chanel', 'blog'], '--chanel', '--channel'],
    [['import', 'feed.xml', '--channel', 'blog', '--dyr-run'], '--dyr-run', '--dry-run'],
    [['sample', '--hlep'], '--hlep', '--help'],
  ])('%j: suggests the option a one-letter typo meant', async (argv, typed, meant) => {
    const en = await run(argv, 'en');
    expect([en.code, en.out.split('\n')[0]]).toEqual([2, `throughline: Unknown option '${typed}' (did you mean ${meant}?)`]);
    expect((await run(argv, 'zh')).out.split('\n')[0]).toBe(`throughline: 未知的选项 ${typed}（是不是 ${meant}？）`);
  });

  test.each([
    [['chek'], 'chek', 'check'],
    [['plna'], 'plna', 'plan'],
    [['improt', 'feed.xml'], 'improt', 'import'],
    [['exprt', 'ics'], 'exprt', 'export'],
    [['--rot', '/tmp/site', 'check'], '--rot', '--root'],
  ])('%j: suggests the command a one-letter typo meant', async (argv, typed, meant) => {
    const en = await run(argv, 'en');
    expect([en.code, en.out.split('\n')[0]]).toEqual([2, `throughline: unknown command "${typed}" (did you mean ${meant}?)`]);
    expect((await run(argv, 'zh')).out.split('\n')[0]).toBe(`throughline: 未知的命令 "${typed}"（是不是 ${meant}？）`);
  });

  test.each([
    [['plan', '--verbose']], [['check', '--xyz']], [['export', 'ics', '--bogus']], [['plan', '--js']], [['check', '--force']],
    [['deploy']], [['frobnicate']], [['go']], [['--quiet', 'check']],
  ])('%j: suggests nothing for a word that is no typo of one', async (argv) => {
    const { code, out } = await run(argv, 'en');
    expect(code).toBe(2);
    expect(out.split('\n')[0]).toMatch(/^throughline: (?:Unknown option '-[^']+'|unknown command "[^"]+")$/);
  });

  // Number() read "0x10" as 16, "1e2" as 100 and " 3" as 3: a typo ran the plan for a span nobody asked for.
  test.each(['0x10', '1e2', ' 3', '8.0', '+8'])('refuses --weeks %j, which is not written as a whole number', async (weeks) => {
    const en = await run(['plan', '--weeks', weeks], 'en');
    expect(en.code).toBe(2);
    expect(en.out).toContain(`--weeks: "${weeks}" is not a number of weeks`);
  });

  test('lists init --empty, export --public, import --pillar-map and --backfill, the ones it used to omit', async () => {
    const { out } = await run(['--bogus'], 'en');
    for (const piece of ['init [--force] [--empty]', '[--public]', '--pillar-map', '--backfill']) expect(out).toContain(piece);
  });
});
