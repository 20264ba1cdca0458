/**
 * `export ics` loaded OpenCC (opencc-js, ~1 MB of tables) on every run, for an English or a
 * Simplified project too, through the site words' import: only a project whose calendar words
 * are Traditional (core/language.ts siteWordsTag) converts anything. Each run here loads the real
 * CLI under a module hook that lists what it loaded (tests/support/trace-loads.mjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { tempRoot } from './helpers.ts';

const PROJECT = join(import.meta.dirname, '../..');
const NOW = '2026-11-23T00:00:00Z';
const roots: { cleanup(): void }[] = [];
afterAll(() => roots.forEach((r) => r.cleanup()));

/** The sample project, or one whose brand and posts are Chinese written in `script`. */
function project(script?: 'Traditional' | 'Simplified'): string {
  const temp = tempRoot();
  roots.push(temp);
  if (!script) return temp.root;
  const t = script === 'Traditional';
  const file = join(temp.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.brand = { ...planner.brand, name: '林美華', label: t ? '在台北寫手沖咖啡的人' : '在台北写手冲咖啡的人', language: 'zh', timezone: 'Asia/Taipei', pillars: [{ id: 'coffee', name: '咖啡' }] };
  planner.channels = [{ id: 'blog', name: '部落格', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '08:00', pillars: ['coffee'] }];
  planner.breaks = [];
  writeFileSync(file, JSON.stringify(planner, null, 2));
  rmSync(join(temp.root, 'content/posts'), { recursive: true, force: true });
  mkdirSync(join(temp.root, 'content/posts'), { recursive: true });
  const body = t ? '這篇文章寫我在台北家裡手沖咖啡時怎樣控制水溫，以及為什麼溫度會改變風味。' : '这篇文章写我在台北家里手冲咖啡时怎样控制水温，以及为什么温度会改变风味。';
  writeFileSync(join(temp.root, 'content/posts/water.md'), `---\ntitle: ${t ? '手沖咖啡的水溫' : '手冲咖啡的水温'}\nchannel: blog\nstatus: published\npublishedAt: 2026-09-07\n---\n\n${body}\n`);
  return temp.root;
}

/** `export ics` of `root` as the CLI runs it, with the opencc-js modules it loaded. */
function exportIcs(root: string): { code: number | null; ics: string; loaded: string[] } {
  const run = spawnSync(process.execPath, ['--import', join(PROJECT, 'tests/support/trace-loads.mjs'), join(PROJECT, 'src/cli/main.ts'), 'export', 'ics', '--root', root, '--now', NOW], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LC_ALL: '', LANG: 'C.UTF-8', TRACE_LOADS: '/opencc-js/' },
  });
  const loaded = run.stderr.split('\n').filter((line) => line.startsWith('loaded ')).map((line) => line.slice('loaded '.length));
  return { code: run.status, ics: run.stdout.replace(/\r\n[ \t]/g, ''), loaded };
}

describe('export ics and OpenCC', () => {
  test('never loads opencc-js for an English project', () => {
    const { code, ics, loaded } = exportIcs(project());
    expect(code).toBe(0);
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(loaded).toEqual([]);
  });

  test('never loads opencc-js for a project written in Simplified Chinese', () => {
    const { code, ics, loaded } = exportIcs(project('Simplified'));
    expect(code).toBe(0);
    expect(ics).toContain('SUMMARY:部落格：写一篇“咖啡”文章\r\n');
    expect(loaded).toEqual([]);
  });

  test('loads it for a project written in Traditional Chinese, and says the calendar words in Traditional', () => {
    const { code, ics, loaded } = exportIcs(project('Traditional'));
    expect(code).toBe(0);
    expect(ics).toContain('SUMMARY:部落格：寫一篇「咖啡」文章\r\n');
    expect(ics).toContain('DESCRIPTION:內容支柱：咖啡');
    expect(ics).not.toContain('写一篇');
    expect(loaded.length).toBeGreaterThan(0);
  });
});
