/**
 * "Start my own brand" on the sample offers the machine's time zone (the zone of the person at
 * the studio, as `init` defaults to it), not the sample cook's Asia/Shanghai, which a newcomer in
 * Berlin would otherwise keep without noticing. Once the project is your own, "Start over" keeps
 * your brand's zone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

let studio: Studio;
const machineZone = process.env.TZ;
beforeAll(async () => {
  // This worker's zone (Node reads TZ when it changes): the studio runs in this process.
  process.env.TZ = 'Europe/Berlin';
  studio = await startStudio();
});
afterAll(async () => {
  await studio?.stop();
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

const selectedZone = async () => {
  const html = await (await fetch(`${studio.url}/studio`)).text();
  const select = html.slice(html.indexOf('id="fresh-timezone"'), html.indexOf('</select>', html.indexOf('id="fresh-timezone"')));
  return /<option value="([^"]+)"[^>]*selected/.exec(select)?.[1];
};

describe('the time zone "Start my own brand" offers', () => {
  it('is the machine\'s on the sample, not the sample\'s Asia/Shanghai', async () => {
    expect(await selectedZone()).toBe('Europe/Berlin');
  });

  it('is your brand\'s once the project is your own', async () => {
    const response = await fetch(`${studio.url}/studio`, {
      method: 'POST', redirect: 'manual', headers: { origin: studio.url },
      body: new URLSearchParams({ action: 'start-fresh', name: 'Lin Wei', pillar: 'Design', timezone: 'Asia/Kathmandu' }),
    });
    expect(response.status).toBe(303);
    expect(await selectedZone()).toBe('Asia/Kathmandu');
  });
});
