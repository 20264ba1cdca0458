import { describe, expect, test } from 'vitest';
import { errorOf } from '../throughline-error.ts';
import { validatePlanner } from '../../../src/core/planner-file.ts';

const FILE = 'content/planner.json';

function planner(pillars: { id: string; formerIds?: string[] }[]) {
  return {
    version: 1,
    brand: { name: 'Mei', label: 'x', timezone: 'UTC', pillars: pillars.map((p) => ({ name: p.id, ...p })) },
    channels: [],
  };
}

describe('formerIds of a pillar in planner.json', () => {
  test('are read and kept, and a pillar without them has none', () => {
    const read = validatePlanner(planner([{ id: 'home-cooking', formerIds: ['recipes', '家常菜'] }, { id: 'photos' }]), FILE);
    expect(read.brand.pillars.map((p) => p.formerIds)).toEqual([['recipes', '家常菜'], undefined]);
  });

  test.each([
    ['the id of another pillar', [{ id: 'recipes', formerIds: ['photos'] }, { id: 'photos' }], 'brand.pillars[0].formerIds[0]', 'former id "photos" is the id of a pillar now: remove it from "formerIds"', '旧 ID "photos" 现在是某个支柱的 ID：请把它从 "formerIds" 中删除'],
    ['the pillar\'s own id', [{ id: 'recipes', formerIds: ['recipes'] }], 'brand.pillars[0].formerIds[0]', 'former id "recipes" is the id of a pillar now', '现在是某个支柱的 ID'],
    ['a pillar id in another case', [{ id: 'recipes', formerIds: ['Photos'] }, { id: 'photos' }], 'brand.pillars[0].formerIds[0]', 'former id "Photos" and pillar id "photos" differ only in case', '只有大小写不同'],
    ['one id given on two pillars', [{ id: 'recipes', formerIds: ['cooking'] }, { id: 'photos', formerIds: ['cooking'] }], 'brand.pillars[1].formerIds[0]', 'former id "cooking" is given twice: keep it on one pillar, once', '旧 ID "cooking" 出现了两次'],
    ['one id given twice on a pillar', [{ id: 'recipes', formerIds: ['cooking', 'cooking'] }], 'brand.pillars[0].formerIds[1]', 'former id "cooking" is given twice', '出现了两次'],
    ['two ids that differ only in case', [{ id: 'recipes', formerIds: ['cooking', 'Cooking'] }], 'brand.pillars[0].formerIds[1]', 'former ids "cooking" and "Cooking" differ only in case', '只有大小写不同'],
    ['an id that is no id', [{ id: 'recipes', formerIds: ['home cooking'] }], 'brand.pillars[0].formerIds[0]', 'a pillar id may hold letters and digits', '支柱 ID 只能由'],
  ])('refuse %s, naming the file and field in English and Chinese', (_name, pillars, field, en, zh) => {
    const error = errorOf(() => validatePlanner(planner(pillars), FILE));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.format('en')).toContain(en);
    expect(error.format('zh')).toContain(zh);
  });
});
