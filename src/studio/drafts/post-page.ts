/**
 * The post a /studio/<page>/<id> page is about, or the Response to send instead: 400 for an id
 * that is not a post id or leads out of content/posts (a symbolic link), 404 when no file has
 * it, and 422 with the file and field when the file is there but its frontmatter does not parse
 * (the page cannot show a form for it, and must not pretend the post is missing). A page that
 * renders a preview (`preview: true`) answers 413 for a body over the size limit of
 * src/core/check.ts, naming the file, instead of spending seconds on every request.
 */
import { MAX_SCORED_CHARS, isTooLarge } from '../../core/check.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { checkPostId, findPostFile } from '../../store/post-paths.ts';
import { readPost, type StoredPost } from '../../store/posts.ts';
import { translateMessage } from '../shared/error-strings.ts';
import type { Lang } from '../shared/i18n.ts';

export async function readPostForPage(root: string, id: string, opts: { preview?: boolean; lang?: Lang } = {}): Promise<StoredPost | Response> {
  const lang = opts.lang ?? 'en';
  const zh = lang === 'zh';
  const problem = checkPostId(id);
  if (problem) return text(zh ? `不是内容 ID：${translateMessage(problem, lang)}` : `Not a post id: ${problem}`, 400);
  try {
    const stored = await readPost(root, id);
    if (opts.preview && isTooLarge(stored.post.body))
      return text(
        `${stored.post.file}: the body is ${(stored.post.body.length / 1e6).toFixed(1)} million characters, over the preview limit of ${MAX_SCORED_CHARS / 1e6} million.\n` +
          `${stored.post.file}：正文超过 ${MAX_SCORED_CHARS / 1e6} 百万字符的预览上限，不予预览。\n\nSplit it into several posts, or move large data out of the text; it can still be edited in /studio/drafts/${id}.`,
        413,
      );
    return stored;
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    // readPost failed: tell "leads outside" and "missing" from "there but broken".
    const found = await findPostFile(root, id).catch((outside) => (outside instanceof ThroughlineError ? outside : Promise.reject(outside)));
    if (found instanceof ThroughlineError) return text(found.format(lang), 400);
    if (!found) return text(zh ? `content/posts 下没有内容“${id}”。` : `There is no post "${id}" under content/posts.`, 404);
    return text(`${error.format(lang)}\n\n${zh ? '请在编辑器中修改这个文件，然后重新加载本页。' : 'Fix the file in your editor, then reload this page.'}`, 422);
  }
}

function text(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
