/**
 * A new channel whose cadence has no slot from its start date on (UNTIL before the start):
 * the form saved it, and the channel never had a slot, with no word anywhere.
 */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { checkChannelForm, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';
import { translateErrors } from '../../../../src/studio/shared/error-strings.ts';

const TODAY = '2026-12-05';
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
});

function form(cadence: string, start: string, editing = '') {
  const data = new FormData();
  for (const [k, v] of [['editing', editing], ['name', editing ? 'Blog' : 'News'], ['platform', 'newsletter'], ['cadenceMode', 'custom'], ['cadence', cadence], ['start', start], ['time', '09:00']]) data.append(k!, v!);
  return readChannelForm(data);
}

describe('a new channel with no slot from its start on', () => {
  test('is refused at the cadence, naming UNTIL and the start date, in English and Chinese', () => {
    const errors = checkChannelForm(form('FREQ=WEEKLY;UNTIL=20200101T000000Z', '2026-12-06'), planner, TODAY);
    expect(errors.cadence).toBe('the cadence ends (UNTIL=20200101T000000Z) before the start date 2026-12-06, so the channel would have no slot; give a later UNTIL, or leave it out');
    expect(translateErrors(errors, 'zh').cadence).toBe('这个发布节奏在开始日期 2026-12-06 之前就结束了（UNTIL=20200101T000000Z），渠道不会有任何排期；请写一个更晚的 UNTIL，或去掉它');
  });

  test('an UNTIL on or after the start is saved', () => {
    expect(checkChannelForm(form('FREQ=WEEKLY;BYDAY=SU;UNTIL=20261206', '2026-12-06'), planner, TODAY)).toEqual({});
    expect(checkChannelForm(form('FREQ=MONTHLY;BYMONTHDAY=31;UNTIL=20270131', '2026-12-06'), planner, TODAY)).toEqual({});
  });

  test('an edit that ends a channel is left alone (the studio itself writes an ended cadence for a spent COUNT)', () => {
    expect(checkChannelForm(form('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261001', '2026-09-01', 'blog'), planner, TODAY).cadence).toBeUndefined();
  });
});
