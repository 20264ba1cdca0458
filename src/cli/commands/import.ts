/**
 * `import <FILE|URL> --channel ID [--status S] [--pillar-map MAP] [--backfill] [--dry-run]`:
 * one `.md` post per feed entry or exported post. Everything that can refuse the import
 * (options, channel, pillar map, source, format) is checked before the first file is written.
 */
import { parseArgs } from 'node:util';
import { backfillChannel, backfillStart, channelFirstStart, datesBeforeStart } from '../../core/backfill.ts';
import { ThroughlineError } from '../../core/errors.ts';
import type { FeedDocument } from '../../core/feed/entry.ts';
import { type PostDraft, planImport } from '../../core/feed/import-plan.ts';
import { readImportSource } from '../../core/feed/read-source.ts';
import { parsePostText, serializePost } from '../../core/post-file.ts';
import { POST_STATUSES, type Post, type PostStatus } from '../../core/schema/post.ts';
import type { Planner } from '../../core/schema/planner.ts';
import { channelZone } from '../../core/slots.ts';
import { readFeedSource } from '../../store/feed-source.ts';
import { PLANNER_FILE, readPlanner, updatePlanner } from '../../store/planner-store.ts';
import { POSTS_DIR } from '../../store/post-paths.ts';
import { createPost, listPosts } from '../../store/posts.ts';
import type { CliContext } from '../context.ts';
import { createProgress } from '../progress.ts';

const USAGE =
  'usage: throughline import <FILE|URL> --channel ID [--status idea|draft|scheduled|published] [--pillar-map "Category=pillar,..."] [--backfill] [--dry-run]';

interface Options {
  source: string;
  channel: string;
  status: PostStatus;
  dryRun: boolean;
  backfill: boolean;
  pillarMap?: string;
}

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const opts = readOptions(args);
  const planner = await readPlanner(ctx.root);
  const channel = planner.channels.find((c) => c.id === opts.channel);
  if (!channel)
    throw new ThroughlineError(`there is no channel "${opts.channel}"`, {
      file: PLANNER_FILE,
      field: '--channel',
      hint: planner.channels.length ? `use one of: ${planner.channels.map((c) => c.id).join(', ')}` : 'add a channel to content/planner.json first (or run init)',
    });
  const pillarMap = opts.pillarMap === undefined ? undefined : parsePillarMap(opts.pillarMap, planner);
  const doc = readImportSource(await readFeedSource(opts.source), opts.source);
  const { posts, problems } = await listPosts(ctx.root);
  const plan = planImport(doc.entries, knownPosts(posts, problems), { channel: opts.channel, status: opts.status, language: doc.language, pillarMap });
  const drafts = plan.drafts.filter((draft) => isValidDraft(draft, ctx, opts.source));
  for (const warning of plan.warnings) ctx.stderr(`throughline: ${opts.source}: ${warning}\n`);
  const written = opts.dryRun ? printDrafts(drafts, ctx) : await writeDrafts(drafts, ctx);
  ctx.stderr(summary(doc, drafts.length, written, plan.alreadyImported, opts));
  await reportHistory(drafts, planner, opts, ctx);
  return 0;
}

function summary(doc: FeedDocument, planned: number, written: number, alreadyImported: number, opts: Options): string {
  const skipped = doc.entries.length - planned - alreadyImported;
  const kinds = doc.skipped.map(({ kind, count }) => `${count} ${count === 1 ? kind : plural(kind)}`);
  return (
    `${opts.dryRun ? 'dry run: would import' : 'imported'} ${written} of ${doc.entries.length} entries into "${opts.channel}"` +
    `${alreadyImported ? `; ${alreadyImported} already imported` : ''}${skipped ? `; ${skipped} skipped (see above)` : ''}` +
    `${kinds.length ? `; left out (not posts): ${kinds.join(', ')}` : ''}${opts.dryRun ? '; nothing was written' : ''}\n`
  );
}

function plural(kind: string): string {
  return `${kind}s`;
}

/** Says how many imported posts fall before the channel's start; with --backfill, moves it back. */
async function reportHistory(drafts: PostDraft[], planner: Planner, opts: Options, ctx: CliContext): Promise<void> {
  const channel = planner.channels.find((c) => c.id === opts.channel)!;
  const zone = channelZone(channel, planner.brand);
  const published = drafts.flatMap((d) => (d.frontmatter.status === 'published' && typeof d.frontmatter.publishedAt === 'string' ? [d.frontmatter.publishedAt] : []));
  const early = datesBeforeStart(channel, published, zone);
  if (early.length === 0) return;
  const first = channelFirstStart(channel);
  const to = backfillStart(channel, early[0]!, zone);
  const posts = early.length === 1 ? '1 post is' : `${early.length} posts are`;
  const why = to === early[0] ? '' : ` (the last slot day on or before the first post, ${early[0]})`;
  if (!opts.backfill) {
    ctx.stderr(`${posts} before the ${channel.id} channel's start ${first}: they count nowhere. Re-run with --backfill to move the start back to ${to}${why}\n`);
    return;
  }
  if (opts.dryRun) {
    ctx.stderr(`dry run: --backfill would move the ${channel.id} channel's start back from ${first} to ${to}${why}\n`);
    return;
  }
  await updatePlanner(ctx.root, (p) => {
    const i = p.channels.findIndex((c) => c.id === channel.id);
    p.channels[i] = backfillChannel(p.channels[i]!, to, { zone, until: ctx.now });
  });
  ctx.stderr(`moved the ${channel.id} channel's start back from ${first} to ${to} (${PLANNER_FILE}: channels[].history); posts from then on count\n`);
}

function readOptions(args: string[]): Options {
  const { values, positionals } = parseArgs({
    args,
    options: {
      channel: { type: 'string' },
      status: { type: 'string', default: 'published' },
      'dry-run': { type: 'boolean', default: false },
      backfill: { type: 'boolean', default: false },
      'pillar-map': { type: 'string' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1)
    throw new ThroughlineError(positionals.length ? 'expected one feed file or URL' : 'which feed? pass a file or URL', { field: 'FILE|URL', hint: USAGE });
  if (!values.channel) throw new ThroughlineError('which channel do these posts belong to?', { field: '--channel', hint: USAGE });
  if (!(POST_STATUSES as readonly string[]).includes(values.status))
    throw new ThroughlineError(`"${values.status}" is not a status`, { field: '--status', hint: `use one of: ${POST_STATUSES.join(', ')}` });
  return {
    source: positionals[0]!,
    channel: values.channel,
    status: values.status as PostStatus,
    dryRun: values['dry-run'],
    backfill: values.backfill,
    pillarMap: values['pillar-map'],
  };
}

/** `"Recipes=recipes,Photos=photos"` -> category (lower case) -> pillar id, each pillar checked against planner.json. */
function parsePillarMap(text: string, planner: Planner): Map<string, string> {
  const ids = planner.brand.pillars.map((p) => p.id);
  const map = new Map<string, string>();
  for (const pair of text.split(',').filter((p) => p.trim())) {
    const at = pair.lastIndexOf('=');
    const [category, pillar] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    if (at < 0 || !category || !pillar)
      throw new ThroughlineError(`"${pair.trim()}" is not Category=pillar`, { field: '--pillar-map', hint: 'e.g. --pillar-map "Recipes=recipes,Photos=photos"' });
    if (!ids.includes(pillar))
      throw new ThroughlineError(`there is no pillar "${pillar}" (for the category "${category}")`, {
        file: PLANNER_FILE,
        field: '--pillar-map',
        hint: `use one of the brand's pillars: ${ids.join(', ')}`,
      });
    map.set(category.toLowerCase(), pillar);
  }
  return map;
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
