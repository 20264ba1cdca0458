/**
 * A post whose frontmatter gives one date twice, under Throughline's key and another generator's
 * (`publishedAt: 2024-05-01` and Hexo's `date: 2024-06-01`, `updatedAt` and `lastmod`), with
 * different values: the reader takes the first key of schema/post-aliases.ts dateKeysOf, so a
 * hand edit of the other does nothing. Each such pair is a warning naming both keys and values.
 * Equal values, the same instant read in the channel's zone (shared/interfaces.md §2), are fine, and
 * so are Hugo's `publishDate` and `date`, which a Hugo post gives both on purpose: the day it goes
 * public and the day it shows (gohugo.io/configuration/front-matter/#dates).
 */
import { dateToText } from './calendar-date.ts';
import type { Lang } from './language.ts';
import { publishedEpoch } from './published-at.ts';
import { createPostZoner } from './period-zones.ts';
import type { Planner } from './schema/planner.ts';
import { DATE_FIELDS, dateKeysOf, dateValueOf, type DateField } from './schema/post-aliases.ts';
import type { Post } from './schema/post.ts';
import { keyConflictText, type KeyConflictFlag } from './alias-conflicts.ts';

export type DateConflictFlag = KeyConflictFlag<'date-conflict', DateField>;

/** A frontmatter date as written, as text (calendar-date.ts dateToText). */
const dateText = (value: unknown): string => String(dateToText(value));

/** The instant of a date text in `zone`, NaN when it is not a date. */
function epochOf(text: string, zone: string): number {
  try {
    return publishedEpoch(text, zone);
  } catch {
    return Number.NaN;
  }
}

/** One warning per date key of a post whose value differs from the one that is read. */
export function flagDateConflicts(planner: Planner, posts: readonly Post[], lang: Lang): DateConflictFlag[] {
  const postZone = createPostZoner(planner);
  return posts.flatMap((post) => {
    const data = post.data as Record<string, unknown>;
    return DATE_FIELDS.flatMap((field) => {
      if (data[field] === undefined) return [];
      const used = dateText(data[field]);
      // Both values are read in the zone of the period the one read falls in.
      const zone = postZone(post.data.channel, used);
      const aliases = dateKeysOf(field, data).slice(1).filter((k) => dateValueOf(data, k) !== undefined);
      // An alias that gives the value read may be the key the file writes it by (a Hexo post with only `date:`).
      const usedKey = aliases.length > 0 && dateText(dateValueOf(data, aliases[0]!)) === used ? aliases[0]! : field;
      const at = epochOf(used, zone);
      return aliases
        .filter((k) => k !== usedKey && !(usedKey === 'publishDate' && k === 'date') && epochOf(dateText(dateValueOf(data, k)), zone) !== at)
        .map((k) => dateConflict(post, field, { key: usedKey, value: usedKey === field ? used : dateText(data[usedKey]) }, { key: k, value: dateText(data[k]) }, lang));
    });
  });
}

function dateConflict(post: Post, field: DateField, used: DateConflictFlag['used'], ignored: DateConflictFlag['ignored'], lang: Lang): DateConflictFlag {
  return {
    kind: 'date-conflict',
    severity: 'warning',
    post: post.id,
    file: post.file,
    field,
    used,
    ignored,
    ...keyConflictText(used, ignored, { en: 'the date', zh: '日期' }, lang),
  };
}
