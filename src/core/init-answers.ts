/**
 * The answers of `throughline init` (asked interactively, or read from `init --from FILE`) ->
 * a planner. Short answers are filled in here: pillar and channel ids from their names, the
 * label from the proposals, a cadence preset id expanded to its RRULE, the start date as the
 * day after "now" in the brand's zone.
 */
import { z } from 'zod';
import { CADENCE_PRESETS, checkCadence, noSlotProblem } from './cadence.ts';
import { ThroughlineError, combineFieldErrors, hintInMessage, issuesToErrors } from './errors.ts';
import { deriveId } from './ids.ts';
import { translateMessage } from './i18n/zod-issues.ts';
import { proposeLabels } from './label.ts';
import { wordsLanguage } from './language.ts';
import { brandChannelName } from './platform-names.ts';
import { abbreviationZones, canonicalZone, isPlannerZone, suggestTimeZone } from './time-zones.ts';
import type { Text } from './i18n/text.ts';
import { ABBREVIATION_WHY, LocalDateSchema, LocalTimeSchema, PLATFORMS, quotedOrList, type PlannerInput } from './schema/planner.ts';
import { addDays, localDateOf } from './zoned-time.ts';

const words = z.array(z.string().trim().min(1)).default([]);
/** An optional text where `""` (a form's empty field, a template's blank) means "not given", as leaving the key out does. */
const optionalText = (schema: z.ZodString) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

export const InitAnswersSchema = z.object({
  name: z.string().trim().min(1, 'your name (or brand name) is needed'),
  strengths: z.array(z.string().trim().min(1)).min(1, 'name at least one strength, e.g. ["career coaching", "public speaking"]'),
  impressions: words,
  /** The positioning label; the first proposal when omitted. */
  label: optionalText(z.string().trim().min(1)),
  audience: z.string().trim().default(''),
  /** IANA zone; the machine's zone when omitted. */
  timezone: optionalText(z.string().trim().min(1)),
  pillars: z
    .array(z.object({ id: z.string().optional(), name: z.string().trim().min(1, 'a pillar needs a name'), description: z.string().default(''), keywords: words, form: z.boolean({ error: 'expected true or false' }).optional() }))
    .min(1, 'name at least 1 pillar')
    .max(7, 'at most 7 pillars: fewer themes are easier to remember'),
  channel: z.object({
    id: z.string().optional(),
    name: z.string().trim().min(1).optional(),
    platform: z.enum(PLATFORMS, { error: `expected one of ${PLATFORMS.join(', ')}` }),
    /** A preset id (`weekly`, `twice-weekly`...) or an RRULE value. */
    cadence: z.string().trim().min(1, 'a cadence is needed, e.g. "weekly" or "FREQ=WEEKLY;BYDAY=TU"'),
    start: LocalDateSchema.optional(),
    time: LocalTimeSchema.default('09:00'),
  }),
});

export type InitAnswers = z.input<typeof InitAnswersSchema>;

/** The RRULE for a preset id, or the rule itself; throws naming `field` when it is not a valid cadence. */
export function resolveCadence(choice: string, where: { file?: string; field?: string } = {}): string {
  const rule = CADENCE_PRESETS.find((p) => p.id === choice)?.rule ?? choice.trim().replace(/^RRULE:/i, '');
  const problem = checkCadence(rule);
  const presets = CADENCE_PRESETS.map((p) => p.id).join(', ');
  if (problem)
    throw new ThroughlineError(
      { en: problem.message, zh: translateMessage(problem.message) ?? problem.message },
      { ...where, hint: { en: `use a preset (${presets}) or an RRULE`, zh: `请用预设（${presets}）或一条 RRULE` } },
    );
  return rule;
}

/** An id for a name in any script ("菜谱" -> "菜谱", "Slow Food" -> "slow-food"), else `fallback`; see deriveId. */
export function toId(name: string, fallback: string): string {
  return deriveId(name, fallback);
}

/** The hint for a zone name that is not one: the zones it most likely meant, else examples. */
function zoneHint(guesses: readonly string[]): Text {
  if (guesses.length > 0) return { en: `did you mean ${quotedOrList(guesses)}?`, zh: `是不是 ${guesses.map((g) => `"${g}"`).join('、').replace(/、(?=[^、]*$)/, ' 或 ')}？` };
  return { en: 'e.g. "Asia/Shanghai" or "Europe/Berlin"', zh: '例如 "Asia/Shanghai" 或 "Europe/Berlin"' };
}

/** The error for a zone that is none (an abbreviation says so), with the zones it most likely meant as its hint. */
function zoneError(timezone: string, file: string): ThroughlineError {
  const abbreviation = abbreviationZones(timezone);
  if (abbreviation) return new ThroughlineError(
      { en: `"${timezone}" is an abbreviation, not an IANA time zone: ${ABBREVIATION_WHY}`, zh: `"${timezone}" 是时区缩写，不是 IANA 时区：它可能指好几个地方，或全年不变、没有夏令时的一个偏移` },
      { file, field: 'timezone', hint: zoneHint(abbreviation) },
    );
  const guess = suggestTimeZone(timezone);
  return new ThroughlineError(
    { en: `"${timezone}" is not an IANA time zone`, zh: `"${timezone}" 不是 IANA 时区` },
    { file, field: 'timezone', hint: zoneHint(guess ? [guess] : []) },
  );
}

/**
 * A planner from init answers; throws a ThroughlineError naming `file` and every field at fault
 * (the schema's, the zone and the cadence in one message: README "A file with several bad fields").
 */
export function buildPlannerFromAnswers(raw: unknown, ctx: { now: number; defaultZone: string; file: string }): PlannerInput {
  const parsed = InitAnswersSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = issuesToErrors(ctx.file, parsed.error.issues);
    // The zone and the cadence are checked here too, not only once the rest is right.
    const given = (raw ?? {}) as { timezone?: unknown; channel?: { cadence?: unknown } };
    // Checked as typed: canonicalZone takes tzdb's links, and so EST to America/Panama.
    const zone = typeof given.timezone === 'string' && given.timezone.trim() ? given.timezone.trim() : null;
    if (zone !== null && !isPlannerZone(zone) && !errors.some((e) => e.field === 'timezone')) errors.push(hintInMessage(zoneError(zone, ctx.file)));
    const cadence = given.channel && typeof given.channel === 'object' && typeof given.channel.cadence === 'string' ? given.channel.cadence : null;
    if (cadence !== null && cadence.trim() && !errors.some((e) => e.field === 'channel.cadence')) {
      try {
        resolveCadence(cadence, { file: ctx.file, field: 'channel.cadence' });
      } catch (error) {
        if (error instanceof ThroughlineError) errors.push(hintInMessage(error));
        else throw error;
      }
    }
    throw combineFieldErrors(errors);
  }
  const a = parsed.data;
  const givenZone = a.timezone ?? ctx.defaultZone;
  const timezone = canonicalZone(givenZone);
  const late: ThroughlineError[] = [];
  if (!isPlannerZone(givenZone)) late.push(zoneError(givenZone, ctx.file));
  let cadence = '';
  try {
    cadence = resolveCadence(a.channel.cadence, { file: ctx.file, field: 'channel.cadence' });
  } catch (error) {
    if (error instanceof ThroughlineError) late.push(error);
    else throw error;
  }
  if (late.length === 1) throw late[0]!;
  if (late.length > 1) throw combineFieldErrors(late);
  // The label's language is the brand's (wordsLanguage of name, strengths and audience: the label is
  // not written yet), not Chinese for one Chinese strength of a bilingual author.
  const lang = wordsLanguage(`${a.name ?? ''} ${a.strengths.join(' ')} ${a.audience ?? ''}`);
  const label = a.label ?? proposeLabels(a.strengths, a.impressions, lang)[0] ?? a.strengths.join(' + ');
  const pillarIds = new Set<string>();
  const pillars = a.pillars.map((p, i) => {
    const base = p.id ?? toId(p.name, `pillar-${i + 1}`);
    const id = pillarIds.has(base) ? `${base}-${i + 1}` : base;
    pillarIds.add(id);
    return { id, name: p.name, description: p.description, keywords: p.keywords, ...(p.form ? { form: true } : {}) };
  });
  const channel = {
    id: a.channel.id ?? a.channel.platform,
    // The brand's language by the portfolio's rule (name, label, audience), so a bilingual brand
    // with one Chinese word in its name is not given a Chinese channel name, and a Chinese one's
    // in its script too (部落格 for a brand in Traditional characters).
    name: a.channel.name ?? brandChannelName(a.channel.platform, { name: a.name, label, audience: a.audience }),
    platform: a.channel.platform,
    cadence,
    start: a.channel.start ?? addDays(localDateOf(ctx.now, timezone), 1),
    time: a.channel.time,
  };
  // A cadence that ends before the channel starts would leave it without a single slot.
  const none = noSlotProblem(channel.cadence, channel.start, channel.time, timezone);
  if (none) throw new ThroughlineError({ en: none, zh: translateMessage(none) ?? none }, { file: ctx.file, field: 'channel.cadence' });
  const brand = { name: a.name, label, audience: a.audience, strengths: a.strengths, impressions: a.impressions, timezone, pillars };
  return { version: 1, brand, channels: [channel], breaks: [] };
}
