/**
 * The balance table's target shares: percentages typed per pillar (empty = share the rest evenly)
 * -> pillar.targetShare (0..1) in planner.json.
 */
import type { Planner } from '../../core/schema/planner.ts';
import type { FieldErrors } from '../shared/form-errors.ts';

interface FormLike {
  get(name: string): unknown;
}

/** Target per pillar id from fields `target-<id>` in percent; undefined = even split. */
export function readTargets(form: FormLike, planner: Planner): { targets: Record<string, number | undefined>; errors: FieldErrors } {
  const targets: Record<string, number | undefined> = {};
  const errors: FieldErrors = {};
  for (const pillar of planner.brand.pillars) {
    const raw = form.get(`target-${pillar.id}`);
    const text = typeof raw === 'string' ? raw.trim().replace(/%$/, '') : '';
    if (text === '') continue;
    const percent = Number(text);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) errors[`target-${pillar.id}`] = `expected a percentage from 0 to 100, e.g. 40 (got "${text}")`;
    else targets[pillar.id] = Math.round(percent * 10) / 1000;
  }
  const sum = Object.values(targets).reduce<number>((a, b) => a + (b ?? 0), 0);
  if (sum > 1.0001) errors.targets = `the targets add up to ${Math.round(sum * 100)}%; keep them at 100% or less`;
  return { targets, errors };
}

export function applyTargets(planner: Planner, targets: Record<string, number | undefined>): Planner {
  const pillars = planner.brand.pillars.map(({ targetShare: _old, ...pillar }) =>
    targets[pillar.id] === undefined ? pillar : { ...pillar, targetShare: targets[pillar.id] },
  );
  return { ...planner, brand: { ...planner.brand, pillars } };
}
