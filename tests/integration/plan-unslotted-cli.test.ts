/**
 * `plan --json` and `plan` list a published post that no slot shows at its own publishedAt, in an
 * added `unslotted` array (slots stay slots), and `export ics` gives it its own event. The basic
 * fixture's posts a (6 Oct) and b (12 Oct 23:30) share the window of the 6 Oct slot: a, first by
 * id, fills it; b was in no plan and no calendar entry.
 */
import { describe, expect, test } from 'vitest';
import { BASIC, runCli } from './helpers.ts';

describe('a published post in no slot from the command line', () => {
  const now = '2026-10-01T00:00:00Z';

  test('plan --json: the slot shows a, `unslotted` lists b at its time', () => {
    const { code, stdout } = runCli(['plan', '--json', '--weeks', '3', '--root', BASIC, '--now', now]);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(plan.slots.find((s: { date: string }) => s.date === '2026-10-06')).toMatchObject({ post: null, published: 'a' });
    expect(plan.unslotted).toHaveLength(1);
    expect(plan.unslotted[0]).toMatchObject({ channel: 'blog', date: '2026-10-12', start: '2026-10-12T23:30:00+08:00', post: null, published: 'b' });
    expect(plan.slots.some((s: { published?: string; post: string | null }) => s.published === 'b' || s.post === 'b')).toBe(false);
  });

  test('plan: a row at its time, counted apart, in English and Chinese', () => {
    const en = runCli(['plan', '--weeks', '3', '--root', BASIC, '--now', now]).stdout;
    expect(en).toMatch(/2026-10-12 23:30 \+08:00 +Blog .*Extra noodles \(b\) \(published, in no slot\)\n/);
    expect(en).toMatch(/; 1 published post in no slot\n$/);
    expect(runCli(['plan', '--weeks', '3', '--root', BASIC, '--now', now, '--lang', 'zh']).stdout).toContain('（已发布，不在排期内）');
  });

  test('export ics: b has its own event at its instant, in UTC', () => {
    const ics = runCli(['export', 'ics', '--root', BASIC, '--now', '2026-11-23T00:00:00Z']).stdout.replace(/\r\n[ \t]/g, '');
    // SEQUENCE: the export's minutes since 2020-01-01 UTC (a later export is a later revision).
    const sequence = (Date.UTC(2026, 10, 23) - Date.UTC(2020, 0, 1)) / 60_000;
    expect(ics).toContain(`UID:published.b@throughline\r\nDTSTAMP:20261123T000000Z\r\nSEQUENCE:${sequence}\r\nDTSTART:20261012T153000Z\r\nDURATION:PT30M\r\nSUMMARY:Blog: Extra noodles`);
  });
});
