/**
 * The dashboard's data: per-channel streak cards with heatmaps, and every flag with the studio
 * page where it is fixed. Pure: planner, posts and "now" in, plain values out.
 */
import { computePillarBalance, type PillarBalance } from '../../core/balance.ts';
import { buildCheckReport } from '../../core/check.ts';
import { mergeDays, renderHeatmapSvg } from '../../core/heatmap.ts';
import { buildPlanWithOverdue } from '../../core/plan.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import { cadenceEnded, channelZone } from '../../core/slots.ts';
import { createPostZoner } from '../../core/period-zones.ts';
import type { ChannelStats } from '../../core/streaks.ts';
import { addDays, localDateOf } from '../../core/zoned-time.ts';
import { fill } from '../shared/i18n.ts';
import type { StudioLocale } from '../shared/locale.ts';
import { uiText } from '../shared/traditional.ts';
import { slotHref } from '../plan/month.ts';
import { draftHref } from '../shared/urls.ts';
import { describeOffSlot } from '../../core/plan-flags.ts';
import { translateMessage } from '../shared/error-strings.ts';
import { describeBrandFlag } from './brand-flag-text.ts';

export const HEATMAP_DAYS = 182;

export interface DashboardFlag {
  kind: 'off-theme' | 'pillar-mismatch' | 'gap' | 'streak-at-risk' | 'open-slot' | 'pillar-drift' | 'off-slot' | 'unplanned-scheduled' | 'slot-over' | 'waiting' | 'too-large' | 'empty-post' | 'template-tag' | 'spaced-address' | 'missing-image' | 'unknown-accepted' | 'unresolved-import' | 'mdx-compile' | 'date-conflict' | 'update-not-shown' | 'unread-tags' | 'alias-conflict' | 'keyword-not-counted' | 'no-subject-pillar' | 'draft-address' | 'post-id' | 'alias-case' | 'lang-mismatch' | 'unknown-key';
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Where it is fixed: the draft editor (for a post-id flag, its rename form: drafts/refused-id.ts), the plan page at the slot, or the plan page's balance. */
  href?: string;
  /** For an off-slot post, or one whose slot is over: the one-click move to the nearest slot day, or the next open slot. */
  move?: { post: string; date: string };
  /** For a slot's flag (gap, streak at risk, open slot): its channel id and local date. */
  slot?: { channel: string; date: string };
  /** For a post's flag: the post's id. */
  post?: string;
  /** The post titles `message` quotes (marked with their language on the page, shared/message-runs.ts). */
  titles?: string[];
  /** The fix `check` prints under the flag, in the report's language, when it has one (a rename's new id, the field to set). */
  hint?: string;
}

export interface ChannelCard {
  id: string;
  name: string;
  platform: string;
  zone: string;
  /** The brand's zone, the one the user plans in: slot times of a channel in another zone name theirs. */
  brandZone: string;
  /**
   * The zone of the period a slot's local date falls in: `zone`, or a `history` period's own
   * (history[].timezone), whose name a slot of that period carries, as the plan names it.
   */
  slotZone: (date: string) => string;
  stats: ChannelStats;
  /** Its cadence has no slot after now (UNTIL or COUNT reached: core/slots.ts cadenceEnded). */
  ended: boolean;
  /** The latest gaps first, at most GAPS_LISTED (listGaps). */
  recentGaps: string[];
  /** The gaps before those, latest first: the card says how many, linking to the latest of them. */
  earlierGaps: string[];
  heatmap: string;
}

export interface Dashboard {
  today: string;
  cards: ChannelCard[];
  allHeatmap: string;
  balance: PillarBalance[];
  flags: DashboardFlag[];
}

/**
 * Templates for the flag lines this page writes ({channel}, {date}, {pillar}, {share}, {target});
 * `gap` and `streak-at-risk` replace the check report's English wording when given.
 */
export interface FlagWords {
  'open-slot': string;
  'pillar-drift': string;
  gap?: string;
  'streak-at-risk'?: string;
  /** One line for a channel's many gaps: {channel}, {count}, {first}, {last}. */
  gaps?: string;
  /** One line for a channel's many open slots in the next 7 days: {channel}, {count}, {first}, {last}. */
  'open-slots'?: string;
  /** One line for many posts' flags of one kind, linking to the drafts list filtered by it: {count}. */
  posts?: string;
}

/** More flags of one kind for one channel than this are shown as one line (a new channel with a past start has dozens). */
export const GROUP_OVER = 3;

/** How many gaps a channel's card lists by date; it says how many earlier ones there are. */
export const GAPS_LISTED = 5;

/**
 * A card's gaps: `missed` (ChannelStats.missed, local dates in time order) split into the latest
 * GAPS_LISTED, latest first, and the earlier ones, latest first. Together they are every gap the
 * card's "Gaps (N)" counts: the card listed 5 dates under "Gaps (6)" and said nothing of the sixth.
 */
export function listGaps(missed: readonly string[]): { recentGaps: string[]; earlierGaps: string[] } {
  const latestFirst = [...missed].reverse();
  return { recentGaps: latestFirst.slice(0, GAPS_LISTED), earlierGaps: latestFirst.slice(GAPS_LISTED) };
}

export function buildDashboard(input: {
  planner: Planner;
  posts: Post[];
  now: number;
  lang: 'en' | 'zh';
  /** `zh-Hant`: the flags' and heatmaps' words in Traditional characters (traditional.ts uiText; loaded before), the user's names as written. */
  locale?: StudioLocale;
  allLabel: string;
  words: FlagWords;
  /** What `check` reads from disk beside the posts (store/file-flags.ts fileFlagInputs), so the dashboard lists the same flags. */
  files?: Pick<Parameters<typeof buildCheckReport>[0], 'missingSiteImages' | 'unpublishedImports'>;
  /** The theme caches of the check report (studio-data.ts withThemeCache); the same dashboard without them. */
  theme?: Pick<Parameters<typeof buildCheckReport>[0], 'termsOf' | 'themeCache'>;
}): Dashboard {
  const { planner, posts, now, lang, words } = input;
  const names = new Map(planner.channels.map((c) => [c.id, c.name]));
  const titles = new Map(posts.map((p) => [p.id, p.data.title]));
  const own = [...names.values(), ...titles.values(), ...planner.brand.pillars.map((p) => p.name)];
  // Core's Simplified words, in the studio's script; `words` (from t) are in it already.
  const say = (text: string) => uiText(input.locale ?? lang, text, own);
  const script = input.locale === 'zh-Hant' ? (text: string) => uiText('zh-Hant', text) : undefined;
  const today = localDateOf(now, planner.brand.timezone);
  const from = addDays(today, -(HEATMAP_DAYS - 1));
  const report = buildCheckReport({ planner, posts, now, lang, readableTimes: true, inStudio: true, ...input.files, ...input.theme });
  const periodZone = createPostZoner(planner);
  const cards = planner.channels.map((channel, i): ChannelCard => {
    const stats = report.channels[i]!;
    const zone = channelZone(channel, planner.brand);
    return {
      id: channel.id,
      name: channel.name,
      platform: channel.platform,
      zone,
      brandZone: planner.brand.timezone,
      slotZone: (date) => periodZone(channel.id, date),
      stats,
      ended: stats.nextSlot === null && cadenceEnded(channel, zone, now),
      ...listGaps(stats.missed),
      heatmap: renderHeatmapSvg(stats.days, { from, to: localDateOf(now, zone), label: channel.name, lang, script }),
    };
  });
  const allHeatmap = renderHeatmapSvg(mergeDays(cards.map((c) => c.stats.days)), { from, to: today, label: input.allLabel, lang, script });
  const balance = computePillarBalance({ planner, posts, now, days: 90 });
  const quoted = (post: string, ...more: (string | undefined)[]) => [titles.get(post), ...more].filter((t): t is string => Boolean(t));
  const fromReport = (f: (typeof report.flags)[number]): DashboardFlag => {
    if (f.kind === 'off-slot') {
      const message = say(describeOffSlot({ ...f, title: titles.get(f.post) ?? f.post, channelName: names.get(f.channel) ?? f.channel }, lang).message);
      return { kind: f.kind, severity: f.severity, message, titles: quoted(f.post, f.held?.title), href: draftHref(f.post), ...(f.target ? { move: { post: f.post, date: f.target } } : {}) };
    }
    // Its message names the post already (core/slot-over.ts).
    if (f.kind === 'slot-over') return { kind: f.kind, severity: f.severity, message: say(f.message), titles: quoted(f.post), href: draftHref(f.post), ...(f.target ? { move: { post: f.post, date: f.target } } : {}) };
    // An entry of planner.json's theme.acceptedOnTheme that names no post, or a pillar keyword
    // that counts for nothing: fixed in that file, which the brand page writes.
    if (f.kind === 'unknown-accepted' || f.kind === 'keyword-not-counted' || f.kind === 'no-subject-pillar') return { kind: f.kind, severity: f.severity, message: say(describeBrandFlag(f, planner, lang)), href: '/studio/brand' };
    // A key of planner.json Throughline does not read: no page of the studio edits it, so the
    // line names the file and the key's path, as `check` does.
    if (f.kind === 'unknown-key') return { kind: f.kind, severity: f.severity, message: `${f.file}${lang === 'zh' ? '：' : ': '}${say(f.message)}` };
    // The check prints the file above a post's flag; here the line stands alone, so it names the post.
    if ('post' in f) {
      const message = `${titles.get(f.post) ?? f.post}${lang === 'zh' ? '：' : ': '}${say(translateMessage(f.message, lang))}`;
      return { kind: f.kind, severity: f.severity, message, titles: quoted(f.post), href: draftHref(f.post), post: f.post };
    }
    const slot = f as { kind: 'gap' | 'streak-at-risk'; severity: 'warning' | 'info'; channel: string; date: string; message: string };
    const template = words[slot.kind];
    const message = template ? fill(template, { channel: names.get(slot.channel) ?? slot.channel, date: slot.date }) : say(slot.message);
    return { kind: slot.kind, severity: slot.severity, message, href: slotHref(slot.channel, slot.date), slot: { channel: slot.channel, date: slot.date } };
  };
  const flags: DashboardFlag[] = [
    // Each with its hint, as the editor's Flags list shows it (shared/components/FlagHint.astro).
    ...report.flags.map((f): DashboardFlag => ({ ...fromReport(f), ...('hint' in f && f.hint ? { hint: say(f.hint) } : {}) })),
    // A slot already flagged at risk is not listed again as open this week (one line per slot).
    ...openSlotsThisWeek(planner, posts, now, words['open-slot']).filter((open) =>
      !report.flags.some((f) => f.kind === 'streak-at-risk' && 'channel' in f && f.channel === open.slot!.channel && (f as { date?: string }).date === open.slot!.date)),
    ...balance.filter((b) => b.drifting).map((b): DashboardFlag => ({
      kind: 'pillar-drift',
      severity: 'info',
      message: fill(words['pillar-drift'], { pillar: b.name, share: percent(b.publishedShare), target: percent(b.target) }),
      href: '/studio/plan#balance',
    })),
  ];
  const grouped = groupByKind(groupByChannel(groupByChannel(flags, 'gap', words.gaps, names), 'open-slot', words['open-slots'], names), words.posts);
  return { today, cards, allHeatmap, balance, flags: grouped };
}

/**
 * Posts' flags of one kind, when more than GROUP_OVER posts have one, as one line from `template`
 * ({count}) at the place of the first, linking to the drafts list filtered by that kind
 * (/studio/drafts?flag=KIND), its severity the gravest of them: an imported blog's 33 pillar
 * mismatches buried the rest. Flags with their own action (an off-slot post's move) stay a
 * line each; without a template, the flags as they are.
 */
export function groupByKind(flags: DashboardFlag[], template: string | undefined): DashboardFlag[] {
  if (!template) return flags;
  // Each kind's flags and how many posts they name, counted once per kind.
  const byKind = new Map<string, { flags: DashboardFlag[]; posts: Set<string> }>();
  const grouping = (f: DashboardFlag) => f.post !== undefined && f.move === undefined;
  for (const f of flags) {
    if (!grouping(f)) continue;
    let group = byKind.get(f.kind);
    if (!group) byKind.set(f.kind, (group = { flags: [], posts: new Set() }));
    group.flags.push(f);
    group.posts.add(f.post!);
  }
  const rank = { error: 2, warning: 1, info: 0 } as const;
  const out: DashboardFlag[] = [];
  for (const f of flags) {
    const group = grouping(f) ? byKind.get(f.kind)! : undefined;
    if (!group || group.posts.size <= GROUP_OVER) out.push(f);
    else if (group.flags[0] === f)
      out.push({
        kind: f.kind,
        severity: group.flags.reduce((worst, g) => (rank[g.severity] > rank[worst] ? g.severity : worst), f.severity),
        message: fill(template, { count: String(group.posts.size) }),
        href: `/studio/drafts?flag=${encodeURIComponent(f.kind)}`,
      });
  }
  return out;
}

/**
 * The flags of `kind` of a channel that has more than GROUP_OVER of them, as one line from
 * `template` at the place of the first, linking to the latest (gaps) or the earliest (open
 * slots); without a template, the flags as they are.
 */
export function groupByChannel(flags: DashboardFlag[], kind: 'gap' | 'open-slot', template: string | undefined, names: Map<string, string>): DashboardFlag[] {
  if (!template) return flags;
  const byChannel = new Map<string, DashboardFlag[]>();
  for (const f of flags) {
    if (f.kind !== kind || !f.slot) continue;
    const group = byChannel.get(f.slot.channel);
    if (group) group.push(f);
    else byChannel.set(f.slot.channel, [f]);
  }
  const out: DashboardFlag[] = [];
  for (const f of flags) {
    const group = f.kind === kind && f.slot ? byChannel.get(f.slot.channel)! : undefined;
    if (!group || group.length <= GROUP_OVER) out.push(f);
    else if (group[0] === f) out.push(groupLine(group, kind, template, names));
  }
  return out;
}

function groupLine(group: DashboardFlag[], kind: 'gap' | 'open-slot', template: string, names: Map<string, string>): DashboardFlag {
  const dates = group.map((f) => f.slot!.date).sort();
  const channel = group[0]!.slot!.channel;
  const target = kind === 'gap' ? dates[dates.length - 1]! : dates[0]!;
  return {
    kind,
    severity: group[0]!.severity,
    message: fill(template, { channel: names.get(channel) ?? channel, count: String(group.length), first: dates[0]!, last: dates[dates.length - 1]! }),
    href: slotHref(channel, target),
    slot: { channel, date: target },
  };
}

function openSlotsThisWeek(planner: Planner, posts: Post[], now: number, template: string): DashboardFlag[] {
  const names = new Map(planner.channels.map((c) => [c.id, c.name]));
  const pillars = new Map(planner.brand.pillars.map((p) => [p.id, p.name]));
  return buildPlanWithOverdue({ planner, posts, now, weeks: 1 })
    .slots.filter((s) => s.post === null && !s.published)
    .map((s) => ({
      kind: 'open-slot',
      severity: 'info',
      message: fill(template, { channel: names.get(s.channel) ?? s.channel, date: s.date, pillar: (s.pillar && pillars.get(s.pillar)) ?? '-' }),
      href: slotHref(s.channel, s.date),
      slot: { channel: s.channel, date: s.date },
    }));
}

/**
 * The platform's name as a card's subtitle beside the channel's `name`, or null when it says the
 * same (a channel called 博客 on the blog platform read "博客 博客"): compared in NFC, without
 * case or extra spaces.
 */
export function platformSubtitle(name: string, platformName: string): string | null {
  const key = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key(name) === key(platformName) ? null : platformName;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
