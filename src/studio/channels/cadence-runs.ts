/**
 * What the channels page shows of a channel's cadences. `import --backfill` keeps the current
 * cadence's `start` and adds an earlier period with the same cadence (core/backfill.ts, so that no
 * slot since moves), which the page listed under "Earlier cadences" as if the author had once
 * written another: the same cadence, time and zone right before the current one is one run here.
 */
import type { CadencePeriod, Channel } from '../../core/schema/planner.ts';

/** A cadence as written, for comparing: without an `RRULE:` prefix, upper case, no spaces. */
const ruleKey = (rule: string) => rule.replace(/^RRULE:/i, '').replace(/\s+/g, '').toUpperCase();

/**
 * `since`: the local date (YYYY-MM-DD) from which the channel's current cadence, time and zone
 * have held (its `start`, or that of the earlier periods just before it that are the same);
 * `earlier`: the other earlier periods, oldest first. `brandZone` is the zone of a channel or
 * period that names none.
 */
export function cadenceRuns(channel: Pick<Channel, 'cadence' | 'start' | 'time' | 'timezone' | 'history'>, brandZone: string): { since: string; earlier: CadencePeriod[] } {
  const zone = channel.timezone ?? brandZone;
  const earlier = [...(channel.history ?? [])];
  let since = channel.start;
  while (earlier.length > 0) {
    const last = earlier.at(-1)!;
    if (ruleKey(last.cadence) !== ruleKey(channel.cadence) || last.time !== channel.time || (last.timezone ?? zone) !== zone) break;
    since = last.start;
    earlier.pop();
  }
  return { since, earlier };
}
