/** `plan [--weeks N] [--json]`: the upcoming slots of every channel, open or filled. */
import { parseArgs } from 'node:util';
import { ThroughlineError } from '../../core/errors.ts';
import { buildPlan } from '../../core/plan.ts';
import type { CliContext } from '../context.ts';
import { loadProject } from '../../store/project.ts';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean', default: false }, weeks: { type: 'string', default: '8' } },
    strict: true,
    allowPositionals: false,
  });
  const weeks = Number(values.weeks);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 520)
    throw new ThroughlineError(`"${values.weeks}" is not a number of weeks`, { field: '--weeks', hint: 'a whole number from 1 to 520, e.g. --weeks 8' });
  const { planner, posts } = await loadProject(ctx.root);
  const plan = buildPlan({ planner, posts, now: ctx.now, weeks });
  if (values.json) {
    ctx.stdout(`${JSON.stringify({ slots: plan.slots.map(({ channel, date, start, pillar, post }) => ({ channel, date, start, pillar, post })) }, null, 2)}\n`);
    return 0;
  }
  const names = new Map(planner.channels.map((c) => [c.id, c.name]));
  const titles = new Map(posts.map((p) => [p.id, p.data.title]));
  const rows = plan.slots.map((s) =>
    [s.start.slice(0, 16).replace('T', ' '), (names.get(s.channel) ?? s.channel).padEnd(12), (s.pillar ?? '-').padEnd(12), s.post ? `${titles.get(s.post)} (${s.post})` : 'open'].join('  '),
  );
  ctx.stdout(`${rows.join('\n')}${rows.length ? '\n' : ''}${plan.slots.length} slots in the next ${weeks} weeks, ${plan.slots.filter((s) => !s.post).length} open\n`);
  return 0;
}
