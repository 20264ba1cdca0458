/**
 * What a brand save that changed the brand's zone did to the channels (README "The studio",
 * Brand): every channel without a `timezone` of its own follows the new zone from its next slot
 * on, at the same clock time (core/zone-move.ts moveBrandZone), so a Chinese platform's 20:00 in
 * Shanghai becomes 20:00 in Berlin, 03:00 the next day for its readers. The brand page says so,
 * with each channel's time in the old zone, instead of "Saved." alone.
 */
import type { Planner } from '../../core/schema/planner.ts';
import { isValidTimeZone, localDateOf, wallTimeAt, zonedToEpoch } from '../../core/zoned-time.ts';
import { fill } from '../shared/i18n.ts';

/**
 * The line for a planner just saved with a new brand zone, `from` being the zone before (an
 * IANA name): the channels that follow the brand's zone (no `timezone`), each with its `time` and
 * that moment in `from` on its first slot day of the new period (`start`); undefined when `from`
 * is no zone, is the brand's zone (nothing moved), or no channel follows it. `t` holds
 * the brand page's strings (BRAND_TEXT, zoneMoved.*).
 */
export function zoneMovedText(planner: Planner, from: string, t: (key: string) => string): string | undefined {
  const to = planner.brand.timezone;
  if (from === to || !isValidTimeZone(from)) return undefined;
  const following = planner.channels.filter((c) => !c.timezone);
  if (!following.length) return undefined;
  const items = following.map((c) => {
    const at = zonedToEpoch(c.start, c.time, to);
    const wall = wallTimeAt(at, from);
    const time = `${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`;
    const there = localDateOf(at, from);
    const day = there > c.start ? 'zoneMoved.nextDay' : there < c.start ? 'zoneMoved.dayBefore' : 'zoneMoved.sameDay';
    return fill(t('zoneMoved.item'), { channel: c.name, time: c.time, then: fill(t(day), { time }), from });
  });
  return fill(t('zoneMoved.text'), { from, to, count: following.length, list: items.join(t('zoneMoved.join')) });
}
