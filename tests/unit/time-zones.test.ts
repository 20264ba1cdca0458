import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { canonicalZone, isRenamedZone, listTimeZones } from '../../src/core/time-zones.ts';
import { isValidTimeZone } from '../../src/core/zoned-time.ts';

describe('the zones offered in pickers', () => {
  const offered = listTimeZones();

  test('offers the current names, never an old name IANA renamed', () => {
    expect(offered).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh', 'America/Nuuk', 'Asia/Yangon']));
    expect(offered.filter(isRenamedZone)).toEqual([]);
    expect(offered).not.toEqual(expect.arrayContaining(['Asia/Calcutta']));
  });

  test('offers a respelled name whose new spelling tzdb keeps only as a link (Asmera -> Asmara)', () => {
    expect(offered).toContain('Africa/Asmara');
    expect(offered).not.toContain('Africa/Asmera');
    expect(isValidTimeZone('Africa/Asmara')).toBe(true);
  });

  test('offers the new spelling of the zones ICU still lists by an old one (Ponape, Truk, Coral_Harbour)', () => {
    // tzdb `backward`: Pacific/Ponape -> Pacific/Pohnpei, Pacific/Truk -> Pacific/Chuuk,
    // America/Coral_Harbour -> America/Atikokan; both spellings then link to another country's zone.
    for (const [old, current] of [['Pacific/Ponape', 'Pacific/Pohnpei'], ['Pacific/Truk', 'Pacific/Chuuk'], ['America/Coral_Harbour', 'America/Atikokan']]) {
      expect(canonicalZone(old)).toBe(current);
      expect(isValidTimeZone(current)).toBe(true);
    }
    expect(listTimeZones(['Pacific/Ponape', 'Pacific/Truk', 'America/Coral_Harbour'])).toEqual(['America/Atikokan', 'Pacific/Chuuk', 'Pacific/Pohnpei']);
    expect(offered).not.toEqual(expect.arrayContaining(['Pacific/Ponape']));
    expect(offered).not.toContain('Pacific/Truk');
    expect(offered).not.toContain('America/Coral_Harbour');
  });

  test('canonicalises the legacy names even when the runtime lists only them', () => {
    expect(listTimeZones(['Asia/Calcutta', 'Europe/Kiev', 'Asia/Saigon', 'Asia/Kolkata', 'Europe/Berlin'])).toEqual([
      'Asia/Ho_Chi_Minh',
      'Asia/Kolkata',
      'Europe/Berlin',
      'Europe/Kyiv',
    ]);
  });

  test('keeps a city whose zone tzdb merged into another country\u2019s, so its people find it', () => {
    expect(canonicalZone('Europe/Amsterdam')).toBe('Europe/Amsterdam');
    expect(canonicalZone('Africa/Accra')).toBe('Africa/Accra');
    expect(offered).toEqual(expect.arrayContaining(['Europe/Amsterdam', 'Europe/Stockholm']));
  });

  test('keeps UTC as UTC', () => {
    expect(canonicalZone('UTC')).toBe('UTC');
  });

  test('offers only zones the runtime can compute with', () => {
    for (const zone of offered) expect(isValidTimeZone(zone), zone).toBe(true);
  });
});

describe('time zones in planner.json', () => {
  test('accepts an old name and keeps it by its current name', () => {
    const planner = PlannerSchema.parse({
      version: 1,
      brand: { name: 'A', label: 'B', timezone: 'Asia/Calcutta', pillars: [{ id: 'p', name: 'P' }] },
      channels: [{ id: 'c', name: 'C', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2026-01-01', timezone: 'Europe/Kiev' }],
    });
    expect(planner.brand.timezone).toBe('Asia/Kolkata');
    expect(planner.channels[0]!.timezone).toBe('Europe/Kyiv');
  });
});
