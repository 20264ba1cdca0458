/**
 * The post editor form: fields <-> frontmatter, validation with the post schema plus the
 * planner's channel and pillar ids (errors keyed by field), and the save that refuses a stale
 * revision. Publishing without a date sets publishedAt to now in the channel's zone, with offset.
 * A new planned date follows the plan's rule: a slot of the channel, not over yet.
 */
import { ThroughlineError } from '../../core/errors.ts';
import { PostFrontmatterSchema, type Post } from '../../core/schema/post.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { channelZone } from '../../core/slots.ts';
import { formatZonedISO } from '../../core/zoned-time.ts';
import { splitList } from '../../core/split-list.ts';
import { pick } from '../../core/i18n/text.ts';
import { compileMdxPosts } from '../../store/mdx-syntax.ts';
import { findUnresolvedMdxImports } from '../../store/mdx-imports.ts';
import { readPost, savePost } from '../../store/posts.ts';
import { readCachedProject } from '../shared/project-cache.ts';
import { replanOnPublish, type Replanned } from './publish-replan.ts';
import { pinOnChannelChange, type PinnedTime } from './channel-pin.ts';
import { plannedSlotError } from '../plan/slot-day.ts';
import { collectFieldErrors, type FieldErrors } from '../shared/form-errors.ts';
import type { Lang } from '../shared/i18n.ts';

export const POST_FIELDS = ['title', 'channel', 'status', 'pillar', 'plannedFor', 'publishedAt', 'url'] as const;
/**
 * Fields a form may leave out (a page or request that does not show them, such as the publish
 * page): left out, the file's value stays; sent empty, it is removed. `tags` is one line of names
 * (tagsText), `description` the summary for lists and social cards.
 */
export const OPTIONAL_POST_FIELDS = ['tags', 'description'] as const;
export type PostValues = Record<(typeof POST_FIELDS)[number] | 'body', string> & Partial<Record<(typeof OPTIONAL_POST_FIELDS)[number], string>>;

/** A post's tags as the editor's one line: `插畫, 水彩` (a comma and a space between names). */
export function tagsText(tags: unknown): string {
  return Array.isArray(tags) ? tags.map(String).join(', ') : '';
}

export function postToValues(post: Post): PostValues {
  const values = { body: post.body } as PostValues;
  for (const key of POST_FIELDS) values[key] = String(post.data[key] ?? '');
  values.tags = tagsText(post.data.tags);
  values.description = String(post.data.description ?? '');
  return values;
}

/** Browsers send textarea text with CRLF line ends; files keep LF. */
export function readPostForm(form: FormData): PostValues {
  const values = { body: String(form.get('body') ?? '').replace(/\r\n?/g, '\n') } as PostValues;
  for (const key of POST_FIELDS) values[key] = String(form.get(key) ?? '').trim();
  for (const key of OPTIONAL_POST_FIELDS) if (form.has(key)) values[key] = String(form.get(key)).trim();
  return values;
}

/**
 * The new frontmatter: the file's other keys kept, empty fields removed. Tags typed as one line
 * are split as the Brand page splits keywords (core/split-list.ts: `,` `，` `、` `;` `；`, new
 * lines); a line that still reads as the file's tags leaves them as they are (a name holding a
 * comma, the file's own order).
 */
export function buildFrontmatter(existing: Record<string, unknown>, values: PostValues, planner: Planner, now: number): Record<string, unknown> {
  const frontmatter: Record<string, unknown> = { ...existing };
  for (const key of POST_FIELDS) {
    if (values[key]) frontmatter[key] = values[key];
    else delete frontmatter[key];
  }
  if (values.description !== undefined) {
    if (values.description) frontmatter.description = values.description;
    else delete frontmatter.description;
  }
  if (values.tags !== undefined && values.tags !== tagsText(existing.tags)) {
    const tags = splitList(values.tags);
    if (tags.length > 0) frontmatter.tags = tags;
    else delete frontmatter.tags;
  }
  const channel = planner.channels.find((c) => c.id === values.channel);
  if (values.status === 'published' && !values.publishedAt && channel)
    frontmatter.publishedAt = formatZonedISO(now, channelZone(channel, planner.brand));
  return frontmatter;
}

export function validateFrontmatter(frontmatter: Record<string, unknown>, planner: Planner): FieldErrors | null {
  const errors: FieldErrors = {};
  const result = PostFrontmatterSchema.safeParse(frontmatter);
  if (!result.success) Object.assign(errors, collectFieldErrors(result.error.issues, (path) => String(path[0] ?? 'title')));
  const channels = planner.channels.map((c) => c.id);
  const pillars = planner.brand.pillars.map((p) => p.id);
  if (!errors.channel && !channels.includes(String(frontmatter.channel)))
    errors.channel = `unknown channel "${String(frontmatter.channel)}"; expected one of ${channels.join(', ')}`;
  if (frontmatter.pillar !== undefined && !pillars.includes(String(frontmatter.pillar)))
    errors.pillar = `unknown pillar "${String(frontmatter.pillar)}"; expected one of ${pillars.join(', ')}`;
  return Object.keys(errors).length > 0 ? errors : null;
}

/**
 * The plan's rule for a planned date (plan/slot-day.ts), applied when "Planned for" or the channel
 * changes on a post that is not published: a day that is no slot of the channel (off its cadence,
 * inside a break) or a slot that is over would show the post in no calendar. A date the file
 * had already is left alone (the off-slot flag says so, with its Move to), and so is a published
 * post's (it is placed by its publishedAt; publish-replan.ts moves it when it becomes published).
 */
async function plannedForErrors(root: string, planner: Planner, before: Record<string, unknown>, after: Record<string, unknown>, now: number): Promise<FieldErrors | null> {
  const date = after.plannedFor;
  if (typeof date !== 'string' || after.status === 'published') return null;
  if (date === before.plannedFor && after.channel === before.channel) return null;
  const channel = String(after.channel);
  const refused = plannedSlotError(planner, (await readCachedProject(root)).posts, channel, date, now, 'editor');
  return refused ? { plannedFor: refused } : null;
}

export type SaveOutcome =
  /** `replanned`: the save published a post outside its planned slot's window and moved or cleared its plannedFor. */
  /** `pinned`: the save moved the post to a channel in another zone and wrote its publishedAt with the old zone's offset (drafts/channel-pin.ts). */
  /** `written` false: the file already held this text and was not touched; `savedAt`: the file's last write (epoch ms). */
  | { kind: 'saved'; revision: string; written: boolean; savedAt: number; replanned?: Replanned; pinned?: PinnedTime }
  | { kind: 'invalid'; errors: FieldErrors }
  | { kind: 'stale'; message: string }
  /** The file could not be written (read-only, disk full, a broken link): the store's message. */
  | { kind: 'refused'; message: string };

/**
 * Saves the editor's values over the revision it loaded; nothing is written unless valid and fresh.
 * With `compile` (a save the author asked for: Save, Mark as published; not autosave, which keeps
 * half-typed text), an .mdx post that would be published must compile as the build compiles it:
 * else `body` says why (line:column in the body) in `compile.lang`, and nothing is written. A
 * published post whose MDX does not compile stops `check` and the build. A save that makes a post
 * published outside its planned slot's window moves its plannedFor to the slot it counts for, or
 * clears it (drafts/publish-replan.ts), and says so in `replanned`; one that moves the post to a
 * channel in another zone writes its offset-less publishedAt with the old zone's offset
 * (drafts/channel-pin.ts), and says so in `pinned`.
 */
export async function savePostValues(
  root: string,
  planner: Planner,
  input: { id: string; values: PostValues; revision: string; now: number; compile?: { lang: Lang } },
): Promise<SaveOutcome> {
  if (!input.revision) return { kind: 'stale', message: 'the form did not say which version of the file it edited' };
  const { post } = await readPost(root, input.id);
  const frontmatter = buildFrontmatter(post.data, input.values, planner, input.now);
  const pinned = pinOnChannelChange(planner, post.data, frontmatter);
  if (pinned) frontmatter.publishedAt = pinned.publishedAt;
  const errors = validateFrontmatter(frontmatter, planner) ?? (await plannedForErrors(root, planner, post.data, frontmatter, input.now));
  if (errors) return { kind: 'invalid', errors };
  // Becoming published outside its planned slot's window: plannedFor follows the slot it counts
  // for, as on the publish page (core/early-publication.ts), so the plan agrees with check.
  const becomesPublished = post.data.status !== 'published' && frontmatter.status === 'published' && Boolean(frontmatter.plannedFor);
  const replanned = becomesPublished ? replanOnPublish(planner, input.id, post.data, frontmatter, (await readCachedProject(root)).posts) : null;
  if (input.compile && frontmatter.status === 'published' && post.file.endsWith('.mdx')) {
    const edited = { ...post, body: input.values.body };
    const mdx = await compileMdxPosts([edited]);
    const [problem] = [...mdx.errors, ...findUnresolvedMdxImports(root, mdx.imports)];
    if (problem) {
      const { lang } = input.compile;
      const hint = problem.text.hint === undefined ? '' : pick(problem.text.hint, lang);
      // A problem of another file (a tsconfig.json that is not JSON) names it.
      const where = problem.file && problem.file !== post.file ? `${problem.file}: ` : '';
      const body = where + problem.messageIn(lang) + (hint ? (lang === 'zh' ? `（${hint}）` : ` (${hint})`) : '');
      return { kind: 'invalid', errors: { body } };
    }
  }
  try {
    const saved = await savePost(root, input.id, { frontmatter, body: input.values.body }, { expectedRevision: input.revision });
    return { kind: 'saved', revision: saved.revision, written: saved.written, savedAt: saved.savedAt, ...(replanned ? { replanned } : {}), ...(pinned ? { pinned } : {}) };
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    const current = await readPost(root, input.id);
    if (current.revision !== input.revision) return { kind: 'stale', message: error.message };
    return { kind: 'refused', message: error.format() };
  }
}
