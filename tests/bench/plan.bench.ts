/**
 * Timing target for the plan (`plan`, the studio's plan page and dashboard): 8 weeks of 5 daily
 * channels whose 3 years of posts were each planned for their day and published (as the studio
 * leaves them), in under 100 ms. A plan reads only the slots near now; a post planned long before
 * them must cost no expansion of that day's slots (a first form of the "published outside its
 * window" rule expanded one per such post: 1,050 posts of one channel took 2.3 s a plan).
 */
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { addDays } from '../../src/core/zoned-time.ts';

const START = '2023-11-23';
const NOW = Date.parse('2026-11-23T00:00:00Z');
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Pacific/Auckland', 'Pacific/Honolulu'];
const DAYS = 3 * 365;

function median(times: number[]): number {
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

export async function benchPlan(): Promise<{ name: string; ms: number; target: number }[]> {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Bench', label: 'Bench', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }, { id: 'photos', name: 'Photos' }] },
    channels: ZONES.map((timezone, i) => ({ id: `c${i}`, name: `C${i}`, platform: 'blog', cadence: 'FREQ=DAILY', start: START, time: '09:00', timezone })),
    breaks: [],
  });
  const posts: Post[] = [];
  ZONES.forEach((_, c) => {
    for (let i = 0; i < DAYS; i++) {
      const day = addDays(START, i);
      const data = { title: `p${i}`, channel: `c${c}`, status: 'published', pillar: i % 2 ? 'photos' : 'recipes', plannedFor: day, publishedAt: `${day}T10:00` } as PostFrontmatter;
      posts.push({ id: `c${c}/p${i}`, file: `content/posts/c${c}/p${i}.md`, data, body: '' });
    }
  });
  buildPlan({ planner, posts, now: NOW, weeks: 8 });
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    buildPlan({ planner, posts, now: NOW, weeks: 8 });
    times.push(performance.now() - t0);
  }
  return [{ name: 'plan: 8 weeks of 5 daily channels, 5,475 posts planned and published', ms: median(times), target: 100 }];
}
