/**
 * A channel edited before its first slot. A new user added 微信公众号 (Tue and Thu at 20:00,
 * starting today) and set 21:00 a minute later: the channel list then showed "以前的节奏" (earlier
 * cadences), and planner.json kept a period of the 20:00 cadence from today to tomorrow that
 * never had a slot.
 */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { applyChannelForm, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';

const TODAY = '2026-12-07';

function plannerWith(channel: Record<string, unknown>) {
  return PlannerSchema.parse({
    version: 1,
    brand: { name: '林晓', label: '懂数据的产品经理', timezone: 'Asia/Shanghai', pillars: [{ id: '产品思维', name: '产品思维' }] },
    channels: [{ id: 'wechat', name: '微信公众号', platform: 'wechat', ...channel }],
  });
}

function edit(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries({ editing: 'wechat', name: '微信公众号', platform: 'wechat', cadenceMode: 'custom', ...fields })) data.append(k, v);
  return readChannelForm(data);
}

describe('an edit to a channel whose current cadence has had no slot yet', () => {
  test('changes the time in place on the day it started: no earlier period is kept', () => {
    const planner = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', start: TODAY, time: '20:00' });
    const wechat = applyChannelForm(planner, edit({ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', start: TODAY, time: '21:00' }), TODAY).channels[0]!;
    expect(wechat.history).toBeUndefined();
    expect(wechat).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', time: '21:00', start: '2026-12-08' });
  });

  test('replaces a cadence that started days ago but has had no slot, from today on', () => {
    const planner = plannerWith({ cadence: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-12-01', time: '09:00' });
    const wechat = applyChannelForm(planner, edit({ cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-12-01', time: '09:00' }), TODAY).channels[0]!;
    expect(wechat.history).toBeUndefined();
    expect(wechat).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=SA', start: TODAY });
  });

  test('keeps a cadence that had a slot, as an earlier period', () => {
    const planner = plannerWith({ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '2026-12-01', time: '20:00' });
    const wechat = applyChannelForm(planner, edit({ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '2026-12-01', time: '21:00' }), TODAY).channels[0]!;
    expect(wechat.history).toEqual([{ cadence: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '2026-12-01', time: '20:00' }]);
    expect(wechat.start).toBe('2026-12-08');
  });

  test('keeps a slotless cadence that follows earlier ones, so the one before it does not run on in its place', () => {
    const planner = plannerWith({
      cadence: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-12-01', time: '09:00',
      history: [{ cadence: 'FREQ=DAILY', start: '2026-11-01', time: '09:00' }],
    });
    const wechat = applyChannelForm(planner, edit({ cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-12-01', time: '09:00' }), TODAY).channels[0]!;
    expect(wechat.history).toEqual([
      { cadence: 'FREQ=DAILY', start: '2026-11-01', time: '09:00' },
      { cadence: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-12-01', time: '09:00' },
    ]);
  });
});
