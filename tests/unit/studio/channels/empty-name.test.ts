/**
 * A channel added on the Channels page with its name left empty was refused ("name" is required),
 * while `init` names a channel after its platform in the brand's language and script. The form
 * now names it the same way (部落格 for a brand written in Traditional characters).
 */
import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { applyChannelForm, checkChannelForm, nameAfterPlatform, readChannelForm } from '../../../../src/studio/channels/channel-form.ts';

const TODAY = '2026-11-23';
const planner = (brand: Record<string, unknown>) => PlannerSchema.parse({
  version: 1,
  brand: { timezone: 'Asia/Taipei', pillars: [{ id: 'notes', name: 'Notes' }], ...brand },
  channels: [],
});
const TRADITIONAL = { name: '林小雨', label: '畫插畫的設計師', audience: '喜歡手繪與水彩的讀者' };
const SIMPLIFIED = { name: '林小雨', label: '画插画的设计师', audience: '喜欢手绘与水彩的读者' };
const ENGLISH = { name: 'Lin', label: 'Illustrator who paints', audience: 'people who draw' };

function posted(fields: Record<string, string>) {
  const data = new FormData();
  const all = { name: '', id: '', platform: 'blog', cadenceMode: 'custom', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-12-01', time: '09:00', ...fields };
  for (const [k, v] of Object.entries(all)) data.append(k, v);
  return readChannelForm(data);
}

/** The page's save: the form named after its platform when empty, checked, applied. */
function save(brand: Record<string, unknown>, fields: Record<string, string>) {
  const p = planner(brand);
  const { form, named } = nameAfterPlatform(posted(fields), p.brand);
  const errors = checkChannelForm(form, p, TODAY);
  return { named, errors, channels: Object.keys(errors).length ? [] : applyChannelForm(p, form, TODAY).channels };
}

describe('a channel added with an empty name', () => {
  test.each([
    ['Traditional', TRADITIONAL, 'blog', '部落格'],
    ['Traditional', TRADITIONAL, 'newsletter', '電子報'],
    ['Simplified', SIMPLIFIED, 'blog', '博客'],
    ['English', ENGLISH, 'newsletter', 'Newsletter'],
    ['Chinese by its language field', { ...ENGLISH, language: 'zh' }, 'blog', '博客'],
  ])('is named after its platform in a %s brand’s words (%s: %s)', (_, brand, platform, name) => {
    const saved = save(brand, { platform });
    expect(saved.errors).toEqual({});
    expect(saved.named).toBe(true);
    expect(saved.channels).toMatchObject([{ id: platform, name, platform }]);
  });

  test('keeps a typed id, and a typed name is kept as typed', () => {
    expect(save(TRADITIONAL, { platform: 'wechat', id: 'gzh' }).channels).toMatchObject([{ id: 'gzh', name: '微信公眾號' }]);
    const typed = save(TRADITIONAL, { name: '我的部落格' });
    expect(typed.named).toBe(false);
    expect(typed.channels).toMatchObject([{ id: '我的部落格', name: '我的部落格' }]);
  });

  test('of an unknown platform is left for the check to refuse', () => {
    const saved = save(ENGLISH, { platform: 'myspace' });
    expect(saved.named).toBe(false);
    expect(saved.errors.platform).toBeTruthy();
  });
});
