/**
 * `npm run build -- --root DIR` of a project whose planner.json is bad stops as a plain build
 * does: Astro's line and the refusal naming the file (from where it was typed), exit 1; before,
 * the refusal came out as Node's dump of an uncaught error (`triggerUncaughtException`, `{ type:
 * 'AstroUserError', hint: undefined }`) around it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BASIC, PROJECT } from './helpers.ts';

const base = mkdtempSync(join(tmpdir(), 'throughline-build-refusal-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

test('a bad planner.json under --root: the refusal alone, naming the file from here, in English and Chinese', () => {
  cpSync(join(BASIC, 'content'), join(base, 'site/content'), { recursive: true });
  writeFileSync(join(base, 'site/content/planner.json'), '{"brand": 3');
  for (const [lang, words] of [['en_US.UTF-8', 'is not valid JSON'], ['zh_CN.UTF-8', '不是有效的 JSON']] as const) {
    const result = spawnSync(process.execPath, [join(PROJECT, 'src/cli/build.mjs'), '--root', 'site'],
    // As npm runs it: from the install's root, saying where it was typed in INIT_CWD.
    { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: lang, INIT_CWD: base, npm_lifecycle_event: 'build' }, timeout: 120_000 });
    const out = result.stdout + result.stderr;
    expect(result.status, out).toBe(1);
    expect(out).toContain(`site/content/planner.json: ${words}`);
    expect(out).not.toMatch(/triggerUncaughtException|AstroUserError|node:internal/);
  }
});

test('a refused --root request speaks the locale, Traditional under a Taiwan locale', () => {
  for (const [lang, words] of [['en_US.UTF-8', 'no file'], ['zh_CN.UTF-8', '没有文件'], ['zh_TW.UTF-8', '沒有檔案']] as const) {
    for (const script of ['build', 'start'] as const) {
      const result = spawnSync(process.execPath, [join(PROJECT, `src/cli/${script}.mjs`), '--root', 'nowhere'],
        { cwd: PROJECT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LC_MESSAGES: '', LANG: lang, INIT_CWD: base, npm_lifecycle_event: script }, timeout: 60_000 });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toContain(words);
    }
  }
});
