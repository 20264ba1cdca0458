/**
 * The line at the top of the channels page after a channel was removed: where its posts went and
 * how many publication times were given the removed channel's offset (channel-actions.ts puts
 * `moved`, `to`, `pinned` and `zone` in the address it sends the page to).
 */
import type { Channel } from '../../core/schema/planner.ts';
import { fill } from '../shared/i18n.ts';

/** "Channel removed." and, when posts moved, how many to which channel (its name) and how many times were pinned. */
export function removedMessage(params: URLSearchParams, channels: readonly Pick<Channel, 'id' | 'name'>[], t: (key: string) => string): string {
  const moved = Number(params.get('moved'));
  const to = params.get('to') ?? '';
  if (!Number.isInteger(moved) || moved < 1 || !to) return t('channels.removed');
  const channel = channels.find((c) => c.id === to)?.name ?? to;
  const pinned = Number(params.get('pinned'));
  const zone = params.get('zone') ?? '';
  const pinnedText = Number.isInteger(pinned) && pinned > 0 && zone ? fill(t('channels.removedPinned'), { count: String(pinned), zone }) : '';
  return fill(t('channels.removedMoved'), { channel, count: String(moved) }) + pinnedText;
}
