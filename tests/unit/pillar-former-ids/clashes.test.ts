import { describe, expect, test } from 'vitest';
import { findFeedAliasClashes } from '../../../src/core/old-feeds/clashes.ts';
import { findTaxonomyAliasClashes } from '../../../src/core/old-taxonomies/clashes.ts';
import { validatePlanner } from '../../../src/core/planner-file.ts';

const planner = (portfolio: object) =>
  validatePlanner({ version: 1, brand: { name: 'Mei', label: 'x', timezone: 'UTC', pillars: [{ id: 'loaves', name: 'Loaves', formerIds: ['bread'] }] }, channels: [], portfolio }, 'content/planner.json');

describe('the old addresses of a former pillar id', () => {
  test('refuse an old category page at /pillars/<former>/, naming the old pillar page there', () => {
    const [error, ...rest] = findTaxonomyAliasClashes(planner({ taxonomyAliases: [{ path: '/pillars/Bread/', pillar: 'loaves' }] }), []);
    expect(rest).toEqual([]);
    expect(error!.field).toBe('portfolio.taxonomyAliases[0].path');
    expect(error!.format('en')).toContain('the old page of the pillar loaves (formerIds "bread")');
    expect(error!.format('zh')).toContain('支柱 loaves 的旧页面（formerIds "bread"）');
  });

  test('refuse an old feed address at /pillars/<former>/rss.xml, naming the old feed there', () => {
    const [error] = findFeedAliasClashes(planner({ feedAliases: [{ path: '/pillars/bread/rss.xml' }] }), []);
    expect(error!.field).toBe('portfolio.feedAliases[0].path');
    expect(error!.format('en')).toContain('the old RSS feed of the pillar loaves (formerIds "bread")');
  });
});
