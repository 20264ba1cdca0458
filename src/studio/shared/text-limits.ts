/**
 * How long the names and texts typed in the studio's brand and channel forms may be. planner.json
 * itself sets no such limit (shared/interfaces.md: a file written by hand stays valid); the forms
 * refuse a 3,000-character pillar name, with the limit and the length, before anything is saved.
 * Each limit leaves room for any real name, label or description.
 */
import { z } from 'zod';
import { collectFieldErrors, type FieldErrors } from './form-errors.ts';

export const TEXT_LIMITS = {
  brandName: 100,
  label: 200,
  audience: 1000,
  /** One strength, impression or keyword. */
  listItem: 100,
  pillarName: 80,
  pillarDescription: 1000,
  channelName: 80,
} as const;

const limited = (max: number) =>
  z.string().refine((value) => value.length <= max, { error: (issue) => `at most ${max} characters; it has ${String(issue.input).length}` });

/** One line of a list field: its number (from 1) says which one is too long. */
const limitedList = (max: number) =>
  z.array(z.string()).superRefine((items, ctx) => {
    const i = items.findIndex((item) => item.length > max);
    if (i >= 0) ctx.addIssue({ code: 'custom', message: `at most ${max} characters each; item ${i + 1} has ${items[i]!.length}` });
  });

/** The brand form's values (brand-form.ts BrandValues), limited. */
export const BrandTextLimits = z.looseObject({
  name: limited(TEXT_LIMITS.brandName),
  label: limited(TEXT_LIMITS.label),
  audience: limited(TEXT_LIMITS.audience),
  strengths: limitedList(TEXT_LIMITS.listItem),
  impressions: limitedList(TEXT_LIMITS.listItem),
  pillars: z.array(z.looseObject({ name: limited(TEXT_LIMITS.pillarName), description: limited(TEXT_LIMITS.pillarDescription), keywords: limitedList(TEXT_LIMITS.listItem) })),
});

/** The channel form's values (channel-form.ts ChannelForm), limited. */
export const ChannelTextLimits = z.looseObject({ name: limited(TEXT_LIMITS.channelName) });

/** The fields of `values` over their limit, by form field (`fieldOf` maps a path of `values` to one). */
export function checkTextLimits(schema: z.ZodType, values: unknown, fieldOf: (path: readonly PropertyKey[]) => string): FieldErrors {
  const result = schema.safeParse(values);
  return result.success ? {} : collectFieldErrors(result.error.issues, fieldOf);
}
