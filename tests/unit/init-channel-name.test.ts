import { describe, expect, it } from 'vitest';
import { buildPlannerFromAnswers } from '../../src/core/init-answers.ts';

const ctx = { now: Date.parse('2026-12-05T00:00:00Z'), defaultZone: 'Asia/Shanghai', file: 'answers.json' };
const base = {
  strengths: ['software engineering', '技术写作'],
  pillars: [{ name: 'Developer tools' }],
  channel: { platform: 'blog', cadence: 'weekly' },
};

describe('the first channel name init gives', () => {
  it('is in the brand language (name, label, audience), not Chinese for one Chinese character', () => {
    const planner = buildPlannerFromAnswers(
      { ...base, name: '林一 Lin Yi', label: 'The engineer who writes about tools and the web in two languages', audience: 'Developers who read English and 中文' },
      ctx,
    );
    expect(planner.channels?.[0]?.name).toBe('Blog');
  });

  it('is Chinese for a Chinese brand', () => {
    const planner = buildPlannerFromAnswers({ ...base, name: '林一', label: '写工具和网页的工程师', audience: '读中文的开发者' }, ctx);
    expect(planner.channels?.[0]?.name).toBe('博客');
  });
});
