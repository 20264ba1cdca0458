/**
 * A channel in another zone than the brand's shows its slots at its own wall time: a LinkedIn
 * slot at 12:00 Europe/London read "12:00" in the plan and on the dashboard of a brand in
 * Asia/Shanghai, where it is 20:00. The studio now names the zone beside such a time (and on the
 * agenda's heading), and leaves the brand's own zone unsaid. The studio reads the clock, so the
 * channels are daily from a week ago: there are slots in the month shown and a next slot.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudio, type Studio } from '../../e2e/studio-server.ts';

const start = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
// The newsletter moves from the brand's zone to New York three days from now ("applies from" a later day).
const moves = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

let studio: Studio;
let fixture: string;
beforeAll(async () => {
  fixture = mkdtempSync(join(tmpdir(), 'throughline-zones-'));
  mkdirSync(join(fixture, 'content/posts'), { recursive: true });
  const planner = {
    version: 1,
    brand: { name: '林小码', label: '开发者布道师', audience: '前端开发者', strengths: ['前端'], timezone: 'Asia/Shanghai', pillars: [{ id: 'web', name: '前端' }, { id: 'server', name: '后端' }] },
    channels: [
      { id: 'wechat', name: '公众号', platform: 'wechat', cadence: 'FREQ=DAILY', start, time: '20:00' },
      { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=DAILY', start, time: '12:00', timezone: 'Europe/London' },
      { id: 'letter', name: 'Letter', platform: 'newsletter', cadence: 'FREQ=DAILY', start: moves, time: '08:00', timezone: 'America/New_York', history: [{ cadence: 'FREQ=DAILY', start, time: '07:30', timezone: 'Asia/Shanghai' }] },
    ],
    breaks: [],
  };
  writeFileSync(join(fixture, 'content/planner.json'), JSON.stringify(planner));
  mkdirSync(join(fixture, 'content/posts/linkedin'), { recursive: true });
  writeFileSync(join(fixture, 'content/posts/linkedin/hmr.md'), '---\ntitle: Why HMR is fast\nchannel: linkedin\nstatus: draft\n---\nNative ESM.\n');
  studio = await startStudio(fixture);
});
afterAll(async () => {
  await studio?.stop();
  rmSync(fixture, { recursive: true, force: true });
});

const page = async (path: string, lang: string) => (await fetch(`${studio.url}${path}`, { headers: { cookie: `throughline-lang=${lang}` } })).text();
/** The text of the first element with `marker` in its opening tag, up to the closing `tag`. */
const block = (html: string, marker: string, tag: string) => {
  const at = html.indexOf(marker);
  return at < 0 ? '' : html.slice(at, html.indexOf(`</${tag}>`, at)).replace(/<[^>]+>/g, '');
};

describe('slot times of a channel in another zone than the brand', () => {
  it.each([
    ['en', ' (Europe/London)', 'times in Europe/London'],
    ['zh', '（Europe/London）', 'Europe/London 时间'],
  ])('%s: the plan names the zone beside the time, only for that channel', async (lang, suffix, heading) => {
    const html = await page('/studio/plan', lang);
    const times = (channel: string) => [...html.matchAll(new RegExp(`data-slot="${channel}/[^"]+"[\\s\\S]*?<span class="slot-time"[^>]*>([\\s\\S]*?)</span>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''));
    expect(times('linkedin').length).toBeGreaterThan(0);
    expect(new Set(times('linkedin'))).toEqual(new Set([`12:00${suffix}`]));
    expect(new Set(times('wechat'))).toEqual(new Set(['20:00']));
    expect(block(html, 'data-agenda-channel="linkedin"', 'h3')).toContain(heading);
    expect(block(html, 'data-agenda-channel="wechat"', 'h3')).not.toContain('Europe');
  });

  // Before, the heading said "times in America/New_York" over the 07:30 slots still kept in Shanghai.
  it.each([
    ['en', ' (America/New_York)', 'times in'],
    ['zh', '（America/New_York）', '时间'],
  ])('%s: an agenda whose channel changes zone from a later day names each time\'s zone, not one zone in the heading', async (lang, suffix, headingWords) => {
    const html = await page('/studio/plan', lang);
    const section = html.slice(html.indexOf('data-agenda-channel="letter"'), html.indexOf('</section>', html.indexOf('data-agenda-channel="letter"')));
    expect(block(section, '<h3', 'h3')).not.toContain(headingWords);
    const rows = [...section.matchAll(/<li data-slot="letter\/([^"]+)"[\s\S]*?<time[^>]*>([\s\S]*?)<\/time>/g)].map((m) => [m[1]!, m[2]!]);
    const before = rows.filter(([date]) => date < moves);
    const after = rows.filter(([date]) => date >= moves);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    for (const [, time] of before) expect(time).toMatch(/07:30$/);
    for (const [, time] of after) expect(time.endsWith(`08:00${suffix}`)).toBe(true);
  });

  it.each([
    ['en', ' (Europe/London)'],
    ['zh', '（Europe/London）'],
  ])('%s: the dashboard card says the next slot is in that zone', async (lang, suffix) => {
    const html = await page('/studio', lang);
    const next = (channel: string) => block(html.slice(html.indexOf(`data-streak-card="${channel}"`)), 'class="next"', 'p');
    expect(next('linkedin')).toMatch(new RegExp(`12:00${suffix.replace(/[()]/g, '\\$&')}$`));
    expect(next('wechat')).toMatch(/20:00$/);
  });

  // A time typed without an offset is read in the channel's zone: the editor now names it, and
  // each channel option carries its zone for the hint to follow a change of channel.
  it.each([
    ['en', 'set to now in the channel&#39;s time zone, Europe/London; a time without an offset is read in that zone too.'],
    ['zh', '自动设为渠道时区（Europe/London）的当前时间；不带时差的时间也按此时区理解。'],
  ])('%s: the editor names the zone "Published at" is read in', async (lang, hint) => {
    const html = await page('/studio/drafts/linkedin/hmr', lang);
    expect(block(html, 'id="publishedAt-hint"', 'small')).toContain(hint);
    expect(html).toMatch(/<option value="wechat"[^>]*data-zone="Asia\/Shanghai"/);
    expect(html).toMatch(/<option value="linkedin"[^>]*data-zone="Europe\/London"/);
  });

  it.each([
    ['en', 'Every day, 12:00 (Europe/London)', 'Every day, 20:00 (Asia/Shanghai)', '前端, 后端'],
    ['zh', '每天，12:00（Europe/London）', '每天，20:00（Asia/Shanghai）', '前端、后端'],
  ])('%s: the channels table writes the zone and the pillars as that language punctuates them', async (lang, linkedin, wechat, pillars) => {
    const html = await page('/studio/channels', lang);
    const row = (channel: string) => block(html, `data-channel="${channel}"`, 'tr').replace(/\s+/g, ' ');
    expect(row('linkedin')).toContain(linkedin);
    expect(row('wechat')).toContain(wechat);
    expect(row('wechat')).toContain(pillars);
  });
});
