/**
 * Cross-file references of posts: the channel and pillar each post names must exist in the
 * planner (interfaces.md, post frontmatter). Kept apart from check.ts so that what needs only
 * this (the posts loader, the social-card list) does not load the theme model.
 */
import { findCopyErrors, type CopyingPost } from './copies.ts';
import { ThroughlineError } from './errors.ts';
import type { Planner } from './schema/planner.ts';
import { toSimplified } from './theme/traditional.ts';

/**
 * What findReferenceErrors reads of a post (a Post is one): its file and the channel and pillar
 * its frontmatter names; a channel left out is not checked. With its `id`, its `copyOf` is
 * checked against the other posts given (core/copies.ts).
 */
export interface ReferringPost {
  id?: string;
  file: string;
  data: { channel?: string; pillar?: string; copyOf?: string; status?: string };
}

/**
 * Posts that name a channel or pillar the planner does not have, or a `copyOf` that is no
 * original among `posts` (core/copies.ts findCopyErrors), are bad input: they are returned as
 * errors (the CLI exits 2 on them) rather than silently left out of the figures.
 */
export function findReferenceErrors(planner: Planner, posts: readonly ReferringPost[]): ThroughlineError[] {
  const channels = new Set(planner.channels.map((c) => c.id));
  const pillars = new Set(planner.brand.pillars.map((p) => p.id));
  const errors: ThroughlineError[] = [];
  for (const post of posts) {
    if (post.data.channel !== undefined && !channels.has(post.data.channel))
      errors.push(
        new ThroughlineError(
          { en: `unknown channel "${post.data.channel}"`, zh: `未知的渠道 "${post.data.channel}"` },
          {
            file: post.file,
            field: 'channel',
            hint: namedHint('channel', post.data.channel, idByName(planner.channels, post.data.channel)) ?? scriptHint('channel', post.data.channel, idByScript(planner.channels, post.data.channel)) ?? {
              en: `use one of the channel ids in content/planner.json: ${[...channels].join(', ') || '(none yet)'}`,
              zh: `请使用 content/planner.json 中的渠道 id：${[...channels].join('、') || '（还没有）'}`,
            },
          },
        ),
      );
    if (post.data.pillar && !pillars.has(post.data.pillar))
      errors.push(
        new ThroughlineError(
          { en: `unknown pillar "${post.data.pillar}"`, zh: `未知的支柱 "${post.data.pillar}"` },
          {
            file: post.file,
            field: 'pillar',
            hint: namedHint('pillar', post.data.pillar, idByName(planner.brand.pillars, post.data.pillar)) ?? scriptHint('pillar', post.data.pillar, idByScript(planner.brand.pillars, post.data.pillar)) ?? {
              en: `use one of the pillar ids in content/planner.json: ${[...pillars].join(', ')}`,
              zh: `请使用 content/planner.json 中的支柱 id：${[...pillars].join('、')}`,
            },
          },
        ),
      );
  }
  const copying = posts.filter((p): p is CopyingPost => p.id !== undefined);
  return [...errors, ...findCopyErrors(copying)];
}

/**
 * findReferenceErrors of frontmatter that failed validation (`input`, as its YAML gave it): its
 * `channel` and `pillar`, when each is a string, so that a file is told of them in the same
 * message as its other fields (post-file.ts parsePostText's `alsoWrong`).
 */
export function frontmatterReferenceErrors(planner: Planner, input: unknown, file: string): ThroughlineError[] {
  const data = (input ?? {}) as { channel?: unknown; pillar?: unknown };
  // A post without a channel string is told so by its schema error: only its pillar is checked.
  const channel = typeof data.channel === 'string' ? data.channel : undefined;
  const pillar = typeof data.pillar === 'string' && data.pillar ? data.pillar : undefined;
  return findReferenceErrors(planner, [{ file, data: { channel, pillar } }]);
}

/**
 * The id of the channel or pillar whose display name is `written` (case and surrounding spaces
 * ignored): a post or an option that names `知乎` means the channel `zhihu`.
 */
export function idByName(items: readonly { id: string; name: string }[], written: string): string | undefined {
  const key = written.trim().toLowerCase();
  return items.find((item) => item.name.trim().toLowerCase() === key)?.id;
}

function namedHint(kind: 'channel' | 'pillar', written: string, id: string | undefined) {
  if (id === undefined) return undefined;
  const zhKind = kind === 'channel' ? '渠道' : '支柱';
  return { en: `"${written}" is the name of the ${kind} "${id}": write ${kind}: ${id}`, zh: `"${written}" 是${zhKind} "${id}" 的名称：请写 ${kind}: ${id}` };
}

/**
 * The id of the channel or pillar whose id or name is `written` in the other Chinese script
 * (`台湾茶` for the pillar `台灣茶`, or the reverse): the two read alike once Traditional characters
 * are read as Simplified (theme/traditional.ts). An id holds any script, and one typed with the
 * other input method looks the same at a glance.
 */
export function idByScript(items: readonly { id: string; name: string }[], written: string): string | undefined {
  const key = toSimplified(written.trim()).toLowerCase();
  return items.find((item) => toSimplified(item.id).toLowerCase() === key || toSimplified(item.name.trim()).toLowerCase() === key)?.id;
}

function scriptHint(kind: 'channel' | 'pillar', written: string, id: string | undefined) {
  if (id === undefined) return undefined;
  const zhKind = kind === 'channel' ? '渠道' : '支柱';
  return { en: `"${written}" is the ${kind} "${id}" written in other characters (Simplified or Traditional): write ${kind}: ${id}`, zh: `"${written}" 是${zhKind} "${id}" 的繁简异体写法：请写 ${kind}: ${id}` };
}
