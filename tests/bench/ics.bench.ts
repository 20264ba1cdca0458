/**
 * Timing target for the calendar export: 3 years of slots for 5 channels (daily and weekly
 * cadences in five zones, a history period, breaks and a planned post a week) in under 200 ms;
 * and the posts' languages it reads (postLanguageMix, each post's prose read once) for 2,000
 * posts of ~500 words in under 300 ms.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import type { Post, PostFrontmatter } from '../../src/core/schema/post.ts';
import { addDays } from '../../src/core/zoned-time.ts';
import { postLanguageMix } from '../../src/core/language.ts';
import { prng, syntheticBody } from './synthetic.ts';
import { sampleRoot } from '../support/sample.ts';

const START = '2023-11-23';
const NOW = Date.parse('2026-11-23T00:00:00Z');
const ZONES = ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'America/Sao_Paulo'];
const CADENCES = ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=TU,TH', 'FREQ=DAILY'];

function fixture() {
  const planner = PlannerSchema.parse({
    version: 1,
    brand: { name: 'Bench', label: 'A bench', timezone: 'Asia/Shanghai', pillars: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] },
    channels: ZONES.map((zone, i) => ({
      id: `c${i}`, name: `Channel ${i}`, platform: 'blog', cadence: CADENCES[i], start: addDays(START, 180), time: '09:00', timezone: zone,
      reminder: { minutesBefore: 60 }, history: [{ cadence: 'FREQ=WEEKLY;BYDAY=MO', start: START, time: '08:00' }],
    })),
    breaks: [{ from: '2024-08-01', to: '2024-08-20' }, { from: '2025-12-20', to: '2026-01-03' }],
  });
  const posts: Post[] = [];
  for (let i = 0; i < 5; i++)
    for (let day = 200; day < 1100; day += 7) {
      const data = { title: `文章 ${i}-${day}, with commas; and semicolons`, channel: `c${i}`, status: 'draft', plannedFor: addDays(START, day) } as PostFrontmatter;
      posts.push({ id: `bench/${i}-${day}`, file: `content/posts/bench/${i}-${day}.md`, body: '', data });
    }
  return { planner, posts };
}

export async function benchIcs(): Promise<{ name: string; ms: number; target: number }[]> {
  const { planner, posts } = fixture();
  const t0 = performance.now();
  buildCalendar({ planner, posts, now: NOW });
  const first = performance.now() - t0;
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    buildCalendar({ planner, posts, now: NOW });
    times.push(performance.now() - t0);
  }
  // The fastest run: on a shared machine the others measure the neighbours' load.
  const best = Math.min(...times);
  return [
    ...benchPostLanguages(),
    benchCliRun(),
    // Cold: module warm-up and the zones' transition scans, which later exports reuse.
    { name: 'export ics: 3 years x 5 channels, first export', ms: Math.round(first * 10) / 10, target: 200 },
    { name: 'export ics: 3 years x 5 channels', ms: Math.round(best * 10) / 10, target: 200 },
  ];
}

/** Every entry of an export names its post's language: 2,000 synthetic posts, English and Chinese, best of 3. */
function benchPostLanguages(): { name: string; ms: number; target: number }[] {
  const random = prng(7);
  const bodies = Array.from({ length: 2000 }, (_, i) => ({ title: `Post ${i}`, body: syntheticBody(random).body }));
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const p of bodies) postLanguageMix(p.title, undefined, p.body);
    times.push(performance.now() - t0);
  }
  return [{ name: 'export ics: languages of 2000 posts', ms: Math.round(Math.min(...times) * 10) / 10, target: 300 }];
}

/**
 * `export ics` of the English sample as a user runs it (a fresh `node src/cli/throughline.mjs`,
 * compile cache warm), best of 5: start-up is most of it, and a module loaded for nothing (OpenCC's
 * ~1 MB for a project that is not Traditional, ~10-40 ms) shows here.
 */
function benchCliRun(): { name: string; ms: number; target: number } {
  const cli = fileURLToPath(new URL('../../src/cli/throughline.mjs', import.meta.url));
  const args = [cli, 'export', 'ics', '--root', sampleRoot(), '--now', '2026-11-23T00:00:00Z'];
  execFileSync(process.execPath, args);
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args);
    times.push(performance.now() - t0);
  }
  return { name: 'export ics: CLI run, English sample (fresh process)', ms: Math.round(Math.min(...times) * 10) / 10, target: 400 };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await benchIcs());
