/**
 * Old category pages (portfolio.taxonomyAliases) follow their pillar when the brand page renames,
 * merges or removes it: before, the entry kept the old id, and `check` and the build stopped on
 * "there is no pillar".
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTaxonomyAliasClashes } from '../../src/core/old-taxonomies/clashes.ts';
import { movePillarAliases, pillarAliasPaths } from '../../src/core/old-taxonomies/pillar-moves.ts';
import { readProject } from '../../src/store/project.ts';
import { readPlanner } from '../../src/store/planner-store.ts';
import { brandToValues, saveBrand } from '../../src/studio/brand/brand-form.ts';

const aliases = [
  { path: '/category/recipes/', pillar: 'recipes' },
  { path: '/category/photos/', pillar: 'photography', note: 'kept' },
  { path: '/tag/soup/', tag: 'soup' },
  { path: '/categories/', list: 'tags' as const },
];

describe('movePillarAliases', () => {
  test.each([
    ['a renamed pillar', new Map([['recipes', 'cooking']]), [{ path: '/category/recipes/', pillar: 'cooking' }, aliases[1]]],
    ['a pillar merged into another', new Map([['photography', 'recipes']]), [aliases[0], { path: '/category/photos/', pillar: 'recipes', note: 'kept' }]],
    ['a pillar removed with no target', new Map([['photography', null]]), [aliases[0], { path: '/category/photos/', list: 'posts', note: 'kept' }]],
    ['a removal not decided yet', new Map([['photography', undefined]]), [aliases[0], aliases[1]]],
  ])('moves the entry of %s and leaves tags and lists as they are', (_, moves, pillarEntries) => {
    expect(movePillarAliases(aliases, moves)).toEqual([...pillarEntries, aliases[2], aliases[3]]);
  });

  test('gives undefined for a planner without old category pages', () => {
    expect(movePillarAliases(undefined, new Map([['recipes', 'cooking']]))).toBeUndefined();
  });

  test('lists the old addresses that lead to each pillar', () => {
    expect([...pillarAliasPaths([...aliases, { path: '/cat/r/', pillar: 'recipes' }])]).toEqual([
      ['recipes', ['/category/recipes/', '/cat/r/']],
      ['photography', ['/category/photos/']],
    ]);
  });
});

describe('the brand page save with old category pages', () => {
  const withAliases = () => {
    const root = mkdtempSync(join(tmpdir(), 'tl-pillar-aliases-'));
    cpSync(join(import.meta.dirname, '../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
    const file = join(root, 'content/planner.json');
    const planner = JSON.parse(readFileSync(file, 'utf8'));
    planner.portfolio = { taxonomyAliases: aliases.slice(0, 2) };
    writeFileSync(file, JSON.stringify(planner, null, 2));
    return root;
  };

  test('renaming a pillar leaves no entry naming a pillar the brand lacks', async () => {
    const root = withAliases();
    try {
      const before = await readPlanner(root);
      const values = brandToValues(before.brand, before.portfolio);
      values.pillars[0] = { ...values.pillars[0]!, id: 'cooking', was: 'recipes' };
      expect((await saveBrand(root, values, new Map([['recipes', 'cooking']]))).errors).toBeNull();
      const { planner, posts, problems } = await readProject(root);
      expect(planner.portfolio?.taxonomyAliases?.[0]).toEqual({ path: '/category/recipes/', pillar: 'cooking' });
      expect(findTaxonomyAliasClashes(planner, posts)).toEqual([]);
      expect(problems.map((p) => p.message)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('removing a pillar into another one (a merge) points its old page at that pillar', async () => {
    const root = withAliases();
    try {
      const before = await readPlanner(root);
      const values = brandToValues(before.brand, before.portfolio);
      values.pillars.splice(1, 1);
      expect((await saveBrand(root, values, new Map([['photography', 'recipes']]))).errors).toBeNull();
      const { planner, posts, problems } = await readProject(root);
      expect(planner.portfolio?.taxonomyAliases?.[1]).toEqual({ path: '/category/photos/', pillar: 'recipes', note: 'kept' });
      expect(posts.filter((p) => p.data.pillar === 'photography')).toEqual([]);
      expect(findTaxonomyAliasClashes(planner, posts)).toEqual([]);
      expect(problems.map((p) => p.message)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
