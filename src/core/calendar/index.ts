/** Calendar export (.ics): see build-calendar.ts. */
export { buildCalendar, DEFAULT_STUDIO_URL, type CalendarInput } from './build-calendar.ts';
export { escapeText, foldLine } from './ics-writer.ts';
