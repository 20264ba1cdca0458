/**
 * A brand save that changed the zone (an author in Shanghai away in Berlin) re-timed every channel
 * without a zone of its own, a Chinese platform's 20:00 slot included (03:00 for its readers), and
 * the brand page said only "Saved." (new-user trial, 2026-12-07). It names the channels that follow
 * the new zone, each with its time in the old one.
 */
import { describe, expect, test } from 'vitest';
import { moveBrandZone } from '../../../../src/core/zone-move.ts';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { BRAND_TEXT } from '../../../../src/studio/brand/strings.ts';
import { zoneMovedText } from '../../../../src/studio/brand/zone-moved.ts';
import { createTranslator } from '../../../../src/studio/shared/i18n.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: '陈思远', label: 'Designer', timezone: 'Asia/Shanghai', pillars: [{ id: 'design', name: 'Design' }] },
  channels: [
    { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-09-07', time: '09:00' },
    { id: '小红书', name: '小红书', platform: 'other', cadence: 'FREQ=WEEKLY;BYDAY=TU,SA', start: '2026-09-15', time: '20:00' },
    { id: 'news', name: 'News', platform: 'newsletter', cadence: 'FREQ=MONTHLY;BYMONTHDAY=1', start: '2026-09-01', time: '08:00', timezone: 'America/New_York' },
  ],
});
const en = createTranslator('en', BRAND_TEXT);
const zh = createTranslator('zh', BRAND_TEXT);
const berlin = moveBrandZone(planner, 'Europe/Berlin', '2026-12-07');

describe('zoneMovedText', () => {
  test('names each channel that follows the new zone with its time then in the old one, and not a channel with its own zone', () => {
    expect(zoneMovedText(berlin, 'Asia/Shanghai', en)).toBe(
      'Time zone changed from Asia/Shanghai to Europe/Berlin. Channels with no zone of their own follow it from their next slot on, at the same clock time (2): ' +
        'Blog 09:00 (16:00 in Asia/Shanghai), 小红书 20:00 (03:00 the next day in Asia/Shanghai); their past slots stay in Asia/Shanghai. ' +
        'A channel whose readers stay on Asia/Shanghai time needs that zone as its own (Channels → Edit → Time zone).',
    );
    const text = zoneMovedText(berlin, 'Asia/Shanghai', zh)!;
    expect(text).toContain('小红书 20:00（Asia/Shanghai 次日 03:00）');
    expect(text).not.toContain('News');
  });

  test('gives each channel\'s time in the old zone, with the next day when it falls there', () => {
    const back = moveBrandZone(berlin, 'America/Los_Angeles', '2026-12-08');
    // 09:00 in Los Angeles on 14 Dec is 18:00 in Berlin the same day; 20:00 is 05:00 the next day.
    expect(zoneMovedText(back, 'Europe/Berlin', en)).toContain('Blog 09:00 (18:00 in Europe/Berlin), 小红书 20:00 (05:00 the next day in Europe/Berlin)');
    const east = moveBrandZone(planner, 'Pacific/Auckland', '2026-12-07');
    expect(zoneMovedText(east, 'Asia/Shanghai', en)).toContain('Blog 09:00 (04:00 in Asia/Shanghai), 小红书 20:00 (15:00 in Asia/Shanghai)');
    expect(zoneMovedText(moveBrandZone(planner, 'Asia/Tokyo', '2026-12-07'), 'Asia/Shanghai', zh)).toContain('Blog 09:00（Asia/Shanghai 08:00）');
  });

  test('says nothing when the zone did not change, is no zone, or no channel follows the brand zone', () => {
    expect(zoneMovedText(planner, 'Asia/Shanghai', en)).toBeUndefined();
    expect(zoneMovedText(berlin, '', en)).toBeUndefined();
    expect(zoneMovedText(berlin, 'Mars/Olympus', en)).toBeUndefined();
    const own = PlannerSchema.parse({ ...berlin, channels: berlin.channels.map((c) => ({ ...c, timezone: c.timezone ?? 'Asia/Shanghai' })) });
    expect(zoneMovedText(own, 'Asia/Shanghai', en)).toBeUndefined();
  });

  test('gives a day before for a zone behind', () => {
    const west = moveBrandZone(planner, 'America/New_York', '2026-12-07');
    // 09:00 in New York is 22:00 in Shanghai the same day; an 01:00 slot would be the day before in a zone behind.
    expect(zoneMovedText(west, 'Asia/Shanghai', en)).toContain('Blog 09:00 (22:00 in Asia/Shanghai)');
    const early = { ...west, channels: west.channels.map((c) => (c.id === 'blog' ? { ...c, time: '01:00' } : c)) };
    expect(zoneMovedText(early, 'America/Los_Angeles', en)).toContain('Blog 01:00 (22:00 the day before in America/Los_Angeles)');
  });
});
