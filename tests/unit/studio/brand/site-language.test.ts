/**
 * The brand page's site language (planner.json `brand.language`): a trial's brand with a Chinese
 * label and 37 imported English posts got a Chinese site, with no setting in the studio to say so.
 */
import { describe, expect, test } from 'vitest';
import { brandLanguage } from '../../../../src/core/language.ts';
import { PlannerSchema, type Planner } from '../../../../src/core/schema/planner.ts';
import { applyBrandValues, brandToValues, readBrandForm, validateBrand } from '../../../../src/studio/brand/brand-form.ts';

const base = {
  version: 1,
  brand: { name: '林', label: '独立开发者，写机器学习和产品', timezone: 'Asia/Shanghai', pillars: [{ id: 'ml', name: 'Machine learning' }] },
};
const parse = (brand: object = {}): Planner => PlannerSchema.parse({ ...base, brand: { ...base.brand, ...brand } });

function submitted(planner: Planner, language: string | 'no field'): FormData {
  const data = new FormData();
  const values = brandToValues(planner.brand);
  for (const key of ['name', 'label', 'audience', 'timezone'] as const) data.set(key, values[key]);
  data.set('pillar-0-id', 'ml');
  data.set('pillar-0-name', 'Machine learning');
  if (language !== 'no field') data.set('language', language);
  return data;
}

describe('the site language on the brand form', () => {
  test('English chosen on a brand whose words are Chinese makes the site English', () => {
    const planner = parse();
    expect(brandLanguage(planner.brand)).toBe('zh');
    const next = applyBrandValues(planner, readBrandForm(submitted(planner, 'en')));
    expect(next.brand.language).toBe('en');
    expect(brandLanguage(next.brand)).toBe('en');
    expect(validateBrand(planner, readBrandForm(submitted(planner, 'en')))).toBeNull();
  });

  test('Automatic removes the key, so the brand\'s words decide again', () => {
    const planner = parse({ language: 'en' });
    const next = applyBrandValues(planner, readBrandForm(submitted(planner, '')));
    expect(next.brand).not.toHaveProperty('language');
    expect(brandLanguage(next.brand)).toBe('zh');
  });

  test('a post without the field (a script, an older form) leaves it as it was', () => {
    const planner = parse({ language: 'en' });
    expect(applyBrandValues(planner, readBrandForm(submitted(planner, 'no field'))).brand.language).toBe('en');
    expect(applyBrandValues(parse(), readBrandForm(submitted(parse(), 'no field'))).brand).not.toHaveProperty('language');
  });

  test('the form shows the stored choice, Automatic when there is none; anything else reads as Automatic', () => {
    expect(brandToValues(parse({ language: 'zh' }).brand).language).toBe('zh');
    expect(brandToValues(parse().brand).language).toBe('');
    expect(readBrandForm(submitted(parse(), 'fr')).language).toBe('');
  });
});
