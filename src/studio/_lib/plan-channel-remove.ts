/** Removing a channel from the channels page: refused while posts name it; its breaks follow it. */
import type { Planner } from '../../core/schema/planner.ts';

/** Why the channel cannot be removed (posts still name it), or null. */
export function checkRemoveChannel(id: string, postChannels: string[]): string | null {
  const count = postChannels.filter((c) => c === id).length;
  if (count === 0) return null;
  const posts = count === 1 ? '1 post still names' : `${count} posts still name`;
  return `${posts} channel "${id}"; move or delete ${count === 1 ? 'it' : 'them'} first (content/posts)`;
}

/** The planner without the channel; breaks that named only it go too. */
export function removeChannel(planner: Planner, id: string): Planner {
  const breaks = planner.breaks.flatMap((b) => {
    if (!b.channels?.includes(id)) return [b];
    const channels = b.channels.filter((c) => c !== id);
    return channels.length ? [{ ...b, channels }] : [];
  });
  return { ...planner, channels: planner.channels.filter((c) => c.id !== id), breaks };
}
