/** buildCalendar's eventsCache: the site's calendars share each channel's events, with the same text as without. */
import { describe, expect, test } from 'vitest';
import { buildCalendar } from '../../src/core/calendar/index.ts';
import type { ChannelEvents } from '../../src/core/calendar/channel-events.ts';
import { loadProject } from '../../src/store/project.ts';

describe('calendars built with one events cache', () => {
  test('give the same text as calendars built alone, every channel and each one, and build each channel once', async () => {
    const { planner, posts } = await loadProject(new URL('../../', import.meta.url).pathname);
    const now = Date.parse('2026-12-01T02:00:00Z');
    const cache = new Map<string, ChannelEvents>();
    const base = { planner, posts, now, public: true };
    expect(buildCalendar({ ...base, eventsCache: cache })).toBe(buildCalendar(base));
    expect([...cache.keys()].sort()).toEqual(planner.channels.map((c) => c.id).sort());
    const kept = new Map(cache);
    for (const channel of planner.channels) {
      expect(buildCalendar({ ...base, channel: channel.id, eventsCache: cache })).toBe(buildCalendar({ ...base, channel: channel.id }));
      // The one-channel calendar took the events the calendar of every channel built.
      expect(cache.get(channel.id)).toBe(kept.get(channel.id));
    }
  });
});
