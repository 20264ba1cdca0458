/** The home page's output heatmap: published posts only, every channel merged, the last year. */
import { mergeDays, renderHeatmapSvg } from '../../core/heatmap.ts';
import { channelZone, expandChannelSlots } from '../../core/slots.ts';
import { computeChannelStats, type ChannelStats } from '../../core/streaks.ts';
import { addDays, localDateOf } from '../../core/zoned-time.ts';
import type { SiteData } from './site-data.ts';

const DAY = 86_400_000;

export interface OutputSummary {
  svg: string;
  stats: ChannelStats[];
  from: string;
  to: string;
}

/** Stats and heatmap SVG as of `now`; posts given to core are the published ones only. */
export function summarizeOutput(site: SiteData, now: number, lang: 'en' | 'zh'): OutputSummary {
  const { planner } = site;
  const stats = planner.channels.map((channel) => {
    const zone = channelZone(channel, planner.brand);
    const slots = expandChannelSlots(channel, { zone, from: Number.NEGATIVE_INFINITY, to: now + 60 * DAY, breaks: planner.breaks });
    const posts = site.posts.filter((p) => p.channel.id === channel.id).map((p) => p.post);
    return computeChannelStats({ channelId: channel.id, slots, posts, zone, now });
  });
  const days = mergeDays(stats.map((s) => s.days));
  const to = localDateOf(now, planner.brand.timezone);
  const earliest = days[0]?.date ?? to;
  const yearAgo = addDays(to, -364);
  const from = earliest > yearAgo ? earliest : yearAgo;
  const label = lang === 'zh' ? `${from} 至 ${to} 的发布记录` : `Published output from ${from} to ${to}`;
  return { svg: renderHeatmapSvg(days, { from, to, label, lang }), stats, from, to };
}
