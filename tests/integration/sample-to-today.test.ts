/**
 * `sample --to-today` moves the bundled sample's dates forward by the whole weeks they lag "now":
 * each file changes only in its date lines, `check` then finds the flags the sample had on its own
 * day (moved by those weeks), a second run has nothing to move, and a planner of one's own is
 * refused in English and Chinese, its files left as they were.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/zoned-time.ts';
import { runCli, tempRoot } from './helpers.ts';

const roots: { cleanup(): void }[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.cleanup()));
const sample = () => {
  const made = tempRoot();
  roots.push(made);
  return made.root;
};
const filesOf = (root: string): Map<string, string> => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
  return new Map(walk(join(root, 'content')).map((f) => [relative(root, f), readFileSync(f, 'utf8')]));
};
const flagsAt = (root: string, now: string) =>
  (JSON.parse(runCli(['check', '--json', '--root', root, '--now', now]).stdout) as { flags: { kind: string; channel?: string; date?: string; post?: string }[] }).flags
    .map((f) => `${f.kind} ${f.channel ?? ''} ${f.date ?? ''} ${f.post ?? ''}`)
    .sort();

// Ten weeks after the day the committed sample is seen on (the day after its latest post, 2026-11-21).
const NOW = '2027-01-31T04:00Z';

describe('throughline sample --to-today', () => {
  it('moves every date by the same whole weeks, changing only the date lines, so check finds the sample\'s own flags', () => {
    const root = sample();
    const before = filesOf(root);
    const seen = JSON.parse(runCli(['sample', '--json', '--root', root, '--now', NOW]).stdout) as { weeks: number; seenOn: string };
    expect(seen).toMatchObject({ weeks: 10, seenOn: '2026-11-22', moved: false, files: [] });
    const run = runCli(['sample', '--to-today', '--json', '--root', root, '--now', NOW]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { weeks: number; days: number; moved: boolean; files: string[] };
    expect(out).toMatchObject({ weeks: 10, days: 70, moved: true });
    const after = filesOf(root);
    // Every file listed changed, and only in lines that hold a date, each moved 70 days.
    for (const [file, text] of before) {
      const lines = text.split('\n');
      const changed = after.get(file)!.split('\n').filter((line, i) => line !== lines[i]);
      expect(changed.length > 0, file).toBe(out.files.includes(file));
      for (const line of changed) {
        const old = lines.find((l) => l.replace(/\d{4}-\d{2}-\d{2}/g, (d) => addDays(d, 70)) === line);
        expect(old, `${file}: ${line}`).toBeDefined();
      }
    }
    // The sample seen on its own day (09:00 there) and the moved one seen 70 days later: the same flags, dates moved.
    const own = flagsAt(sample(), '2026-11-22T01:00Z').map((f) => f.replace(/\d{4}-\d{2}-\d{2}/g, (d) => addDays(d, 70))).sort();
    expect(flagsAt(root, '2027-01-31T01:00Z')).toEqual(own);
    expect(JSON.parse(runCli(['sample', '--to-today', '--json', '--root', root, '--now', NOW]).stdout)).toMatchObject({ weeks: 0, moved: false, files: [] });
  });

  it('writes nothing with --dry-run, and says what it would move', () => {
    const root = sample();
    const before = filesOf(root);
    const run = runCli(['sample', '--to-today', '--dry-run', '--root', root, '--now', NOW]);
    expect(run.stdout).toMatch(/^Would move every date of the sample 10 weeks forward \(today is 2027-01-31\); nothing was written:\n {2}\S*content\/posts\/2026\/ginger-scallion-noodles\.mdx\n/);
    expect(filesOf(root)).toEqual(before);
  });

  it('refuses a planner of one\'s own, naming the file and field, in English and Chinese', () => {
    const root = sample();
    const planner = join(root, 'content/planner.json');
    writeFileSync(planner, readFileSync(planner, 'utf8').replace('"sample": true,', ''));
    const before = filesOf(root);
    const en = runCli(['sample', '--to-today', '--root', root, '--now', NOW]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('content/planner.json: sample: this is not the sample brand: its dates are your own and were left as they are');
    const zh = runCli(['sample', '--root', root, '--now', NOW, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('这不是示例品牌：其中的日期是你自己的，已保持原样');
    expect(filesOf(root)).toEqual(before);
  });
});
