/** The publish page's length-limit label and source in the studio's language (platform-limits.ts holds both). */
import { pick } from '../../core/i18n/text.ts';
import type { Lang } from '../shared/i18n.ts';
import type { LengthLimit } from './platform-limits.ts';

/** The limit's label and source in `lang`. */
export function describeLimit(limit: LengthLimit, lang: Lang): { label: string; source: string } {
  return { label: pick(limit.label, lang), source: pick(limit.source, lang) };
}
