/**
 * The site's public calendars (/calendar.ics and /calendar/<channel>.ics) of one reading of the
 * site: built with the site's `now`, so every calendar has one DTSTAMP, and each channel's events
 * built once for all of them (buildCalendar's eventsCache). They are `export ics --public` at
 * that moment: built from every post of the project, drafts included, as the CLI reads them (a
 * planned draft's slot reads `Blog: publishing slot (Recipes)`; buildCalendar keeps every word of
 * a post not on the portfolio out), not from the site's published posts only, which left those
 * slots plain. A site whose words are Traditional (SiteData.tag) has its calendars' own words
 * in Traditional too (发布排期 as 發佈排期); a post's, channel's or pillar's words stay as written.
 */
import { pageIdOf } from '../../core/copies.ts';
import { buildCalendar } from '../../core/calendar/index.ts';
import type { ChannelEvents } from '../../core/calendar/channel-events.ts';
import type { Post } from '../../core/schema/post.ts';
import { traditionalWords } from './site-words.ts';
import { absoluteUrl, postPath } from './urls.ts';
import type { SiteData } from './site-data.ts';

const KEPT = new WeakMap<SiteData, Map<string, ChannelEvents>>();

/**
 * The public calendar of `site`, of one channel or (without `channel`) of every channel, as .ics
 * text; with `siteUrl` (Astro's site, from SITE_URL), a published post's entry links its page.
 * The project's posts are the site's `project` (the build check's, else the post files that
 * parse), read once per reading of the site, for its pages and calendars alike.
 */
export async function publicCalendar(site: SiteData, siteUrl: URL | undefined, channel?: string): Promise<string> {
  let events = KEPT.get(site);
  if (!events) KEPT.set(site, (events = new Map()));
  // A published post's entry links its page, under SITE_URL's path (https://you.github.io/blog/posts/…);
  // a copy (copyOf), with no page of its own, its original's, once that is on the site.
  const shown = new Set(site.posts.map((p) => p.post.id));
  const postUrl = (post: Post) => {
    const id = pageIdOf(post, (original) => shown.has(original));
    return id === undefined ? undefined : absoluteUrl(postPath(id), siteUrl);
  };
  return buildCalendar({ planner: site.planner, posts: site.project, now: site.now, public: true, channel, eventsCache: events, postUrl, traditional: traditionalWords(site.tag) });
}
