/** `--channel ID` of `import` and `export`: the channel, or an error naming the option and the ids there are. */
import { ThroughlineError } from '../core/errors.ts';
import { idByName } from '../core/reference-errors.ts';
import type { Channel, Planner } from '../core/schema/planner.ts';
import { PLANNER_FILE } from '../store/planner-store.ts';

/** The channel with id `id`; a ThroughlineError (file planner.json, field `--channel`) listing the ids when there is none. */
export function findChannelOption(planner: Planner, id: string): Channel {
  const channel = planner.channels.find((c) => c.id === id);
  if (channel) return channel;
  const ids = planner.channels.map((c) => c.id).join(', ');
  const named = idByName(planner.channels, id);
  throw new ThroughlineError(
    { en: `there is no channel "${id}"`, zh: `没有渠道 "${id}"` },
    {
      file: PLANNER_FILE,
      field: '--channel',
      hint: named
        ? { en: `"${id}" is the name of the channel "${named}": use --channel ${named}`, zh: `"${id}" 是渠道 "${named}" 的名称：请用 --channel ${named}` }
        : ids
        ? { en: `use one of: ${ids}`, zh: `请使用以下之一：${ids}` }
        : { en: 'add a channel to content/planner.json first (or run init)', zh: '请先在 content/planner.json 中添加一个渠道（或运行 init）' },
    },
  );
}
