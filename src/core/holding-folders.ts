/**
 * The folders a post waits in before it has a place: `ideas/` (quick capture) and `drafts/` (the
 * studio's New draft, `import` of an undated file). A post's id is its public address
 * (/posts/<id>/), so one published from there says "ideas" or "drafts" in its address for good.
 * The studio offers to move a post out when it is planned or published (studio/drafts/idea-move.ts);
 * `check` warns of a published one (draft-address.ts). Pure: the plan page's script uses it too.
 */
import { idKey, uniqueSlug } from './feed/slug.ts';
import { isFolderPostId, postSlug } from './post-slug.ts';

/** The holding folders, each with its trailing "/". */
export const HOLDING_FOLDERS = ['ideas/', 'drafts/'] as const;

export type HoldingFolder = (typeof HOLDING_FOLDERS)[number];

/** The holding folder an id lies in ("drafts/a" -> "drafts/"), or null ("2026/a", "ideasx/a"). */
export function holdingFolderOf(id: string): HoldingFolder | null {
  return HOLDING_FOLDERS.find((folder) => id.startsWith(folder)) ?? null;
}

/**
 * The id out of its holding folder, in its channel's folder: "ideas/冬至饺子" on "wechat" ->
 * "wechat/冬至饺子"; a rest already under the channel's folder is not doubled ("drafts/wechat/a"
 * on "wechat" -> "wechat/a"). Null when the id is in no holding folder, the channel is empty or the
 * rest is empty. Not checked as an id (store/post-paths.ts checkPostId does that).
 */
export function outOfHoldingFolder(id: string, channel: string): string | null {
  const folder = holdingFolderOf(id);
  const rest = folder ? id.slice(folder.length) : '';
  if (!rest || !channel) return null;
  return rest.startsWith(`${channel}/`) ? rest : `${channel}/${rest}`;
}

/**
 * outOfHoldingFolder, numbered `-2`, `-3`… past the ids `taken` holds (idKey values: NFC, lower
 * case, as one file on macOS and Windows), as New draft, quick capture and import number a taken
 * name (core/feed/slug.ts uniqueSlug): "drafts/winter-soup" on "blog" with blog/winter-soup taken
 * -> "blog/winter-soup-2"; a folder post by its folder ("drafts/soup/index" -> "blog/soup-2/index").
 * Null as outOfHoldingFolder.
 */
export function freeHoldingTarget(id: string, channel: string, taken: ReadonlySet<string>): string | null {
  const to = outOfHoldingFolder(id, channel);
  if (!to) return null;
  // A folder post is numbered by its folder (`blog/soup-2/index`): `blog/soup/index-2` would be a file in another post's folder.
  return isFolderPostId(to) ? `${uniqueSlug(postSlug(to), taken)}/index` : uniqueSlug(to, taken);
}

/**
 * The names `ids` hold, for freeHoldingTarget's `taken`: each id and its public address
 * (core/post-slug.ts: a folder post `blog/x/index` holds `blog/x` too, as a move to it would put
 * two files at /posts/blog/x/), as idKey values.
 */
export function heldIds(ids: Iterable<string>): Set<string> {
  return new Set([...ids].flatMap((id) => [idKey(id), idKey(postSlug(id))]));
}
