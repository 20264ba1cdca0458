/** The archive's grouping: years, then months, then posts, each newest first. */
import type { SitePost } from './site-data.ts';

export interface ArchiveYear {
  year: string;
  months: { key: string; posts: SitePost[] }[];
}

/** Posts by local publication date (YYYY-MM of `date`), every level newest first whatever the input order. */
export function groupByMonth(posts: SitePost[]): ArchiveYear[] {
  // Dates are ASCII YYYY-MM-DD: compared as strings, without locale collation (a cost per comparison).
  const newerDate = (a: SitePost, b: SitePost) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1);
  const sorted = [...posts].sort((a, b) => newerDate(a, b) || b.epoch - a.epoch || a.entry.id.localeCompare(b.entry.id));
  const years: ArchiveYear[] = [];
  for (const post of sorted) {
    const year = post.date.slice(0, 4);
    const key = post.date.slice(0, 7);
    let y = years.at(-1);
    if (y?.year !== year) years.push((y = { year, months: [] }));
    let m = y.months.at(-1);
    if (m?.key !== key) y.months.push((m = { key, posts: [] }));
    m.posts.push(post);
  }
  return years;
}
