/** Timing targets for slot generation; run by the bench runner, never inside the tests. */
import type { Channel } from '../../src/core/schema/planner.ts';
import { expandChannelSlots } from '../../src/core/slots.ts';

const RUNS = 7;

function daily(zone: string): () => number {
  const channel: Channel = { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=DAILY', start: '2026-01-01', time: '09:00' };
  const opts = { zone, from: Date.parse('2026-01-01T00:00:00Z'), to: Date.parse('2031-01-01T00:00:00Z'), breaks: [] };
  return () => expandChannelSlots(channel, opts).length;
}

/** The median of several runs after one warm-up, in ms. */
function median(fn: () => number): number {
  fn();
  const times = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

export async function benchSlots(): Promise<{ name: string; ms: number; target: number }[]> {
  return [
    { name: 'slots: 5 years of a daily cadence in America/New_York', ms: median(daily('America/New_York')), target: 50 },
    { name: 'slots: 5 years of a daily cadence in Australia/Sydney', ms: median(daily('Australia/Sydney')), target: 50 },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchSlots());
