/**
 * The sample's banner on the dashboard offers "Bring the sample up to today" once its dates lag
 * today by a week or more; the action leaves a sample whose dashboard shows the flags the sample
 * had on its own day (no gap, no "slot is over" that it did not have then), and the offer is gone.
 * A planner of one's own posted the same action is refused, naming the file and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLagWeeks, shiftPostDates } from '../../../src/core/sample-dates.ts';
import { addDays, localDateOf } from '../../../src/core/zoned-time.ts';
import { readProject } from '../../../src/store/project.ts';
import { buildDashboard } from '../../../src/studio/dashboard/dashboard.ts';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';
import { sampleRoot } from '../../support/sample.ts';

const DAY = 86_400_000;
let studio: Studio;
let original: string;

// The committed sample, moved three weeks back: it lags today by three weeks or more whenever this runs.
beforeAll(async () => {
  original = mkdtempSync(join(tmpdir(), 'throughline-sample-lag-'));
  cpSync(join(sampleRoot(), 'content'), join(original, 'content'), { recursive: true });
  const { posts } = await readProject(original);
  for (const post of posts) writeFileSync(join(original, post.file), shiftPostDates(readFileSync(join(original, post.file), 'utf8'), -21).text);
  const planner = join(original, 'content/planner.json');
  writeFileSync(planner, readFileSync(planner, 'utf8').replace(/"(\d{4}-\d{2}-\d{2})"/g, (_, d: string) => `"${addDays(d, -21)}"`));
  studio = await startStudio(original);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(original, { recursive: true, force: true });
});

const page = async (path: string, lang = 'en') => (await fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
const post = (lang = 'en') =>
  fetch(`${studio.url}/studio`, { method: 'POST', redirect: 'manual', headers: { origin: studio.url, cookie: `throughline-lang=${lang}` }, body: new URLSearchParams({ action: 'sample-to-today' }) });
const words = { 'open-slot': '', 'pillar-drift': '', gaps: '', 'open-slots': '', posts: '' };
const flagsOf = async (root: string, now: number, days = 0) => {
  const { planner, posts } = await readProject(root);
  return buildDashboard({ planner, posts, now, lang: 'en', allLabel: 'All', words })
    .flags.map((f) => `${f.kind} ${f.slot?.channel ?? ''} ${f.slot?.date ?? ''} ${f.post ?? ''} ${f.move?.date ?? ''}`.replace(/\d{4}-\d{2}-\d{2}/g, (d) => addDays(d, days)))
    .sort();
};

describe('"Bring the sample up to today" on the dashboard', () => {
  it('is offered with the weeks the sample lags, moves it, and leaves no flag the sample did not have on its own day', async () => {
    const now = Date.now();
    const { planner, posts } = await readProject(original);
    const { weeks } = sampleLagWeeks(posts, localDateOf(now, planner.brand.timezone));
    expect(weeks).toBeGreaterThanOrEqual(3);
    const before = await page('/studio');
    expect(before).toContain(`data-sample-lag="${weeks}"`);
    expect(before).toContain(`Its dates are ${weeks} weeks behind today`);
    expect(before).toContain('Slot is over');
    expect(await page('/studio', 'zh')).toContain('把示例的日期移到今天');

    const response = await post();
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/studio?sample=moved&weeks=${weeks}`);
    const after = await page(`/studio?sample=moved&weeks=${weeks}`);
    expect(after).toContain(`Moved every date of the sample ${weeks} weeks forward`);
    expect(after).not.toContain('data-sample-lag');
    expect(after).not.toContain('Slot is over');
    expect(await page(`/studio?sample=moved&weeks=${weeks}`, 'zh')).toContain(`已把示例的所有日期向后移动 ${weeks} 周`);
    // The moved sample today flags what the sample flagged on its own day, the dates moved by those weeks.
    expect(await flagsOf(studio.root, now)).toEqual(await flagsOf(original, now - weeks * 7 * DAY, weeks * 7));
  });

  it('is refused on a planner of one\'s own, naming the file and field, and moves nothing', async () => {
    const file = join(studio.root, 'content/planner.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"sample": true,', ''));
    const text = readFileSync(join(studio.root, 'content/posts/2026/red-braised-pork.mdx'), 'utf8');
    const response = await post('zh');
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('content/planner.json: sample: 这不是示例品牌：其中的日期是你自己的，已保持原样');
    expect(readFileSync(join(studio.root, 'content/posts/2026/red-braised-pork.mdx'), 'utf8')).toBe(text);
  });
});
