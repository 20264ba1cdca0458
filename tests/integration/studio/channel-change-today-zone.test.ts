/**
 * "New cadence, time or time zone applies from (empty = today)" on a channel in its own zone:
 * today is the channel's, not the brand's. With the brand in Pacific/Pago_Pago (UTC-11) and the
 * channel in Pacific/Kiritimati (UTC+14), the brand's today is always the channel's yesterday, so
 * the new cadence started a day early there and read a slot already past by the new rule
 * (history rewritten for that day); a channel behind the brand kept the old rule for a slot of
 * its own today still to come. The studio reads the real clock.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { localDateOf } from '../../../src/core/zoned-time.ts';

const start = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-change-today-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: 'Sam', label: 'the runner', audience: 'runners', strengths: ['running'], timezone: 'Pacific/Pago_Pago', pillars: [{ id: 'training', name: 'Training' }] },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start, time: '09:00', timezone: 'Pacific/Kiritimati' }],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

describe('a cadence change on a channel in its own zone starts on that zone\'s today', () => {
  it('the new period starts on the channel\'s today, the old one ends the day before', async () => {
    const response = await fetch(`${studio.url}/studio/channels`, {
      method: 'POST',
      headers: { origin: studio.url },
      redirect: 'manual',
      body: new URLSearchParams([
        ['action', 'save'], ['editing', 'blog'], ['id', 'blog'], ['name', 'Blog'], ['platform', 'blog'],
        ['cadenceMode', 'custom'], ['cadence', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU;INTERVAL=1'], ['start', start], ['time', '09:00'],
        ['timezone', 'Pacific/Kiritimati'], ['changeFrom', ''],
      ]),
    });
    expect(response.status).toBe(303);
    const channel = JSON.parse(readFileSync(join(studio.root, 'content/planner.json'), 'utf8')).channels[0];
    const channelToday = localDateOf(Date.now(), 'Pacific/Kiritimati');
    expect(channel.start).toBe(channelToday);
    expect(channel.history).toEqual([expect.objectContaining({ cadence: 'FREQ=DAILY', start })]);
  });
});
