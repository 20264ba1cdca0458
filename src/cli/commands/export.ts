/** `export ics [--channel ID] [--out FILE] [--public] [--studio-url URL]`: the plan as an RFC 5545 calendar. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseOptionsOf, synopsisOf } from '../command-table.ts';
import { buildCalendar } from '../../core/calendar/index.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { readHttpAddress } from '../../core/site-address.ts';
import type { CliContext } from '../context.ts';
import { loadProject } from '../../store/project.ts';
import { writeTextFile } from '../../store/safe-write.ts';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: parseOptionsOf('export'),
    strict: true,
    allowPositionals: true,
  });
  // A channel id is stored in NFC (src/core/ids.ts); a terminal may send another form.
  const channel = values.channel?.normalize('NFC');
  if (positionals[0] !== 'ics' || positionals.length !== 1)
    throw new ThroughlineError({ en: 'export needs a format', zh: 'export 需要指定格式' }, { field: 'export', hint: `npm run throughline -- ${synopsisOf('export')}` });
  const { planner, posts } = await loadProject(ctx.root);
  if (channel && !planner.channels.some((c) => c.id === channel))
    throw new ThroughlineError(
      { en: `unknown channel "${channel}"`, zh: `未知的渠道 "${channel}"` },
      { field: '--channel', hint: { en: `use one of: ${planner.channels.map((c) => c.id).join(', ')}`, zh: `请使用以下之一：${planner.channels.map((c) => c.id).join(', ')}` } },
    );
  const studioUrl =
    values['studio-url'] === undefined
      ? undefined
      : readHttpAddress(values['studio-url'], '--studio-url', { en: 'e.g. --studio-url http://localhost:4622/studio', zh: '例如 --studio-url http://localhost:4622/studio' }).href;
  const ics = buildCalendar({ planner, posts, now: ctx.now, channel, public: values.public, studioUrl });
  if (!values.out) {
    ctx.stdout(ics);
    return 0;
  }
  const out = resolve(process.cwd(), values.out);
  // Same rules as every other write: through a link, mode kept, disk full named, no temp left.
  await writeTextFile(out, ics, values.out);
  ctx.stderr(ctx.lang === 'zh' ? `已写入 ${out}\n` : `wrote ${out}\n`);
  return 0;
}

