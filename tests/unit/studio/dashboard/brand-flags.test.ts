import { describe, expect, test } from 'vitest';
import { PlannerSchema } from '../../../../src/core/schema/planner.ts';
import { buildDashboard } from '../../../../src/studio/dashboard/dashboard.ts';
import { DASHBOARD_TEXT } from '../../../../src/studio/dashboard/strings.ts';

function planner(pillars: { id: string; name: string; keywords?: string[]; form?: boolean }[]) {
  return PlannerSchema.parse({
    version: 1,
    brand: { name: '林晓', label: '懂数据的产品经理', timezone: 'Asia/Shanghai', pillars },
    channels: [],
  });
}

function brandFlags(lang: 'en' | 'zh', pillars: Parameters<typeof planner>[0]) {
  const word = (key: string) => DASHBOARD_TEXT[key]![lang];
  const words = { 'open-slot': word('flagText.open-slot'), 'pillar-drift': word('flagText.pillar-drift') };
  const flags = buildDashboard({ planner: planner(pillars), posts: [], now: Date.parse('2026-12-07T03:00:00Z'), lang, allLabel: 'all', words }).flags;
  return flags.filter((f) => f.kind === 'keyword-not-counted' || f.kind === 'no-subject-pillar');
}

const TWO = [
  { id: '产品思维', name: '产品思维', keywords: ['需求'] },
  { id: '数据驱动', name: '数据驱动', keywords: ['指标', 'A/B 测试'] },
];

describe('the dashboard\'s lines on pillar keywords and pillars', () => {
  test('names the pillar whose keyword is not counted, not planner.json\'s path to it', () => {
    const [zh] = brandFlags('zh', TWO);
    expect(zh!.message).toBe('支柱“数据驱动”：“A/B 测试”只按“测试”计入主题：“B”只有一个字母，太短，不算一个词');
    const [en] = brandFlags('en', TWO);
    expect(en!.message).toBe('Pillar "数据驱动": "A/B 测试" counts only as "测试": "B" is one letter, too short to be read as a word');
    for (const f of [zh!, en!]) {
      expect(f.message).not.toContain('planner.json');
      expect(f.message).not.toContain('brand.pillars');
      expect(f.href).toBe('/studio/brand');
    }
  });

  test('says "pillars" in words when every pillar is a form', () => {
    const forms = [{ id: '小说', name: '小说', form: true }];
    const [zh] = brandFlags('zh', forms);
    expect(zh!.message).toMatch(/^内容支柱：每个支柱都是体裁/);
    const [en] = brandFlags('en', forms);
    expect(en!.message).toMatch(/^Pillars: every pillar is a form/);
    for (const f of [zh!, en!]) expect(f.message).not.toMatch(/planner\.json|brand\.pillars/);
  });
});
