/**
 * A 3,000-character brand name, pillar name or channel name was saved as typed, and stretched the
 * dashboard, the plan and the channels table far past the screen. The brand and channel forms now
 * refuse a text over its limit next to its field, with the limit and the length, in English and
 * Chinese; planner.json's schema keeps taking any length (a file written by hand stays valid).
 */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { brandToValues, validateBrand } from '../../../../src/studio/brand/brand-form.ts';
import { checkChannelForm, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';
import { translateErrors } from '../../../../src/studio/shared/error-strings.ts';
import { TEXT_LIMITS } from '../../../../src/studio/shared/text-limits.ts';

const planner = PlannerSchema.parse({
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes', keywords: ['braise'] }] },
  channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-09-01', time: '09:00' }],
});
const values = () => brandToValues(planner.brand);
const long = (n: number) => '长'.repeat(n);

describe('the brand form', () => {
  test.each([
    ['name', (v: ReturnType<typeof values>) => { v.name = long(3000); }, 'name', `at most ${TEXT_LIMITS.brandName} characters; it has 3000`, `最多 ${TEXT_LIMITS.brandName} 个字符；现在有 3000 个`],
    ['label', (v: ReturnType<typeof values>) => { v.label = long(3000); }, 'label', `at most ${TEXT_LIMITS.label} characters; it has 3000`, `最多 ${TEXT_LIMITS.label} 个字符；现在有 3000 个`],
    ['a pillar name', (v: ReturnType<typeof values>) => { v.pillars[0]!.name = long(3000); }, 'pillar-0-name', `at most ${TEXT_LIMITS.pillarName} characters; it has 3000`, `最多 ${TEXT_LIMITS.pillarName} 个字符；现在有 3000 个`],
    ['a pillar keyword', (v: ReturnType<typeof values>) => { v.pillars[0]!.keywords = ['braise', long(3000)]; }, 'pillar-0-keywords', `at most ${TEXT_LIMITS.listItem} characters each; item 2 has 3000`, `每项最多 ${TEXT_LIMITS.listItem} 个字符；第 2 项有 3000 个`],
    ['a strength', (v: ReturnType<typeof values>) => { v.strengths = [long(3000)]; }, 'strengths', `at most ${TEXT_LIMITS.listItem} characters each; item 1 has 3000`, `每项最多 ${TEXT_LIMITS.listItem} 个字符；第 1 项有 3000 个`],
  ])('refuses %s of 3,000 characters next to its field, in English and Chinese', (_what, change, field, en, zh) => {
    const v = values();
    change(v);
    const errors = validateBrand(planner, v) ?? {};
    expect(errors[field]).toBe(en);
    expect(translateErrors(errors, 'zh')[field]).toBe(zh);
  });

  test('takes names at their limit', () => {
    const v = values();
    v.name = long(TEXT_LIMITS.brandName);
    v.pillars[0]!.name = long(TEXT_LIMITS.pillarName);
    expect(validateBrand(planner, v)).toBeNull();
  });
});

describe('the channel form', () => {
  const form = (name: string) => {
    const data = new FormData();
    for (const [k, v] of [['name', name], ['id', 'news'], ['platform', 'newsletter'], ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=FR'], ['start', '2026-12-04'], ['time', '09:00']]) data.append(k!, v!);
    return readChannelForm(data);
  };
  test('refuses a channel name of 3,000 characters, and takes one at the limit', () => {
    expect(checkChannelForm(form('N'.repeat(3000)), planner, '2026-12-05')).toEqual({ name: `at most ${TEXT_LIMITS.channelName} characters; it has 3000` });
    expect(checkChannelForm(form('N'.repeat(TEXT_LIMITS.channelName)), planner, '2026-12-05')).toEqual({});
  });

  test('planner.json itself still takes a long name (a file written by hand stays valid)', () => {
    expect(PlannerSchema.safeParse({ ...planner, channels: [{ ...planner.channels[0], name: 'N'.repeat(3000) }] }).success).toBe(true);
  });
});
