/** `check`, `export ics` and `plan` on dates at the far end of what a plan holds: a field message, never a crash. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli, tempRoot } from './helpers.ts';

const NOW = '2026-11-23T00:00:00Z';
const roots: { cleanup(): void }[] = [];
afterAll(() => roots.forEach((r) => r.cleanup()));
/** The sample as committed (not the developer's content/, which may be their own brand by now). */
const sample = tempRoot();
roots.push(sample);

/** A copy of the sample project with planner.json changed by `edit`. */
function projectWith(edit: (planner: Record<string, any>) => void): string {
  const temp = tempRoot();
  roots.push(temp);
  const file = join(temp.root, 'content/planner.json');
  const planner = JSON.parse(readFileSync(file, 'utf8'));
  edit(planner);
  writeFileSync(file, JSON.stringify(planner, null, 2));
  return temp.root;
}

describe('dates past 2999-12-31 in the CLI', () => {
  test.each([
    ['a cadence UNTIL=99991231', (p: Record<string, any>) => (p.channels[0].cadence = 'FREQ=WEEKLY;BYDAY=TU;UNTIL=99991231'), 'channels[0].cadence: UNTIL=99991231 is after 2999-12-31'],
    ['a break ending 9999-12-31', (p: Record<string, any>) => (p.breaks = [{ from: '2026-12-01', to: '9999-12-31' }]), 'breaks[0].to: 9999-12-31 is outside 1900-01-01..2999-12-31'],
  ])('refuses %s in check, export ics and plan alike, naming the field (exit 2)', (_what, edit, message) => {
    const root = projectWith(edit);
    for (const command of [['check'], ['export', 'ics'], ['plan', '--json']]) {
      const { code, stderr } = runCli([...command, '--root', root, '--now', NOW]);
      expect(code, command.join(' ')).toBe(2);
      expect(stderr).toContain(`content/planner.json: ${message}`);
      expect(stderr).not.toContain('Invalid time value');
    }
  });

  test('exports a break to 2999-12-31 by ending the series where it begins', () => {
    const root = projectWith((p) => (p.breaks = [{ from: '2026-12-01', to: '2999-12-31', channels: ['blog'] }]));
    const { code, stdout } = runCli(['export', 'ics', '--channel', 'blog', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\r\nRRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130T155959Z\r\n/);
  });

  test('refuses --now 9999-06-01 with a message naming --now', () => {
    const { code, stderr } = runCli(['export', 'ics', '--root', sample.root, '--now', '9999-06-01T00:00:00Z']);
    expect(code).toBe(2);
    expect(stderr).toContain('--now: "9999-06-01T00:00:00Z" is outside 1900-01-01..2999-12-31');
  });
});

describe('export ics --studio-url', () => {
  test('links every planned post to the studio at the address given, not the default port', () => {
    const { code, stdout } = runCli(['export', 'ics', '--root', sample.root, '--studio-url', 'http://localhost:4622/studio/', '--now', NOW]);
    expect(code).toBe(0);
    const unfolded = stdout.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('http://localhost:4622/studio/drafts/');
    expect(unfolded).not.toContain('localhost:4321');
  });

  test('refuses an address that is not http(s), naming --studio-url (exit 2)', () => {
    const { code, stderr } = runCli(['export', 'ics', '--root', sample.root, '--studio-url', 'localhost:4622', '--now', NOW]);
    expect(code).toBe(2);
    expect(stderr).toContain('--studio-url');
    expect(stderr).toContain('localhost:4622');
  });
});

describe('a time zone that is not written as an IANA zone name (contract: "IANA zone")', () => {
  test.each(['+08:00', '+0530', '-05', '\u221208:00'])(
    'refuses the UTC offset %j in check, plan and export alike, naming brand.timezone (exit 2, EN and 中文)',
    (zone) => {
      const root = projectWith((p) => (p.brand.timezone = zone));
      const before = readFileSync(join(root, 'content/planner.json'), 'utf8');
      for (const command of [['check', '--json'], ['plan', '--json'], ['export', 'ics']]) {
        const { code, stdout, stderr } = runCli([...command, '--root', root, '--now', NOW]);
        expect(code, command.join(' ')).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain(`content/planner.json: brand.timezone: expected an IANA time zone, e.g. "Asia/Shanghai" or "Europe/Berlin"; got "${zone}"`);
      }
      const zh = runCli(['check', '--root', root, '--now', NOW], { env: { LANG: 'zh_CN.UTF-8' } });
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(`content/planner.json: brand.timezone: 应为 IANA 时区`);
      expect(readFileSync(join(root, 'content/planner.json'), 'utf8')).toBe(before);
    },
  );

  test('reads a zone name typed in another letter case as the zone, and writes its IANA name in the calendar', () => {
    const root = projectWith((p) => {
      p.brand.timezone = 'asia/shanghai';
      p.channels[1].timezone = 'america/new_york';
    });
    const { code, stdout } = runCli(['export', 'ics', '--root', root, '--now', NOW]);
    expect(code).toBe(0);
    const unfolded = stdout.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n');
    expect(unfolded).toContain('\r\nTZID:Asia/Shanghai\r\n');
    expect(unfolded).toContain('\r\nTZID:America/New_York\r\n');
    expect(unfolded).toContain('\r\nDTSTART;TZID=America/New_York:');
    expect(unfolded).not.toMatch(/asia\/shanghai|america\/new_york/);
  });
});

describe('a calendar with no slot to show', () => {
  test('still holds a component, as RFC 5545 §3.6 requires (icalbody = calprops 1*component): the VTIMEZONE of X-WR-TIMEZONE', () => {
    const root = projectWith((p) => {
      p.channels = [];
      p.breaks = [];
    });
    rmSync(join(root, 'content/posts'), { recursive: true, force: true });
    for (const extra of [[], ['--public']]) {
      const { code, stdout } = runCli(['export', 'ics', ...extra, '--root', root, '--now', NOW]);
      expect(code).toBe(0);
      const body = stdout.slice(stdout.indexOf('X-PUBLISHED-TTL'), stdout.indexOf('END:VCALENDAR'));
      expect(body).toMatch(/\r\nBEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n[^]*\r\nBEGIN:STANDARD\r\nDTSTART:\d{8}T\d{6}\r\nTZOFFSETFROM:\+0800\r\nTZOFFSETTO:\+0800\r\n[^]*END:VTIMEZONE\r\n$/);
      expect(stdout).toContain('\r\nX-WR-TIMEZONE:Asia/Shanghai\r\n');
    }
  });
});
