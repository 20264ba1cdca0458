/**
 * `plan [--weeks N] [--json]`: the upcoming slots of every channel, open or filled, after each
 * channel's overdue slot (started, no post yet, a post can still fill it), marked due today or
 * overdue.
 */
import { parseArgs } from 'node:util';
import { parseOptionsOf } from '../command-table.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { countOf, pick } from '../../core/i18n/text.ts';
import type { Lang } from '../../core/language.ts';
import { buildPlanWithOverdue, type PlanSlot } from '../../core/plan.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';
import type { CliContext } from '../context.ts';
import { loadProject } from '../../store/project.ts';
import { alignColumns } from '../text-width.ts';
import { slotTimeText } from '../../core/slot-time.ts';
import { createPostZoner } from '../../core/period-zones.ts';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: parseOptionsOf('plan'),
    strict: true,
    allowPositionals: false,
  });
  // Digits only: Number() would also take "0x10", "1e2" and " 3".
  const weeks = /^\d+$/.test(String(values.weeks)) ? Number(values.weeks) : Number.NaN;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520)
    throw new ThroughlineError(
      { en: `"${values.weeks}" is not a number of weeks`, zh: `"${values.weeks}" 不是有效的周数` },
      { field: '--weeks', hint: { en: 'a whole number from 1 to 520, e.g. --weeks 8', zh: '1 到 520 之间的整数，例如 --weeks 8' } },
    );
  const { planner, posts } = await loadProject(ctx.root);
  if (ctx.keep) (await import('../traditional.ts')).keepProjectWords(ctx.keep, planner, posts);
  // An overdue slot leads each channel's rotation, so it shows the pillar to write for now.
  const plan = buildPlanWithOverdue({ planner, posts, now: ctx.now, weeks });
  const overdue = plan.overdue;
  if (values.json) {
    // `slots` stays what the contract says (from now on); the started slots are an added field.
    // A slot a published post fills without being planned for it also names that post (an added field).
    // More posts planned for one slot: the others too (an added field; `post` is the first by id).
    const slots = plan.slots.map(({ channel, date, start, pillar, post, also, published }) => ({ channel, date, start, pillar, post, ...(also ? { also } : {}), ...(published ? { published } : {}) }));
    const late = overdue.map(({ channel, date, start, pillar, post, also, overdue: o }) => ({ channel, date, start, until: o!.until, dueToday: o!.dueToday, pillar, post, ...(also ? { also } : {}) }));
    // Published posts that fill no slot, at their own publishedAt (an added field: they are no slots).
    const unslotted = (plan.unslotted ?? []).map(({ channel, date, start, pillar, published, fills }) => ({ channel, date, start, pillar, post: null, published, ...(fills ? { fills } : {}) }));
    // Indented at a terminal, one line for a program, like check --json.
    ctx.stdout(`${JSON.stringify({ slots, overdue: late, unslotted }, null, ctx.isTTY ? 2 : undefined)}\n`);
    return 0;
  }
  const ahead = [...plan.slots, ...(plan.unslotted ?? [])].sort((a, b) => a.epoch - b.epoch || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
  ctx.stdout(formatPlanText([...overdue, ...ahead], planner, posts, weeks, ctx.lang));
  return 0;
}

/**
 * One aligned row per slot (local time with its UTC offset, plus the zone's name when it is not
 * the brand's, core/slot-time.ts; channel name, pillar name, the planned post (and the others
 * planned for the same slot, "; also …"), the published post
 * that fills it (PlanSlot.published, "(published)") or "open", and for
 * an overdue slot "due today" on its day, else the day before which a post still fills it), then
 * a count; columns are measured in terminal cells, so Chinese names line up. A published post
 * in no slot (PlanSlot.unslotted) is a row at its own time, "(published, in no slot)", counted
 * apart from the slots; one that fills a slot showing a planned post (PlanSlot.fills) says so,
 * "(published, fills the 2026-11-16 slot)", and is not counted as in no slot.
 */
export function formatPlanText(slots: PlanSlot[], planner: Planner, posts: Post[], weeks: number, lang: Lang): string {
  const zh = lang === 'zh';
  const channels = new Map(planner.channels.map((c) => [c.id, c.name]));
  // A slot of a period kept in another zone (history[].timezone) is named in that zone.
  const postZone = createPostZoner(planner);
  const zoneOf = (s: PlanSlot) => postZone(s.channel, s.date);
  const pillars = new Map(planner.brand.pillars.map((p) => [p.id, p.name]));
  const titles = new Map(posts.map((p) => [p.id, p.data.title]));
  const rows = slots.map((s) => [
    slotTimeText(s.start, zoneOf(s), planner.brand.timezone, lang),
    channels.get(s.channel) ?? s.channel,
    s.pillar ? (pillars.get(s.pillar) ?? s.pillar) : '-',
    `${s.unslotted ? `${titles.get(s.published!) ?? s.published} (${s.published})${unslottedMark(s, zh)}` : s.post ? `${[s.post, ...(s.also ?? [])].map((id) => `${titles.get(id) ?? id} (${id})`).join(zh ? '；另有 ' : '; also ')}` : s.published ? `${titles.get(s.published) ?? s.published} (${s.published})${zh ? '（已发布）' : ' (published)'}` : zh ? '（空）' : 'open'}${s.overdue ? pick(overdueMark(s.overdue), lang) : ''}`,
  ]);
  const ahead = slots.filter((s) => !s.overdue && !s.unslotted);
  const due = slots.filter((s) => s.overdue?.dueToday).length;
  const late = slots.filter((s) => s.overdue && !s.overdue.dueToday).length;
  const apart = slots.filter((s) => s.unslotted && !s.fills).length;
  const open = ahead.filter((s) => !s.post && !s.published).length;
  const total = pick(countOf(ahead.length, ['slot', 'slots'], '个排期'), lang);
  const owed = [
    due ? pick({ en: `${due} due today`, zh: `${due} 个今天该发` }, lang) : '',
    late ? pick({ en: `${late} overdue`, zh: `${late} 个已逾期` }, lang) : '',
  ].filter(Boolean);
  const summary =
    (zh ? `未来 ${weeks} 周共 ${total}，其中 ${open} 个空着` : `${total} in the next ${pick(countOf(weeks, ['week', 'weeks'], ''), 'en')}, ${open} open`) +
    (owed.length ? (zh ? `；另有 ${owed.join('、')}` : `; ${owed.join(', ')}`) : '') +
    (apart ? (zh ? `；${apart} 篇已发布的文章不在排期内` : `; ${pick(countOf(apart, ['published post', 'published posts'], ''), 'en')} in no slot`) : '');
  return `${alignColumns(rows).join('\n')}${rows.length ? '\n' : ''}${summary}\n`;
}

/** What follows a published post shown at its own time: in no slot, or the slot it fills for the streaks (PlanSlot.fills). */
function unslottedMark(s: PlanSlot, zh: boolean): string {
  if (s.fills) return zh ? `（已发布，算作 ${s.fills} 的排期）` : ` (published, fills the ${s.fills} slot)`;
  return zh ? '（已发布，不在排期内）' : ' (published, in no slot)';
}

/**
 * What follows an overdue slot's post or "open": due today while its day lasts (the row shows
 * its time), else late, and until when a post still fills it.
 */
function overdueMark({ until, dueToday }: { until: string | null; dueToday: boolean }) {
  if (dueToday) return { en: ' (due today, not posted yet)', zh: '（今天该发，还没发）' };
  return until
    ? { en: ` (overdue: a post published before ${until} still fills it)`, zh: `（已逾期：在 ${until} 之前发布一篇文章仍可补上）` }
    : { en: ' (overdue)', zh: '（已逾期）' };
}
