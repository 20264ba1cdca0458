import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { formatPlanText } from '../../src/cli/commands/plan.ts';
import { buildPlan } from '../../src/core/plan.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';

const NOW = Date.parse('2026-11-23T00:00:00Z');
const planner = PlannerSchema.parse({
  version: 1,
  brand: {
    name: '林老师',
    label: '职场沟通教练',
    timezone: 'Asia/Shanghai',
    pillars: [
      { id: 'managing-up', name: '向上管理' },
      { id: 'interviews', name: 'Interviews' },
    ],
  },
  channels: [
    { id: 'zhihu', name: '知乎', platform: 'zhihu', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06' },
    { id: 'wechat', name: '微信公众号', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=TH', start: '2026-01-01', time: '20:00' },
    { id: 'linkedin', name: 'LinkedIn', platform: 'linkedin', cadence: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-01-02', timezone: 'Europe/London' },
  ],
});

function columnsOf(line: string): number[] {
  // Display columns where a cell starts: after a run of 2+ spaces.
  const starts: number[] = [];
  const re = / {2,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) starts.push(stringWidth(line.slice(0, m.index + m[0].length)));
  return starts;
}

describe('plan as text', () => {
  const { slots } = buildPlan({ planner, posts: [], now: NOW, weeks: 2 });
  const text = formatPlanText(slots, planner, [], 2, 'zh');
  const rows = text.trim().split('\n').slice(0, -1);

  test('lines up its columns in terminal cells when channel and pillar names are Chinese', () => {
    expect(rows.length).toBeGreaterThan(3);
    const first = columnsOf(rows[0]!);
    for (const row of rows) expect(columnsOf(row)).toEqual(first);
  });

  test('shows each time with its UTC offset, in the channel zone, naming a zone that is not the brand’s', () => {
    expect(rows.find((r) => r.includes('知乎'))).toMatch(/^\d{4}-\d{2}-\d{2} 09:00 \+08:00 {2}/);
    expect(rows.find((r) => r.includes('LinkedIn'))).toMatch(/^\d{4}-\d{2}-\d{2} 09:00 \+00:00（Europe\/London） /);
    const en = formatPlanText(slots, planner, [], 2, 'en').split('\n');
    expect(en.find((r) => r.includes('LinkedIn'))).toMatch(/^\d{4}-\d{2}-\d{2} 09:00 \+00:00 \(Europe\/London\) /);
    expect(en.find((r) => r.includes('知乎'))).not.toMatch(/Asia\/Shanghai/);
  });

  test('names pillars by their names, not their ids', () => {
    expect(text).toMatch(/向上管理|Interviews/);
    expect(text).not.toMatch(/managing-up|interviews\b/);
  });

  test('counts slots with the right plural in English and in Chinese', () => {
    expect(formatPlanText(slots.slice(0, 1), planner, [], 1, 'en')).toMatch(/^1 slot in the next 1 week, 1 open$/m);
    expect(formatPlanText(slots, planner, [], 2, 'en')).toMatch(new RegExp(`^${slots.length} slots in the next 2 weeks`, 'm'));
    expect(text).toMatch(/未来 2 周共 \d+ 个排期，其中 \d+ 个空着/);
  });
});
