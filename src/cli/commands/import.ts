/**
 * `import <FILE|URL> --channel ID [--status S] [--dry-run]`: one `.md` post per feed entry.
 * Everything that can refuse the import (options, channel, source, feed) is checked before the
 * first file is written.
 */
import { parseArgs } from 'node:util';
import { ThroughlineError } from '../../core/errors.ts';
import { countOf, pick } from '../../core/i18n/text.ts';
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

const USAGE = {
  en: 'usage: throughline import <FILE|URL> --channel ID [--status idea|draft|scheduled|published] [--dry-run]',
  zh: '用法：throughline import <文件|网址> --channel ID [--status idea|draft|scheduled|published] [--dry-run]',
};

export async function run(args: string[], ctx: CliContext): Promise<number> {
  const { source, channel, status, dryRun } = readOptions(args);
  const zh = ctx.lang === 'zh';
  const planner = await readPlanner(ctx.root);
  if (!planner.channels.some((c) => c.id === channel))
    throw new ThroughlineError(
      { en: `there is no channel "${channel}"`, zh: `没有渠道 "${channel}"` },
      {
        file: PLANNER_FILE,
        field: '--channel',
        hint: planner.channels.length
          ? { en: `use one of: ${planner.channels.map((c) => c.id).join(', ')}`, zh: `请使用以下之一：${planner.channels.map((c) => c.id).join(', ')}` }
          : { en: 'add a channel to content/planner.json first (or run init)', zh: '请先在 content/planner.json 中添加一个渠道（或运行 init）' },
      },
    );
  const { entries } = readFeedEntries(await readFeedSource(source), source);
  const { posts, problems } = await listPosts(ctx.root);
  const plan = planImport(entries, knownPosts(posts, problems), { channel, status });
  const drafts = plan.drafts.filter((draft) => isValidDraft(draft, ctx, source));
  for (const warning of plan.warnings) ctx.stderr(`throughline: ${source}: ${pick(warning, ctx.lang)}\n`);
  const written = dryRun ? printDrafts(drafts, ctx) : await writeDrafts(drafts, ctx);
  const skipped = entries.length - drafts.length - plan.alreadyImported;
  const counts = { written, entries: entries.length, already: plan.alreadyImported, skipped };
  ctx.stderr(`${zh ? summaryZh(counts, channel, dryRun) : summaryEn(counts, channel, dryRun)}\n`);
  return 0;
}

type Counts = { written: number; entries: number; already: number; skipped: number };

function summaryEn(n: Counts, channel: string, dryRun: boolean): string {
  const entries = pick(countOf(n.entries, ['entry', 'entries'], ''), 'en');
  return (
    `${dryRun ? 'dry run: would import' : 'imported'} ${n.written} of ${entries} into "${channel}"` +
    `${n.already ? `; ${n.already} already imported` : ''}${n.skipped ? `; ${n.skipped} skipped (see above)` : ''}${dryRun ? '; nothing was written' : ''}`
  );
}

function summaryZh(n: Counts, channel: string, dryRun: boolean): string {
  return (
    `${dryRun ? '试运行：将' : '已'}把 ${n.entries} 条中的 ${n.written} 条导入 "${channel}"` +
    `${n.already ? `；${n.already} 条已导入过` : ''}${n.skipped ? `；跳过 ${n.skipped} 条（见上文）` : ''}${dryRun ? '；没有写入任何内容' : ''}`
  );
}

function readOptions(args: string[]): { source: string; channel: string; status: PostStatus; dryRun: boolean } {
  const { values, positionals } = parseArgs({
    args,
    options: { channel: { type: 'string' }, status: { type: 'string', default: 'published' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length !== 1)
    throw new ThroughlineError(
      positionals.length ? { en: 'expected one feed file or URL', zh: '只能给一个 feed 文件或网址' } : { en: 'which feed? pass a file or URL', zh: '哪个 feed？请给出文件或网址' },
      { field: 'FILE|URL', hint: USAGE },
    );
  if (!values.channel) throw new ThroughlineError({ en: 'which channel do these posts belong to?', zh: '这些文章属于哪个渠道？' }, { field: '--channel', hint: USAGE });
  if (!(POST_STATUSES as readonly string[]).includes(values.status))
    throw new ThroughlineError(
      { en: `"${values.status}" is not a status`, zh: `"${values.status}" 不是有效的状态` },
      { field: '--status', hint: { en: `use one of: ${POST_STATUSES.join(', ')}`, zh: `请使用以下之一：${POST_STATUSES.join(', ')}` } },
    );
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
    ctx.stderr(`throughline: ${source}: "${String(draft.frontmatter.title)}": ${ctx.lang === 'zh' ? '已跳过' : 'skipped'}: ${error.format(ctx.lang)}\n`);
    return false;
  }
}

function printDrafts(drafts: PostDraft[], ctx: CliContext): number {
  for (const draft of drafts) ctx.stdout(`${POSTS_DIR}/${draft.id}.md\n`);
  return drafts.length;
}

async function writeDrafts(drafts: PostDraft[], ctx: CliContext): Promise<number> {
  const progress = createProgress(ctx.lang === 'zh' ? '正在导入' : 'importing', drafts.length, ctx);
  for (const draft of drafts) {
    const { file } = await createPost(ctx.root, draft.id, { frontmatter: draft.frontmatter, body: draft.body, ext: 'md' });
    if (ctx.isTTY) progress.clear();
    ctx.stdout(`${file}\n`);
    progress.tick();
  }
  progress.done();
  return drafts.length;
}
