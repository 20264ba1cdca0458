/**
 * A cadence change to a channel that has not started yet. "Applies from" left empty meant today,
 * so the change moved the channel's start sooner than planned (2027-01-05 to today), and a past
 * date moved it into the past, where its slots so far counted as missed at once.
 */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { applyChannelForm, checkChannelForm, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';
import { translateErrors } from '../../../../src/studio/shared/error-strings.ts';

const TODAY = '2026-12-05';
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [{ id: 'news', name: 'Newsletter', platform: 'newsletter', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2027-01-05', time: '09:00' }],
});

function edit(more: [string, string][]) {
  const data = new FormData();
  const fields = new Map<string, string>([['editing', 'news'], ['name', 'Newsletter'], ['platform', 'newsletter'], ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=FR'], ['start', '2027-01-05'], ['time', '09:00'], ...more]);
  for (const [k, v] of fields) data.append(k, v);
  return readChannelForm(data);
}

describe('a cadence change to a channel that has not started', () => {
  test('with "applies from" empty keeps its start, and keeps no period of the old cadence', () => {
    const form = edit([]);
    expect(checkChannelForm(form, planner, TODAY)).toEqual({});
    const news = applyChannelForm(planner, form, TODAY).channels[0]!;
    expect(news).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2027-01-05' });
    expect(news.history).toBeUndefined();
  });

  test('with its start typed later and a new time zone, starts there, in that zone', () => {
    const news = applyChannelForm(planner, edit([['start', '2027-02-01'], ['timezone', 'Europe/Berlin']]), TODAY).channels[0]!;
    expect(news).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2027-02-01', timezone: 'Europe/Berlin' });
    expect(news.history).toBeUndefined();
  });

  test.each([
    ['en', '"Newsletter" has not started yet (it starts on 2027-01-05), so a new cadence cannot apply from 2026-11-02, a day already past: leave it empty to keep its start, or choose 2026-12-05 or later'],
    ['zh', '“Newsletter”还没有开始（它从 2027-01-05 开始），所以新节奏不能从已经过去的 2026-11-02 生效：留空以保留它的开始日期，或选择 2026-12-05 或之后的日期'],
  ] as const)('%s: refuses an "applies from" before today, naming its start', (lang, message) => {
    const errors = checkChannelForm(edit([['changeFrom', '2026-11-02']]), planner, TODAY);
    expect(translateErrors(errors, lang)).toEqual({ changeFrom: message });
  });

  test('takes an "applies from" of today or later, keeping the old cadence until then', () => {
    const form = edit([['changeFrom', '2027-01-20']]);
    expect(checkChannelForm(form, planner, TODAY)).toEqual({});
    const news = applyChannelForm(planner, form, TODAY).channels[0]!;
    expect(news).toMatchObject({ cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2027-01-20', history: [{ cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2027-01-05' }] });
  });
});
