/**
 * A key of planner.json that Throughline does not read (a typo: "timezon" on a channel,
 * "showConsistancy" under portfolio) was ignored in silence: the channel kept the brand's zone and
 * nothing said why. `check` now warns of each, naming the file, the key's JSON path and the key
 * it most likely meant, and leaves the file as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli, tempRootsPerTest } from './helpers.ts';

const NOW = '2026-11-12T00:00:00Z';
const copy = tempRootsPerTest();

/** A copy of the basic project whose planner has three typos and a key of the user's own. */
function withTypos(): { root: string; file: string; text: string } {
  const root = copy();
  const file = join(root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  planner.channels[0].timezon = 'America/New_York';
  planner.brand.pilars = ['recipes'];
  planner.portfolio = { showConsistancy: true };
  planner.notes = 'my own';
  const text = `${JSON.stringify(planner, null, 2)}\n`;
  writeFileSync(file, text);
  return { root, file, text };
}

describe('check on a planner.json with keys Throughline does not read', () => {
  test('--json lists a warning for each, with the file, the JSON path and the key meant, and the file is left as it is', () => {
    const { root, file, text } = withTypos();
    const { code, stdout, stderr } = runCli(['check', '--json', '--root', root, '--now', NOW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const flags = report.flags.filter((f: { kind: string }) => f.kind === 'unknown-key');
    expect(flags.map((f: { field: string }) => f.field).sort()).toEqual(['brand.pilars', 'channels[0].timezon', 'notes', 'portfolio.showConsistancy']);
    expect(flags.find((f: { field: string }) => f.field === 'channels[0].timezon')).toEqual({
      kind: 'unknown-key',
      severity: 'warning',
      file: 'content/planner.json',
      field: 'channels[0].timezon',
      key: 'timezon',
      meant: 'timezone',
      message: 'channels[0].timezon: Throughline does not know this key, so it has no effect (did you mean "timezone"?)',
      hint: 'rename "timezon" to "timezone"',
    });
    expect(flags.find((f: { field: string }) => f.field === 'notes').meant).toBeUndefined();
    // Ignored, as the warning says: the channel keeps the brand's zone.
    expect(report.channels[0].nextSlot).toBe('2026-11-17T09:00:00+08:00');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('warns again on the next run, when the validated planner comes from the cache', () => {
    const { root } = withTypos();
    const kinds = () => JSON.parse(runCli(['check', '--json', '--root', root, '--now', NOW]).stdout).flags.filter((f: { kind: string }) => f.kind === 'unknown-key').length;
    expect(kinds()).toBe(4);
    expect(kinds()).toBe(4);
  });

  test('prints the file and each path in the text report, in English and Chinese', () => {
    const { root } = withTypos();
    const en = runCli(['check', '--root', root, '--now', NOW]);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/content\/planner\.json\n {2}warning unknown-key +portfolio\.showConsistancy: Throughline does not know this key, so it has no effect \(did you mean "showConsistency"\?\)\n {2}hint: rename "showConsistancy" to "showConsistency"\n/);
    const zh = runCli(['check', '--root', root, '--now', NOW, '--lang', 'zh']).stdout;
    expect(zh).toContain('brand.pilars：Throughline 不认识这个键，所以它不起作用（是不是想写 "pillars"？）');
  });
});
