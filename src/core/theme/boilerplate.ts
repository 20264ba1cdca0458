/**
 * A channel's template text: the paragraphs its published posts repeat, issue after issue (a
 * newsletter's "what this is / send us tips" header, a subscribe footer, a standing notice). They say nothing about a post's subject, so the theme reads posts without
 * them: kept, a recipe under the template header scored as a typical issue, and every issue's
 * evidence began with the header's words.
 *
 * A block is template text when at least a fifth of the channel's published posts (and at least
 * MIN_POSTS of them) hold it, compared without link targets and spacing (a header whose link
 * changes over the years is the same header). Channels with fewer published posts have none.
 */
export const MIN_POSTS = 5;
const SHARE = 0.2;

interface PostLike {
  body: string;
  data: { status: string; channel: string };
}

/** Whitespace other than single spaces: a tab, a line break, a no-break space, two spaces in a row. */
const OTHER_SPACING = /[^\S ]| {2}/;
/** A blank line between two blocks (each match of the pattern blocksOf splits on holds one, and the reverse). */
const BLANK_LINE = /\n[ \t]*\r?\n/;

/** A block's comparison form: link and image targets dropped, spacing collapsed; '' for a block of no words. */
function blockKey(block: string): string {
  // Trimmed first (trim and \s know the same spaces, so that is the same as after collapsing), then
  // spacing collapsed only where there is some to collapse: replacing each single space of a long
  // paragraph by itself cost ~0.25 ms a block.
  const linked = block.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, '').trim();
  const text = OTHER_SPACING.test(linked) ? linked.replace(/\s+/g, ' ') : linked;
  // An ASCII letter or digit first: compiling the Unicode classes costs more than a whole English check's blocks.
  return /[A-Za-z0-9]/.test(text) || /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/**
 * The body's blocks that can be template text: runs of lines between blank lines, but not code
 * (a fenced block) nor a heading: a section heading every post repeats (`## 用料`, "ingredients",
 * on a recipe blog) still names what the brand writes about.
 */
function blocksOf(body: string): string[] {
  // A body without a blank line is one block (the split's pattern, whose optional \r first makes it slow to scan for).
  return (BLANK_LINE.test(body) ? body.split(/\r?\n[ \t]*\r?\n/) : [body]).filter((b) => !/^\s*(?:```|~~~|#{1,6}(?:[ \t]|$))/.test(b));
}

/** Channel id -> the comparison forms of its template blocks (channels with none are left out). */
export function channelBoilerplate(posts: readonly PostLike[]): Map<string, Set<string>> {
  const byChannel = new Map<string, { posts: number; counts: Map<string, number> }>();
  for (const post of posts) {
    if (post.data.status !== 'published') continue;
    let c = byChannel.get(post.data.channel);
    if (!c) byChannel.set(post.data.channel, (c = { posts: 0, counts: new Map() }));
    c.posts++;
    for (const key of new Set(blocksOf(post.body).map(blockKey))) if (key) c.counts.set(key, (c.counts.get(key) ?? 0) + 1);
  }
  const out = new Map<string, Set<string>>();
  for (const [channel, c] of byChannel) {
    if (c.posts < MIN_POSTS) continue;
    const needed = Math.max(MIN_POSTS, Math.ceil(c.posts * SHARE));
    const keys = new Set([...c.counts].filter(([, n]) => n >= needed).map(([k]) => k));
    if (keys.size > 0) out.set(channel, keys);
  }
  return out;
}

/** `body` without the blocks of `template` (its channel's, from channelBoilerplate); the same string when it has none. */
export function withoutBoilerplate(body: string, template: ReadonlySet<string> | undefined): string {
  if (!template || template.size === 0) return body;
  const parts = body.split(/(\r?\n[ \t]*\r?\n)/);
  let changed = false;
  const kept: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const block = parts[i]!;
    if (!/^\s*(?:```|~~~)/.test(block) && template.has(blockKey(block))) {
      changed = true;
      continue;
    }
    kept.push(block);
  }
  return changed ? kept.join('\n\n') : body;
}

const templates = new WeakMap<readonly PostLike[], Map<string, Set<string>>>();
const views = new WeakMap<readonly PostLike[], readonly PostLike[]>();

/** channelBoilerplate, kept per posts array (a studio reuses its array while no file changes). */
export function templateOf(posts: readonly PostLike[]): Map<string, Set<string>> {
  let t = templates.get(posts);
  if (!t) templates.set(posts, (t = channelBoilerplate(posts)));
  return t;
}

/**
 * The posts as the theme reads them: each body without its channel's template blocks (a post
 * with none is the same object, so caches keyed by it still hold). The view of a view is itself.
 */
export function themeView<P extends PostLike>(posts: readonly P[]): readonly P[] {
  const kept = views.get(posts);
  if (kept) return kept as readonly P[];
  const template = templateOf(posts);
  const view = template.size === 0 ? posts : posts.map((p) => {
    const body = withoutBoilerplate(p.body, template.get(p.data.channel));
    return body === p.body ? p : { ...p, body };
  });
  views.set(posts, view);
  views.set(view, view);
  return view;
}
