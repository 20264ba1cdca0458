/**
 * Astro renders four pages at once (build.concurrency) and logs each page's route when it starts
 * and its time when it ends, with nothing between them to say which page a time is for: the build
 * log ran routes together on one line ("├─ /404.html├─ /about/index.html") and left times on
 * lines of their own (" (+87ms)"). routeLog puts each time on its own route's line.
 */
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { routeLog } from '../../src/integration/route-log.ts';

interface Event { label: string | null; level: string; message: string; newLine: boolean }

/** A log destination as Astro's: text written as its node destination writes it. */
function destination() {
  let text = '';
  return { dest: { write: (e: Event) => void (text += (e.label === 'SKIP_FORMAT' ? '' : 'T ') + e.message + (e.newLine ? '\n' : '')) }, text: () => text };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Astro's generatePathWithPrerenderer as it logs: the route, an await (the render), the time. */
async function generate(options: { destination: { write(e: Event): unknown } }, route: string, ms: number, cached = false) {
  options.destination.write({ label: null, level: 'info', message: `  ├─ ${route}`, newLine: false });
  if (cached) return void options.destination.write({ label: 'SKIP_FORMAT', level: 'info', message: ' (cached)', newLine: true });
  await pause(ms);
  await Promise.resolve();
  options.destination.write({ label: 'SKIP_FORMAT', level: 'info', message: ` (+${ms}ms) `, newLine: true });
}

describe('routeLog', () => {
  it('writes each route on a line of its own with its own time, however the renders overlap', async () => {
    const { dest, text } = destination();
    const options = { destination: dest, level: 'info' };
    const stop = routeLog({ options } as unknown as AstroIntegrationLogger);
    await Promise.all([generate(options, '/404.html', 30), generate(options, '/about/index.html', 5), generate(options, '/og.png', 0, true), generate(options, '/archive/index.html', 15)]);
    options.destination.write({ label: 'build', level: 'info', message: 'done', newLine: true });
    stop();
    expect(text().split('\n')).toEqual(['T   ├─ /og.png (cached)', 'T   ├─ /about/index.html (+5ms) ', 'T   ├─ /archive/index.html (+15ms) ', 'T   ├─ /404.html (+30ms) ', 'T done', '']);
  });

  it('writes the routes being rendered before an error, as a failed build is never stopped', async () => {
    const { dest, text } = destination();
    const options = { destination: dest };
    routeLog({ options } as unknown as AstroIntegrationLogger);
    const slow = generate(options, '/slow/index.html', 20);
    options.destination.write({ label: null, level: 'info', message: '  ├─ /broken/index.html', newLine: false });
    options.destination.write({ label: 'build', level: 'error', message: 'Caught error rendering /broken/index.html', newLine: true });
    await slow;
    expect(text().split('\n')).toEqual(['T   ├─ /slow/index.html', 'T   ├─ /broken/index.html', 'T Caught error rendering /broken/index.html', 'T   ├─ /slow/index.html (+20ms) ', '']);
  });

  it('leaves the destination as it was once stopped', async () => {
    const { dest, text } = destination();
    const write = dest.write;
    const stop = routeLog({ options: { destination: dest } } as unknown as AstroIntegrationLogger);
    stop();
    expect(dest.write).toBe(write);
    await generate({ destination: dest }, '/a', 0);
    expect(text()).toBe('T   ├─ /a (+0ms) \n');
  });
});
