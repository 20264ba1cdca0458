/** listZones: where a channel's list of slots names their zone (the agenda). */
import { describe, expect, test } from 'vitest';
import { listZones } from '../../src/core/slot-time.ts';

const BRAND = 'Asia/Shanghai';

describe('listZones', () => {
  test.each([
    ['every slot in the brand zone', [BRAND, BRAND], BRAND, { heading: null, perSlot: false }],
    ['every slot in one other zone', ['Europe/London', 'Europe/London'], 'Europe/London', { heading: 'Europe/London', perSlot: false }],
    ['a change from the brand zone to another from a later day', [BRAND, 'America/New_York'], 'America/New_York', { heading: null, perSlot: true }],
    ['a change between two other zones', ['Europe/London', 'America/New_York'], 'America/New_York', { heading: null, perSlot: true }],
    ['no slot, a channel in another zone', [], 'Europe/London', { heading: 'Europe/London', perSlot: false }],
    ['no slot, a channel in the brand zone', [], BRAND, { heading: null, perSlot: false }],
  ])('%s', (_, zones, fallback, expected) => {
    expect(listZones(zones, BRAND, fallback)).toEqual(expected);
  });
});
