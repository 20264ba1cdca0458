/** The channel form's optional public profile address (planner.json `channels[].profileUrl`). */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { applyChannelForm, checkChannelForm, formForChannel, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';
import { DEFAULT_CHOICE } from '../../../../src/studio/channels/cadence-compose.ts';
import { translateErrors } from '../../../../src/studio/shared/error-strings.ts';

const TODAY = '2026-11-23';
const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
  channels: [
    { id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00', profileUrl: 'https://www.zhihu.com/people/mei' },
  ],
});

function edit(profileUrl: string | null) {
  const data = new FormData();
  const fields: [string, string][] = [['editing', 'zhihu'], ['name', '知乎'], ['platform', 'zhihu'], ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=TU'], ['start', '2026-09-01'], ['time', '09:00']];
  for (const [k, v] of fields) data.append(k, v);
  if (profileUrl !== null) data.append('profileUrl', profileUrl);
  return readChannelForm(data);
}

describe('the channel form profile address', () => {
  test('is read trimmed and saved on the channel', () => {
    const form = edit('  https://www.zhihu.com/people/mei-cooks  ');
    expect(form.profileUrl).toBe('https://www.zhihu.com/people/mei-cooks');
    expect(checkChannelForm(form, planner, TODAY)).toEqual({});
    expect(applyChannelForm(planner, form, TODAY).channels[0]!.profileUrl).toBe('https://www.zhihu.com/people/mei-cooks');
  });

  test('is removed from the channel when the field is emptied', () => {
    const next = applyChannelForm(planner, edit(''), TODAY);
    expect(next.channels[0]).not.toHaveProperty('profileUrl');
    expect(next.channels[0]!.cadence).toBe('FREQ=WEEKLY;BYDAY=TU');
  });

  test('shows the stored address when the channel is edited, and nothing for a new channel', () => {
    expect(formForChannel(planner.channels[0], DEFAULT_CHOICE, TODAY).profileUrl).toBe('https://www.zhihu.com/people/mei');
    expect(formForChannel(undefined, DEFAULT_CHOICE, TODAY).profileUrl).toBe('');
  });

  test.each(['javascript:alert(1)', 'www.zhihu.com/people/mei', 'ftp://example.com/me', 'mailto:me@example.com'])(
    'refuses %s next to the field, in English and in Chinese',
    (bad) => {
      const errors = checkChannelForm(edit(bad), planner, TODAY);
      expect(Object.keys(errors)).toEqual(['profileUrl']);
      expect(errors.profileUrl).toMatch(/http\(s\) URL/);
      expect(translateErrors(errors, 'zh').profileUrl).toMatch(/^应为完整网址（http 或 https）/);
    },
  );
});
