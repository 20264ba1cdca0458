/** How a calendar client (ical.js) reads an exported .ics: series with their overrides, and occurrences. */
import ICAL from 'ical.js';

export function parse(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

/** The series of one UID prefix, as a calendar app sees it: the master with its overrides related. */
export function seriesOf(root: ICAL.Component, uidPrefix: string): ICAL.Event[] {
  const vevents = root.getAllSubcomponents('vevent').filter((v) => String(v.getFirstPropertyValue('uid')).startsWith(uidPrefix));
  const masters = vevents.filter((v) => !v.hasProperty('recurrence-id')).map((v) => new ICAL.Event(v));
  for (const ex of vevents.filter((v) => v.hasProperty('recurrence-id'))) {
    masters.find((m) => m.uid === ex.getFirstPropertyValue('uid'))!.relateException(ex);
  }
  return masters;
}

/** Every occurrence instant in [from, to) with its summary, overrides and EXDATEs applied by ical.js (the series' UIDs start with the channel id, percent-encoded). */
export function occurrences(text: string, channelId: string, from: number, to: number): { epoch: number; summary: string; description: string }[] {
  const found: { epoch: number; summary: string; description: string }[] = [];
  for (const event of seriesOf(parse(text), `${encodeURIComponent(channelId)}-`)) {
    const it = event.iterator();
    for (let next = it.next(); next && next.toUnixTime() * 1000 < to; next = it.next()) {
      const details = event.getOccurrenceDetails(next);
      const epoch = details.startDate.toUnixTime() * 1000;
      if (epoch >= from) found.push({ epoch, summary: details.item.summary, description: details.item.description });
    }
  }
  return found.sort((a, b) => a.epoch - b.epoch);
}
