/**
 * A renamed or merged pillar remembers its old ids (formerIds), so that the portfolio keeps its
 * old page and feeds: before, the brand page's save forgot them and /pillars/<old>/ vanished.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { moveFormerIds } from '../../../src/core/former-pillars/moves.ts';
import type { Pillar } from '../../../src/core/schema/planner.ts';
import { readPlanner } from '../../../src/store/planner-store.ts';
import { brandToValues, saveBrand, type BrandValues } from '../../../src/studio/brand/brand-form.ts';

const pillar = (id: string, formerIds?: string[]): Pillar => ({ id, name: id, description: '', keywords: [], ...(formerIds ? { formerIds } : {}) });
const formers = (pillars: Pillar[]) => Object.fromEntries(pillars.map((p) => [p.id, p.formerIds]));

describe('moveFormerIds', () => {
  test.each([
    ['a renamed pillar takes its old id after the ones it had', [pillar('recipes', ['food'])], [pillar('cooking', ['food'])], [['recipes', 'cooking']], { cooking: ['food', 'recipes'] }],
    ['a merge target takes the old id and the merged pillar\'s former ids', [pillar('recipes', ['a']), pillar('photos', ['pics'])], [pillar('recipes', ['a'])], [['photos', 'recipes']], { recipes: ['a', 'photos', 'pics'] }],
    ['a rename back to a former id takes it off the list', [pillar('cooking', ['recipes', 'food'])], [pillar('recipes', ['recipes', 'food'])], [['cooking', 'recipes']], { recipes: ['food', 'cooking'] }],
    ['a rename that changes only the case keeps no former id', [pillar('Recipes')], [pillar('recipes')], [['Recipes', 'recipes']], { recipes: undefined }],
    ['a new pillar taking a former id takes its address', [pillar('cooking', ['recipes'])], [pillar('cooking', ['recipes']), pillar('recipes')], [], { cooking: undefined, recipes: undefined }],
    ['a pillar removed with no target leaves no former id anywhere', [pillar('recipes'), pillar('photos', ['pics'])], [pillar('recipes')], [['photos', null]], { recipes: undefined }],
    ['a removal not decided yet moves nothing', [pillar('recipes'), pillar('photos')], [pillar('recipes')], [['photos', undefined]], { recipes: undefined }],
  ] as const)('%s', (_name, before, after, moves, expected) => {
    expect(formers(moveFormerIds(before, after, new Map(moves)))).toEqual(expected);
  });

  test('keeps the other keys of each pillar', () => {
    const [moved] = moveFormerIds([pillar('a')], [{ ...pillar('b'), color: '#000000' }], new Map([['a', 'b']]));
    expect(moved).toEqual({ ...pillar('b'), color: '#000000', formerIds: ['a'] });
  });
});

describe('the brand page save', () => {
  const withRoot = async (run: (root: string, values: BrandValues) => Promise<void>) => {
    const root = mkdtempSync(join(tmpdir(), 'tl-former-pillars-'));
    cpSync(join(import.meta.dirname, '../../fixtures/roots/basic/content'), join(root, 'content'), { recursive: true });
    try {
      const before = await readPlanner(root);
      await run(root, brandToValues(before.brand, before.portfolio));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  const onDisk = (root: string) => JSON.parse(readFileSync(join(root, 'content/planner.json'), 'utf8')).brand.pillars.map((p: Pillar) => [p.id, p.formerIds]);

  test('writes the old id of a renamed pillar to its formerIds, and a rename back removes it', () =>
    withRoot(async (root, values) => {
      values.pillars[0] = { ...values.pillars[0]!, id: 'cooking', was: 'recipes' };
      expect((await saveBrand(root, values, new Map([['recipes', 'cooking']]))).errors).toBeNull();
      expect(onDisk(root)).toEqual([['cooking', ['recipes']], ['photography', undefined]]);
      values.pillars[0] = { ...values.pillars[0]!, id: 'recipes', was: 'cooking' };
      expect((await saveBrand(root, values, new Map([['cooking', 'recipes']]))).errors).toBeNull();
      expect(onDisk(root)).toEqual([['recipes', ['cooking']], ['photography', undefined]]);
    }));

  test('writes the id of a pillar merged into another to the target\'s formerIds', () =>
    withRoot(async (root, values) => {
      values.pillars.splice(1, 1);
      expect((await saveBrand(root, values, new Map([['photography', 'recipes']]))).errors).toBeNull();
      expect(onDisk(root)).toEqual([['recipes', ['photography']]]);
    }));
});
