import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { BASIC } from './helpers.ts';

/** stdout of `main` with stdout a terminal or not (a pipe, a file). */
async function run(argv: string[], isTTY: boolean): Promise<string> {
  let out = '';
  const code = await main(argv, { stdout: (t) => void (out += t), stderr: () => undefined, isTTY, stdin: process.stdin }, { LANG: 'en_US.UTF-8', NO_COLOR: '1' });
  expect([0, 1]).toContain(code);
  return out;
}

describe('--json layout', () => {
  for (const command of [['check', '--json'], ['plan', '--json', '--weeks', '2']]) {
    test(`${command[0]} --json: one line for a program, indented at a terminal, the same data`, async () => {
      const argv = [...command, '--root', BASIC, '--now', '2026-11-12T00:00:00Z'];
      const piped = await run(argv, false);
      const terminal = await run(argv, true);
      // One line and its newline: a 2,000-post report is a third smaller and quicker to write.
      expect(piped.endsWith('\n')).toBe(true);
      expect(piped.trimEnd().split('\n')).toHaveLength(1);
      expect(terminal.split('\n').length).toBeGreaterThan(10);
      expect(terminal).toContain('\n  "');
      expect(JSON.parse(piped)).toEqual(JSON.parse(terminal));
    });
  }
});
