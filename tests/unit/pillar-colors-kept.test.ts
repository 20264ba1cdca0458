/**
 * Pillar colours stay with their pillars: a pillar without a colour of its own shows the palette
 * colour at its position, so removing or merging a pillar before it changed its colour (and every
 * later pillar's) in the studio's plan, posts list and dashboard (returning-writer trial,
 * 2026-12-07). The brand page's save now writes a moved pillar's colour as its own, and a pillar
 * added after never shows a colour another pillar has.
 */
import { describe, expect, it } from 'vitest';
import { PILLAR_PALETTE, pillarColors } from '../../src/core/pillar-colors.ts';
import { PlannerSchema, type Planner } from '../../src/core/schema/planner.ts';
import { applyBrandValues, brandToValues, defaultPillarColors } from '../../src/studio/brand/brand-form.ts';

const [blue, orange, green, pink] = PILLAR_PALETTE;
const planner = (pillars: object[]): Planner =>
  PlannerSchema.parse({ version: 1, brand: { name: 'Mei', label: 'Cook', timezone: 'Asia/Shanghai', pillars } });
const four = planner(['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() })));

describe('pillarColors', () => {
  it('gives each pillar its palette colour by position when no pillar has one of its own', () => {
    expect([...pillarColors(four.brand.pillars).values()]).toEqual([blue, orange, green, pink]);
  });

  it('never shows one colour twice: a pillar whose palette colour another shows takes the first free one', () => {
    // c and d keep the colours they had before b was removed; e, added after, is not pink as well.
    const colors = pillarColors([{ id: 'a' }, { id: 'c', color: green }, { id: 'd', color: pink }, { id: 'e' }] as never);
    expect([...colors.values()]).toEqual([blue, green, pink, orange]);
    // Only the colliding pillar moves: b keeps orange, a (blue taken by c) takes the first free.
    expect([...pillarColors([{ id: 'a' }, { id: 'b' }, { id: 'c', color: blue }] as never).values()]).toEqual([green, orange, blue]);
  });
});

describe('the brand page keeps a moved pillar\'s colour', () => {
  const values = (ids: string[]) => ({ ...brandToValues(four.brand), pillars: brandToValues(four.brand).pillars.filter((p) => ids.includes(p.id)).map((p) => ({ ...p, was: p.id })) });

  it('writes the colour a pillar showed when a removal before it moves it up the list', () => {
    const next = applyBrandValues(four, values(['a', 'c', 'd']));
    expect(next.brand.pillars.map((p) => p.color)).toEqual([undefined, green, pink]);
    expect([...pillarColors(next.brand.pillars).values()]).toEqual([blue, green, pink]);
  });

  it('writes nothing for pillars that stay where they were, or have a colour of their own', () => {
    expect(applyBrandValues(four, values(['a', 'b', 'c'])).brand.pillars.map((p) => p.color)).toEqual([undefined, undefined, undefined]);
    const own = planner([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C', color: '#123456' }]);
    const kept = { ...brandToValues(own.brand), pillars: brandToValues(own.brand).pillars.filter((p) => p.id !== 'b').map((p) => ({ ...p, was: p.id })) };
    expect(applyBrandValues(own, kept).brand.pillars.map((p) => p.color)).toEqual([undefined, '#123456']);
  });

  it('shows the form the colour the save will keep, and a new pillar a free one', () => {
    const form = [...values(['a', 'c', 'd']).pillars, { id: 'e', name: 'E', description: '', keywords: [] }];
    expect(defaultPillarColors(four, form, ['a', 'c', 'd', ''])).toEqual([blue, green, pink, orange]);
    expect(defaultPillarColors(four, values(['a', 'b', 'c', 'd']).pillars, ['a', 'b', 'c', 'd'])).toEqual([blue, orange, green, pink]);
  });

  it('shows each pillar added with Add a pillar (its id still empty) its own colour, the one a save gives it', () => {
    // Three blank rows all showed pink, the colour of the last: the colours were looked up by id, and '' is one id.
    const blank = { id: '', name: '', description: '', keywords: [] };
    const one = planner([{ id: 'a', name: 'A' }]);
    const form = [{ ...brandToValues(one.brand).pillars[0]!, was: 'a' }, blank, blank, blank];
    expect(defaultPillarColors(one, form, ['a', '', '', ''])).toEqual([blue, orange, green, pink]);
    const saved = applyBrandValues(one, { ...brandToValues(one.brand), pillars: form.map((p, i) => ({ ...p, id: p.id || `p${i}`, name: p.name || `P${i}` })) });
    expect([...pillarColors(saved.brand.pillars).values()]).toEqual([blue, orange, green, pink]);
  });

  it('shows two pillars typed with the same id (refused on save) a colour each', () => {
    const form = [{ id: 'x', name: 'X', description: '', keywords: [] }, { id: 'x', name: 'Y', description: '', keywords: [] }];
    expect(defaultPillarColors(planner([{ id: 'a', name: 'A' }]), form, ['', ''])).toEqual([blue, orange]);
  });
});
