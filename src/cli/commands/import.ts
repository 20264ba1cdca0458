/**
 * `import <FILE|URL> --channel ID [--status S] [--dry-run]`: one `.md` post per feed entry.
 * Everything that can refuse the import (options, channel, source, feed) is checked before the
 * first file is written.
 */
import { parseArgs } from 'node:util';
import { ThroughlineError } from '../../core/errors.ts';
import { readFeedEntries } from '../../core/feed/entries.ts';
import { type PostDraft, planImport } from '../../core/feed/import-plan.ts';
import { parsePostText, serializePost } from '../../core/post-file.ts';
import { POST_STATUSES, type Post, type PostStatus } from '../../core/schema/post.ts';
import { readFeedSource } from '../../store/feed-source.ts';
import { PLANNER_FILE, readPlanner } from '../../store/planner-store.ts';
import { POSTS_DIR } from '../../store/post-paths.ts';
import { createPost, listPosts } from '../../store/posts.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';

const USAGE = 'usage: throughline import <FILE|URL> --channel ID [--status idea|draft|scheduled|published] [--dry-run]';

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { source, channel, status, dryRun } = readOptions(args);
  const planner = await readPlanner(ctx.root);
  if (!planner.channels.some((c) => c.id === channel))
    throw new ThroughlineError(`there is no channel "${channel}"`, {
      file: PLANNER_FILE,
      field: '--channel',
      hint: planner.channels.length ? `use one of: ${planner.channels.map((c) => c.id).join(', ')}` : 'add a channel to content/planner.json first (or run init)',
    });
  const { entries } = readFeedEntries(await readFeedSource(source), source);
  const { posts, problems } = await listPosts(ctx.root);
  const plan = planImport(entries, knownPosts(posts, problems), { channel, status });
  const drafts = plan.drafts.filter((draft) => isValidDraft(draft, ctx, source));
  for (const warning of plan.warnings) ctx.stderr(`throughline: ${source}: ${warning}\n`);
  const written = dryRun ? printDrafts(drafts, ctx) : await writeDrafts(drafts, ctx);
  const skipped = entries.length - drafts.length - plan.alreadyImported;
  ctx.stderr(
    `${dryRun ? 'dry run: would import' : 'imported'} ${written} of ${entries.length} entries into "${channel}"` +
      `${plan.alreadyImported ? `; ${plan.alreadyImported} already imported` : ''}${skipped ? `; ${skipped} skipped (see above)` : ''}` +
      `${dryRun ? '; nothing was written' : ''}\n`,
  );
  return 0;
}

function readOptions(args: string[]): { source: string; channel: string; status: PostStatus; dryRun: boolean } {
  const { values, positionals } = parseArgs({
    args,
    options: { channel: { type: 'string' }, status: { type: 'string', default: 'published' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1)
    throw new ThroughlineError(positionals.length ? 'expected one feed file or URL' : 'which feed? pass a file or URL', { field: 'FILE|URL', hint: USAGE });
  if (!values.channel) throw new ThroughlineError('which channel do these posts belong to?', { field: '--channel', hint: USAGE });
  if (!(POST_STATUSES as readonly string[]).includes(values.status))
    throw new ThroughlineError(`"${values.status}" is not a status`, { field: '--status', hint: `use one of: ${POST_STATUSES.join(', ')}` });
  return { source: positionals[0]!, channel: values.channel, status: values.status as PostStatus, dryRun: values['dry-run'] };
}

/** Ids, urls and guids already taken; a post file that fails validation still holds its id. */
function knownPosts(posts: Post[], problems: ThroughlineError[]) {
  const brokenIds = problems.flatMap((p) => (p.file?.startsWith(`${POSTS_DIR}/`) ? [p.file.slice(POSTS_DIR.length + 1).replace(/\.mdx?$/, '')] : []));
  return {
    ids: [...posts.map((p) => p.id), ...brokenIds],
    urls: posts.flatMap((p) => (p.data.url ? [p.data.url] : [])),
    guids: posts.flatMap((p) => (typeof p.data.guid === 'string' ? [p.data.guid] : [String(p.data.guid ?? '')].filter(Boolean))),
  };
}

function isValidDraft(draft: PostDraft, ctx: CliContext, source: string): boolean {
  const file = `${POSTS_DIR}/${draft.id}.md`;
  try {
    parsePostText(serializePost(draft.frontmatter, draft.body), draft.id, file);
    return true;
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    ctx.stderr(`throughline: ${source}: "${String(draft.frontmatter.title)}": skipped: ${error.format()}\n`);
    return false;
  }
}

function printDrafts(drafts: PostDraft[], ctx: CliContext): number {
  for (const draft of drafts) ctx.stdout(`${POSTS_DIR}/${draft.id}.md\n`);
  return drafts.length;
}

async function writeDrafts(drafts: PostDraft[], ctx: CliContext): Promise<number> {
  const progress = createProgress('importing', drafts.length, ctx);
  for (const draft of drafts) {
    const { file } = await createPost(ctx.root, draft.id, { frontmatter: draft.frontmatter, body: draft.body, ext: 'md' });
    if (ctx.isTTY) progress.clear();
    ctx.stdout(`${file}\n`);
    progress.tick();
  }
  progress.done();
  return drafts.length;
}
