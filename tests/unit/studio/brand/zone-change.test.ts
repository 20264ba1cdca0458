/** The brand's zone changed in the brand form: channels that follow it keep their past in the old zone. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { readPlanner } from '../../../../src/store/planner-store.ts';
import { applyBrandValues, brandToValues, saveBrand, validateBrand } from '../../../../src/studio/brand/brand-form.ts';

const TODAY = '2026-11-23';
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '08:00' }] },
    { id: 'news', name: 'News', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-01-04', time: '09:00', timezone: 'America/New_York' },
    { id: 'later', name: 'Later', platform: 'x', cadence: 'FREQ=DAILY', start: '2027-01-01', time: '09:00' },
  ],
});

const moved = (zone: string) => applyBrandValues(planner, { ...brandToValues(planner.brand), timezone: zone }, TODAY);

describe('the brand form zone change', () => {
  test('records the old period with the old zone, from today, for every channel that inherits the brand zone, and only for those', () => {
    const next = moved('Europe/Berlin');
    expect(next.brand.timezone).toBe('Europe/Berlin');
    const blog = next.channels[0]!;
    expect(blog.timezone).toBeUndefined();
    // The new period goes on in step: at the cadence's first Tuesday on or after today (a Monday).
    expect(blog.start).toBe('2026-11-24');
    expect(blog.history).toEqual([
      { cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '08:00', timezone: 'Asia/Shanghai' },
      { cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', timezone: 'Asia/Shanghai' },
    ]);
    expect(validateBrand(planner, { ...brandToValues(planner.brand), timezone: 'Europe/Berlin' }, TODAY)).toBeNull();
    // A channel with a zone of its own stays; one that has not started yet moves with the brand.
    expect(next.channels[1]).toEqual(planner.channels[1]);
    expect(next.channels[2]).toEqual(planner.channels[2]);
    // The same zone, or an old name of it, is no move.
    expect(moved('Asia/Shanghai').channels).toEqual(planner.channels);
    expect(moved('Asia/Chongqing').channels).toEqual(planner.channels);
  });

  test('is written to planner.json by the brand page’s save, today taken in the old zone', async () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-brand-zone-'));
    try {
      cpSync(join(import.meta.dirname, '../../../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
      const before = await readPlanner(root);
      // 17:00Z on 1 December is already 2 December in Shanghai.
      const saved = await saveBrand(root, { ...brandToValues(before.brand, before.portfolio), timezone: 'Europe/Berlin' }, new Map(), undefined, Date.parse('2026-12-01T17:00:00Z'));
      expect(saved.errors).toBeNull();
      const blog = (await readPlanner(root)).channels[0]!;
      // The first Tuesday on or after 2 December (Shanghai's today; UTC's, the 1st, is a Tuesday itself).
      expect(blog.start).toBe('2026-12-08');
      expect(blog.history).toEqual([{ cadence: before.channels[0]!.cadence, start: before.channels[0]!.start, time: before.channels[0]!.time, timezone: 'Asia/Shanghai' }]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

// The form took "EST" as a zone and saved it as America/Panama (tzdb's link), UTC-5 all year.
describe('a zone abbreviation typed in the brand form', () => {
  test('is refused under the zone field, naming the zones it may stand for, and moves no channel', () => {
    const values = { ...brandToValues(planner.brand), timezone: 'EST' };
    expect(validateBrand(planner, values, TODAY)?.timezone).toContain('got "EST", an abbreviation, not a zone');
    expect(applyBrandValues(planner, values, TODAY).channels).toEqual(planner.channels);
  });
});
