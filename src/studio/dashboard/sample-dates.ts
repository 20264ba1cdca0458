/**
 * "Bring the sample up to today" in the sample's banner on the dashboard: the POST moves every
 * date of the sample forward by the whole weeks it lags today (store/sample-dates.ts) and returns
 * to the dashboard with `?sample=moved&weeks=N`, which the flash line then reads.
 */
import { ThroughlineError } from '../../core/errors.ts';
import type { Lang } from '../../core/language.ts';
import { bringSampleToToday } from '../../store/sample-dates.ts';
import { fill } from '../shared/i18n.ts';
import { seeOther } from '../shared/urls.ts';

/** The 303 to the dashboard once the sample is moved (or was already up to date), else the error's message in `lang`. */
export async function moveSampleToToday(root: string, now: number, lang: Lang): Promise<Response | string> {
  try {
    const { weeks } = await bringSampleToToday(root, now);
    return seeOther(`/studio?sample=moved&weeks=${weeks}`);
  } catch (error) {
    if (error instanceof ThroughlineError) return error.format(lang);
    throw error;
  }
}

/** The flash line for the dashboard's query after the move; undefined for any other query. `t`: a translator with MANAGE_TEXT. */
export function sampleMovedMessage(params: URLSearchParams, t: (key: string) => string): string | undefined {
  if (params.get('sample') !== 'moved') return undefined;
  const weeks = Number(params.get('weeks'));
  if (!Number.isInteger(weeks) || weeks < 1) return t('sampleDates.upToDate');
  return fill(t(weeks === 1 ? 'sampleDates.movedOne' : 'sampleDates.moved'), { weeks });
}
