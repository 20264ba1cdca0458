/** The drafts list's query-string filters (?channel=&pillar=&status=&flag=), applied to check report posts. */
import type { CheckReport } from '../../core/check.ts';
import { appendTo } from '../../core/map-lists.ts';

export interface DraftFilter {
  channel: string;
  pillar: string;
  status: string;
  /** A flag kind, "any" (some flag) or "none" (no flag); empty = no filter. */
  flag: string;
}

export function readDraftFilter(params: URLSearchParams): DraftFilter {
  const get = (key: string) => params.get(key)?.trim() ?? '';
  return { channel: get('channel'), pillar: get('pillar'), status: get('status'), flag: get('flag') };
}

export interface DraftRow {
  post: CheckReport['posts'][number];
  flags: { kind: string; message: string }[];
}

/** Each post's flags in the report, by post id (none: absent); the drafts list and the plan's unplanned cards show them. */
export function flagsByPost(report: CheckReport): Map<string, DraftRow['flags']> {
  const byPost = new Map<string, DraftRow['flags']>();
  for (const f of report.flags) if ('post' in f && typeof f.post === 'string') appendTo(byPost, f.post, f);
  return byPost;
}

export function filterDrafts(report: CheckReport, filter: DraftFilter): DraftRow[] {
  const flagsOf = flagsByPost(report);
  return report.posts
    .map((post) => ({ post, flags: flagsOf.get(post.id) ?? [] }))
    .filter(({ post, flags }) => {
      if (filter.channel && post.channel !== filter.channel) return false;
      if (filter.pillar && post.pillar !== filter.pillar) return false;
      if (filter.status && post.status !== filter.status) return false;
      if (filter.flag === 'any') return flags.length > 0;
      if (filter.flag === 'none') return flags.length === 0;
      return !filter.flag || flags.some((f) => f.kind === filter.flag);
    });
}
