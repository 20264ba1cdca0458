/**
 * The brand page after a save that changed the brand's zone names the channels that follow it, with
 * their time in the old zone (new-user trial, 2026-12-07: Shanghai to Berlin for a trip re-timed a
 * Chinese platform's 20:00 slot to 03:00 for its readers, and the page said "Saved." alone).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { brandFormFields } from './brand-form-fields.ts';

let studio: Studio;
beforeAll(async () => {
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
});

const page = async (path: string, lang = 'en') => (await fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();


describe('the brand page after a change of time zone', () => {
  it('names each channel that follows the new zone with its time in the old one, in English and Chinese', async () => {
    const fields = brandFormFields(await page('/studio/brand'));
    expect(fields.timezone).toBe('Asia/Shanghai');
    const response = await fetch(`${studio.url}/studio/brand`, {
      method: 'POST',
      body: new URLSearchParams({ ...fields, timezone: 'Europe/Berlin', action: 'save' }),
      headers: { origin: studio.url },
      redirect: 'manual',
    });
    expect(response.status, await response.text()).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toContain('zoneFrom=Asia%2FShanghai');
    const html = await page(location);
    expect(html).toContain('Time zone changed from Asia/Shanghai to Europe/Berlin.');
    // The sample's blog posts at 09:00: 16:00 in Shanghai (CET, UTC+1, in winter).
    expect(html).toMatch(/Blog 09:00 \(16:00 in Asia\/Shanghai\)/);
    expect(await page(location, 'zh')).toContain('时区已从 Asia/Shanghai 改为 Europe/Berlin。');
    // A save that keeps the zone says "Saved." alone.
    const again = await fetch(`${studio.url}/studio/brand`, { method: 'POST', body: new URLSearchParams({ ...brandFormFields(await page('/studio/brand')), action: 'save' }), headers: { origin: studio.url }, redirect: 'manual' });
    expect(again.headers.get('location')).not.toContain('zoneFrom');
  });
});
