/**
 * `--lang` decides the language of every message, also of an error in another common option
 * (`--now`, `--root` without a value) that comes before or after it: before, such an error was
 * printed in the locale's language, so `plan --now 2026-02-30 --lang zh` answered in English.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

async function stderrOf(argv: string[], env: Record<string, string | undefined>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io = { stdout: () => {}, stderr: (text: string) => void (stderr += text), isTTY: false, stdin: Readable.from([]) };
  const code = await main(argv, io, env);
  return { code, stderr };
}

const EN = { LANG: 'C.UTF-8', NO_COLOR: '1' };
const ZH = { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' };

describe('an error in a common option is in the language --lang asks for', () => {
  it('--lang zh after or before a --now that names no day, under an English locale', async () => {
    for (const argv of [['plan', '--now', '2026-02-30', '--lang', 'zh'], ['plan', '--lang=zh', '--now', '2026-02-30']]) {
      const { code, stderr } = await stderrOf(argv, EN);
      expect(code).toBe(2);
      expect(stderr).toContain('--now: 2026-02-30 这一天不存在：2026 年 2 月只有 28 天');
    }
  });

  it('--lang en under a Chinese locale, and --root without a value', async () => {
    expect((await stderrOf(['check', '--now', '2026-13-01', '--lang', 'en'], ZH)).stderr).toContain('2026-13-01 does not exist: a year has 12 months');
    expect((await stderrOf(['check', '--lang', 'zh', '--root'], EN)).stderr).toContain('--root: 需要一个值');
  });

  it('a --lang that names no language is still refused in the locale language', async () => {
    expect((await stderrOf(['check', '--lang', 'fr'], ZH)).stderr).toContain('--lang: "fr" 不是支持的语言');
  });
});
