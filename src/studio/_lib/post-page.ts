/**
 * The post a /studio/<page>/<id> page is about, or the Response to send instead: 400 for an id
 * that is not a post id or leads out of content/posts (a symbolic link), 404 when no file has
 * it, and 422 with the file and field when the file is there but its frontmatter does not parse
 * (the page cannot show a form for it, and must not pretend the post is missing).
 */
import { ThroughlineError } from '../../core/errors.ts';
import { checkPostId, findPostFile } from '../../store/post-paths.ts';
import { readPost, type StoredPost } from '../../store/posts.ts';
import { translateMessage } from './i18n-errors.ts';
import type { Lang } from './i18n.ts';

export async function readPostForPage(root: string, id: string, lang: Lang = 'en'): Promise<StoredPost | Response> {
  const zh = lang === 'zh';
  const problem = checkPostId(id);
  if (problem) return text(zh ? `不是内容 ID：${translateMessage(problem, lang)}` : `Not a post id: ${problem}`, 400);
  try {
    return await readPost(root, id);
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    // readPost failed: tell "leads outside" and "missing" from "there but broken".
    const found = await findPostFile(root, id).catch((outside) => (outside instanceof ThroughlineError ? outside : Promise.reject(outside)));
    if (found instanceof ThroughlineError) return text(found.format(), 400);
    if (!found) return text(zh ? `content/posts 下没有内容“${id}”。` : `There is no post "${id}" under content/posts.`, 404);
    return text(`${error.format()}\n\n${zh ? '请在编辑器中修改这个文件，然后重新加载本页。' : 'Fix the file in your editor, then reload this page.'}`, 422);
  }
}

function text(body: string, status: number): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
