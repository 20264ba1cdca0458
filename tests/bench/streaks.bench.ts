/**
 * Timing target for output stats: 5 channels x 3 years of daily slots x 5,000 posts (mixed
 * publishedAt forms, some drafts and scheduled posts) in under 100 ms, and the heatmaps of all
 * channels plus the merged one in under 50 ms.
 */
import { mergeDays, renderHeatmapSvg } from '../../src/core/heatmap.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import type { Slot } from '../../src/core/slot.ts';
import { computeChannelStats, type ChannelStats } from '../../src/core/streaks.ts';
import { addDays, formatZonedISO, zonedToEpoch } from '../../src/core/zoned-time.ts';

const START = '2023-11-23';
const NOW = Date.parse('2026-11-23T00:00:00Z');
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Pacific/Honolulu'];
const DAYS = 3 * 365 + 60;
const POSTS_PER_CHANNEL = 1000;

function fixture(zone: string, channel: number): { slots: Slot[]; posts: Post[] } {
  const slots: Slot[] = [];
  for (let i = 0; i < DAYS; i++) {
    const date = addDays(START, i);
    const epoch = zonedToEpoch(date, '09:00', zone);
    slots.push({ channel: `c${channel}`, date, epoch, start: formatZonedISO(epoch, zone), zone, onBreak: i % 97 < 5 });
  }
  const posts: Post[] = [];
  for (let i = 0; i < POSTS_PER_CHANNEL; i++) {
    const t = Date.parse(`${START}T00:00:00Z`) + Math.floor(((i * 7919) % POSTS_PER_CHANNEL) * (DAYS / POSTS_PER_CHANNEL) * 86_400_000);
    const iso = new Date(t).toISOString();
    const forms = [iso, formatZonedISO(t, zone), iso.slice(0, 10), iso.slice(0, 16)];
    const status = i % 10 === 0 ? 'scheduled' : 'published';
    const data = { title: `p${i}`, channel: `c${channel}`, status, publishedAt: forms[i % 4], plannedFor: iso.slice(0, 10) } as PostFrontmatter;
    posts.push({ id: `c${channel}/p${i}`, file: `content/posts/c${channel}/p${i}.md`, data, body: '' });
  }
  return { slots, posts };
}

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function benchStreaks(): Promise<{ name: string; ms: number; target: number }[]> {
  const channels = ZONES.map((zone, i) => ({ zone, ...fixture(zone, i) }));
  const run = () => channels.map((c, i) => computeChannelStats({ channelId: `c${i}`, slots: c.slots, posts: c.posts, zone: c.zone, now: NOW }));
  let stats: ChannelStats[] = run();
  const statsTimes: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    stats = run();
    statsTimes.push(performance.now() - t0);
  }
  const heatTimes: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (const s of stats) renderHeatmapSvg(s.days, { from: addDays('2026-11-23', -364), to: '2026-11-23', label: s.id });
    renderHeatmapSvg(mergeDays(stats.map((s) => s.days)), { from: addDays('2026-11-23', -364), to: '2026-11-23', label: 'all' });
    heatTimes.push(performance.now() - t0);
  }
  return [
    { name: 'channel stats: 5 channels x 3 years daily x 5,000 posts', ms: median(statsTimes), target: 100 },
    { name: 'heatmaps: 5 channels + merged, one year each', ms: median(heatTimes), target: 50 },
  ];
}
