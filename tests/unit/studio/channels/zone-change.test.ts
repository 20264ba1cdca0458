/** A channel's zone changed in the channel form: the past keeps its zone (planner.json `history[].timezone`). */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { applyChannelForm, checkChannelForm, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';

const TODAY = '2026-11-23';
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    {
      id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00',
      history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '08:00' }],
    },
  ],
});

function edit(timezone: string, more: [string, string][] = []) {
  const data = new FormData();
  const fields: [string, string][] = [['editing', 'blog'], ['name', 'Blog'], ['platform', 'blog'], ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=TU'], ['start', '2026-09-01'], ['time', '09:00'], ['timezone', timezone], ...more];
  for (const [k, v] of fields) data.append(k, v);
  return readChannelForm(data);
}

describe('the channel form zone change', () => {
  test('keeps the old period, and the periods before it, in the zone they were kept in', () => {
    const form = edit('Europe/Berlin');
    expect(checkChannelForm(form, planner, TODAY)).toEqual({});
    const blog = applyChannelForm(planner, form, TODAY).channels[0]!;
    expect(blog.timezone).toBe('Europe/Berlin');
    // The same rule goes on in step: its first Tuesday on or after today (a Monday).
    expect(blog.start).toBe('2026-11-24');
    expect(blog.history).toEqual([
      { cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05', time: '08:00', timezone: 'Asia/Shanghai' },
      { cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', timezone: 'Asia/Shanghai' },
    ]);
    expect(PlannerSchema.safeParse(applyChannelForm(planner, form, TODAY)).success).toBe(true);
    // The brand zone the channel already followed, written out (or by an old name), is no move.
    for (const same of ['Asia/Shanghai', 'Asia/Chongqing']) {
      const kept = applyChannelForm(planner, edit(same), TODAY).channels[0]!;
      expect([kept.timezone, kept.start, kept.history]).toEqual(['Asia/Shanghai', '2026-09-01', planner.channels[0]!.history]);
    }
  });

  test('starts the new zone at changeFrom, checked as a cadence change is', () => {
    const blog = applyChannelForm(planner, edit('Europe/Berlin', [['changeFrom', '2026-10-06']]), TODAY).channels[0]!;
    expect(blog.start).toBe('2026-10-06');
    expect(blog.history!.at(-1)).toEqual({ cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', timezone: 'Asia/Shanghai' });
    expect(checkChannelForm(edit('Europe/Berlin', [['changeFrom', '2026-01-05']]), planner, TODAY).changeFrom).toMatch(/must start after 2026-01-05/);
  });

  test('records the channel’s own old zone when it goes back to the brand’s', () => {
    const own = { ...planner, channels: [{ ...planner.channels[0]!, timezone: 'America/New_York', history: [] }] };
    const blog = applyChannelForm(own, edit(''), TODAY).channels[0]!;
    expect(blog.timezone).toBeUndefined();
    expect(blog.history).toEqual([{ cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', timezone: 'America/New_York' }]);
  });
});
