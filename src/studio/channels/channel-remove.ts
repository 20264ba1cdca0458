/**
 * Removing or renaming a channel from the channels page, with its posts reassigned in the same
 * step: removal names a target channel for the posts (refused, naming them, without one); a
 * rename carries the posts and the breaks that name the channel along.
 */
import { idProblem } from '../../core/id-mistakes.ts';
import { isValidId, MAX_ID_LENGTH } from '../../core/ids.ts';
import type { Planner } from '../../core/schema/planner.ts';
import type { Post } from '../../core/schema/post.ts';


/** Why the channel cannot be removed with this target (posts with nowhere to go, or a bad target), or null. */
export function checkRemoveChannel(id: string, posts: Post[], target: string, channelIds: string[]): string | null {
  const users = posts.filter((p) => p.data.channel === id).map((p) => p.file);
  if (users.length === 0) return null;
  if (!target)
    return `channel "${id}" is still used by ${users.length} ${users.length === 1 ? 'post' : 'posts'}: ${users.join(', ')}; choose where they go`;
  if (target === id || !channelIds.includes(target)) return `unknown channel "${target}"; expected one of ${channelIds.filter((c) => c !== id).join(', ')}`;
  return null;
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

/** Why `to` cannot be the channel's new id, or null. */
export function checkRenameChannel(planner: Planner, from: string, to: string): string | null {
  if (!planner.channels.some((c) => c.id === from)) return `there is no channel "${from}" any more; reload the page`;
  // What is wrong in the id as typed, with the id built from it (core/id-mistakes.ts).
  if (!isValidId(to)) return (to && idProblem('a channel id', to)) || (to.length > MAX_ID_LENGTH ? `a channel id must be at most ${MAX_ID_LENGTH} characters` : 'give the channel an id of letters or digits of any script, "-" or "_", e.g. "blog" or "小红书"');
  if (to !== from && planner.channels.some((c) => c.id === to)) return `a channel "${to}" exists already; choose another id`;
  return null;
}

/** The planner with the channel's id changed, in its own entry and in the breaks that name it. */
export function renameChannel(planner: Planner, from: string, to: string): Planner {
  return {
    ...planner,
    channels: planner.channels.map((c) => (c.id === from ? { ...c, id: to } : c)),
    breaks: planner.breaks.map((b) => (b.channels?.includes(from) ? { ...b, channels: b.channels.map((c) => (c === from ? to : c)) } : b)),
  };
}
