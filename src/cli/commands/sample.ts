/**
 * `sample [--to-today] [--dry-run] [--json]`: how many whole weeks the bundled sample brand's
 * dates lag today, and with --to-today every date of it moved forward by those weeks (the
 * studio's "Bring the sample up to today"; store/sample-dates.ts). A planner of one's own is
 * refused (exit 2), naming content/planner.json and its `sample` field.
 */
import { parseArgs } from 'node:util';
import { parseOptionsOf } from '../command-table.ts';
import { pick } from '../../core/i18n/text.ts';
import type { CliContext } from '../context.ts';
import { shownIn } from '../context.ts';
import { bringSampleToToday, notSampleError, readSampleLag, type SampleLag } from '../../store/sample-dates.ts';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args, options: parseOptionsOf('sample'), strict: true, allowPositionals: false });
  const apply = values['to-today'];
  const result: (SampleLag & { files?: string[] }) | null = apply ? await bringSampleToToday(ctx.root, ctx.now, { dryRun: values['dry-run'] }) : await readSampleLag(ctx.root, ctx.now);
  if (!result) throw notSampleError();
  const files = result.files ?? [];
  const moved = apply && !values['dry-run'] && result.weeks > 0;
  if (values.json) {
    const out = { today: result.today, seenOn: result.seenOn, weeks: result.weeks, days: result.weeks * 7, moved, files };
    ctx.stdout(`${JSON.stringify(out, null, ctx.isTTY ? 2 : undefined)}\n`);
    return 0;
  }
  const { weeks, today } = result;
  const text =
    weeks === 0
      ? { en: `The sample's dates are up to date (today is ${today}): nothing to move.`, zh: `示例的日期已是最新（今天是 ${today}）：无需移动。` }
      : !apply
        ? { en: `The sample's dates lag today (${today}) by ${weeks} week${weeks === 1 ? '' : 's'}. Run "throughline sample --to-today" to move them forward.`, zh: `示例的日期比今天（${today}）落后 ${weeks} 周。运行 "throughline sample --to-today" 把它们向后移动。` }
        : moved
          ? { en: `Moved every date of the sample ${weeks} week${weeks === 1 ? '' : 's'} forward (today is ${today}):`, zh: `已把示例的所有日期向后移动 ${weeks} 周（今天是 ${today}）：` }
          : { en: `Would move every date of the sample ${weeks} week${weeks === 1 ? '' : 's'} forward (today is ${today}); nothing was written:`, zh: `将把示例的所有日期向后移动 ${weeks} 周（今天是 ${today}）；没有写入任何文件：` };
  ctx.stdout([pick(text, ctx.lang), ...files.map((f) => `  ${shownIn(ctx, f)}`)].join('\n') + '\n');
  return 0;
}
