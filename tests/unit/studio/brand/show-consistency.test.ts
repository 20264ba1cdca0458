/** The brand page's portfolio switch (planner.json `portfolio.showConsistency`). */
import { describe, expect, test } from 'vitest';
import { PlannerSchema, type Planner } from '../../../../src/core/schema/planner.ts';
import { applyBrandValues, brandToValues, readBrandForm, validateBrand } from '../../../../src/studio/brand/brand-form.ts';

const base = {
  version: 1,
  brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars: [{ id: 'recipes', name: 'Recipes' }] },
};
const parse = (extra: object): Planner => PlannerSchema.parse({ ...base, ...extra });

function submitted(planner: Planner, checked: boolean | 'no field'): FormData {
  const data = new FormData();
  const values = brandToValues(planner.brand);
  for (const key of ['name', 'label', 'audience', 'timezone'] as const) data.set(key, values[key]);
  data.set('pillar-0-id', 'recipes');
  data.set('pillar-0-name', 'Recipes');
  if (checked !== 'no field') data.set('portfolio-settings', '1');
  if (checked === true) data.set('showConsistency', 'on');
  return data;
}

describe('the portfolio consistency switch on the brand form', () => {
  test('a ticked box turns it on, keeping the portfolio settings this version does not know', () => {
    const planner = parse({ portfolio: { heroImage: 'me.jpg' } });
    const next = applyBrandValues(planner, readBrandForm(submitted(planner, true)));
    expect(next.portfolio).toEqual({ heroImage: 'me.jpg', showConsistency: true });
    expect(next.brand).not.toHaveProperty('showConsistency');
    expect(validateBrand(planner, readBrandForm(submitted(planner, true)))).toBeNull();
  });

  test('an unticked box turns it off, and leaves no empty portfolio object behind', () => {
    const planner = parse({ portfolio: { showConsistency: true } });
    const next = applyBrandValues(planner, readBrandForm(submitted(planner, false)));
    expect(next).not.toHaveProperty('portfolio');
  });

  test('a post without the portfolio part (a script, an older form) leaves the setting as it was', () => {
    const planner = parse({ portfolio: { showConsistency: true } });
    expect(applyBrandValues(planner, readBrandForm(submitted(planner, 'no field'))).portfolio).toEqual({ showConsistency: true });
  });

  test('the form shows the stored setting, off when planner.json has none', () => {
    expect(brandToValues(parse({ portfolio: { showConsistency: true } }).brand, { showConsistency: true }).showConsistency).toBe(true);
    expect(brandToValues(parse({}).brand).showConsistency).toBe(false);
  });
});
