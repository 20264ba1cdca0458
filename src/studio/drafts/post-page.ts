/**
 * The post a /studio/<page>/<id> page is about, or the Response to send instead: 400 for an id
 * that is not a post id or leads out of content/posts (a symbolic link), 404 when no file has
 * it, and 422 with the file and field when the file is there but its frontmatter does not parse
 * (the page cannot show a form for it, and must not pretend the post is missing). A page that
 * renders a preview (`preview: true`) answers 413 for a body over the size limit of
 * src/core/check.ts, naming the file, instead of spending seconds on every request.
 * Each refusal is a page of its own (plainStudioPage: a heading and the message in the studio's
 * language, with the document's language and title set for screen readers), not bare text.
 */
import { MAX_SCORED_CHARS, isTooLarge } from '../../core/check.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { frontmatterReferenceErrors } from '../../core/reference-errors.ts';
import { readPlanner } from '../../store/planner-store.ts';
import { checkPostId, findPostFile } from '../../store/post-paths.ts';
import { listPosts, readPost, type StoredPost } from '../../store/posts.ts';
import { translateMessage } from '../shared/error-strings.ts';
import type { Lang } from '../shared/i18n.ts';
import { localeLang, type StudioLocale } from '../shared/locale.ts';
import { uiText } from '../shared/traditional.ts';
import { escapeHtml, plainStudioPage } from '../shared/file-error.ts';

/** A refusal page that also carries its message as plain text (`problem`), for a page that shows it in its own way. */
export class PostRefusal extends Response {
  readonly problem: string;
  /** `more`: HTML after the message (links onward). */
  constructor(problem: string, status: keyof typeof REFUSED, locale: Lang | StudioLocale, more = '') {
    const page = plainStudioPage(locale, uiText(locale, REFUSED[status][localeLang(locale)]), status, `<pre>${escapeHtml(problem)}</pre>${more}`);
    super(page.body, { status, headers: page.headers });
    this.problem = problem;
  }
}

export async function readPostForPage(root: string, id: string, opts: { preview?: boolean; lang?: Lang | StudioLocale } = {}): Promise<StoredPost | PostRefusal> {
  const locale = opts.lang ?? 'en';
  const lang = localeLang(locale);
  const zh = lang === 'zh';
  const problem = checkPostId(id);
  // A plain page has no studio menu: each links the list of posts, so it is no dead end.
  const say = (text: string) => uiText(locale, text, [id]);
  const refuse = (status: keyof typeof REFUSED, message: string) => new PostRefusal(say(message), status, locale, allPostsLink(locale));
  if (problem) return refuse(400, zh ? `不是内容 ID：${translateMessage(problem, lang)}` : `Not a post id: ${problem}`);
  try {
    const stored = await readPost(root, id);
    if (opts.preview && isTooLarge(stored.post.body))
      return refuse(
        413,
        `${stored.post.file}: the body is ${(stored.post.body.length / 1e6).toFixed(1)} million characters, over the preview limit of ${MAX_SCORED_CHARS / 1e6} million.\n` +
          `${stored.post.file}：正文超过 ${MAX_SCORED_CHARS / 1e6} 百万字符的预览上限，不予预览。\n\nSplit it into several posts, or move large data out of the text; it can still be edited in /studio/drafts/${id}.`,
      );
    return stored;
  } catch (error) {
    if (!(error instanceof ThroughlineError)) throw error;
    // readPost failed: tell "leads outside" and "missing" from "there but broken".
    const found = await findPostFile(root, id).catch((outside) => (outside instanceof ThroughlineError ? outside : Promise.reject(outside)));
    if (found instanceof ThroughlineError) return refuse(400, found.format(lang));
    if (!found) return new PostRefusal(say(zh ? `content/posts 下没有内容“${id}”。` : `There is no post "${id}" under content/posts.`), 404, locale, await onward(root, id, locale));
    const whole = await withReferenceErrors(root, id, error);
    return refuse(422, `${whole.format(lang)}\n\n${zh ? '请在编辑器中修改这个文件，然后重新加载本页。' : 'Fix the file in your editor, then reload this page.'}`);
  }
}

/**
 * `error` (post `id`'s frontmatter does not parse) with the channel and pillar it names that the
 * planner lacks, as the dashboard and `check` list them (store/project.ts): read again only on
 * this page of a broken file, so a good post's page never reads the planner for it. `error` as
 * it is when the planner does not read either (every page then says so).
 */
async function withReferenceErrors(root: string, id: string, error: ThroughlineError): Promise<ThroughlineError> {
  const planner = await readPlanner(root).catch(() => null);
  if (!planner) return error;
  const again = await readPost(root, id, (input, file) => frontmatterReferenceErrors(planner, input, file)).then(() => error, (e: unknown) => e);
  return again instanceof ThroughlineError ? again : error;
}

/**
 * Where to go from the page of a post that is not there: the posts of the same file name in
 * another folder (a Save that published drafts/x moved it to blog/x, and Back or an old bookmark
 * asks for drafts/x; `x/index` counts as `x`), then the list of all posts. Before, the page said
 * only "No such post", with no link into the studio.
 */
async function onward(root: string, id: string, locale: Lang | StudioLocale): Promise<string> {
  const lang = localeLang(locale);
  const name = (postId: string) => postId.replace(/\/index$/, '').split('/').pop();
  const { posts } = await listPosts(root).catch(() => ({ posts: [] as { id: string }[] }));
  const link = (postId: string) => `<a href="/studio/drafts/${postId.split('/').map(encodeURIComponent).join('/')}">${escapeHtml(postId)}</a>`;
  const moved = posts.filter((post) => post.id !== id && name(post.id) === name(id)).map((post) => post.id).sort();
  const movedLine = moved.length === 0 ? '' : `<p>${escapeHtml(uiText(locale, ONWARD.moved[lang]))} ${moved.map(link).join(lang === 'zh' ? '、' : ', ')}</p>\n`;
  return `${movedLine}${allPostsLink(locale)}`;
}

/** The link to the list of all posts that every refusal page ends with. */
function allPostsLink(locale: Lang | StudioLocale): string {
  return `<p><a href="/studio/drafts">${escapeHtml(uiText(locale, ONWARD.all[localeLang(locale)]))}</a></p>`;
}

const ONWARD = {
  moved: { en: 'Was it moved or published? A post of that name is at', zh: '是不是被移到别处或已发布？同名的内容在' },
  all: { en: 'All posts', zh: '全部内容' },
} as const;

/** The heading of each refusal page, by status. */
const REFUSED = {
  400: { en: 'Not a post of this project', zh: '不是本项目的内容' },
  404: { en: 'No such post', zh: '没有这篇内容' },
  413: { en: 'Too large to preview', zh: '太大，无法预览' },
  422: { en: "This post's file has a mistake", zh: '这篇内容的文件有错误' },
} as const;

const GONE = {
  heading: { en: 'Not saved: this post is no longer on disk', zh: '未保存：这篇内容已不在磁盘上' },
  what: {
    en: 'Its file was renamed, moved or deleted outside the studio after you opened it, so nothing was written (a file at the old name would duplicate or bring back the post). Your text is below: copy it into the post where it is now, or into a new draft.',
    zh: '你打开它之后，它的文件在工作室之外被重命名、移动或删除了，所以什么也没有写入（按旧名字写会多出一篇，或让删掉的内容回来）。你的文字在下面：请复制到它现在所在的那篇内容里，或新建一篇草稿。',
  },
  brokenHeading: { en: "Not saved: this post's file has a mistake", zh: '未保存：这篇内容的文件有错误' },
  brokenWhat: {
    en: 'It was edited outside the studio after you opened it and no longer reads, so nothing was written over it. Fix it in your editor; your text is below, to copy back in.',
    zh: '你打开它之后，它在工作室之外被修改，现在读不出来了，所以没有覆盖它。请在编辑器中修好它；你的文字在下面，可以复制回去。',
  },
  title: { en: 'Title', zh: '标题' },
  body: { en: 'Text', zh: '正文' },
  drafts: { en: 'All posts', zh: '全部内容' },
} as const;

/**
 * The answer to a Save (form POST) of post `id` whose file is gone since the editor opened it
 * (`problem` undefined: 404), or is there but no longer parses (`problem`: its file, field and
 * message, 422): the typed title and body in the page (read-only fields, to copy), in the
 * studio's language. Before, the answer was the bare error text and the typed text was gone
 * from the screen.
 */
export function goneOnSave(id: string, form: FormData, locale: Lang | StudioLocale, problem?: string): Response {
  const t = (key: keyof typeof GONE) => uiText(locale, GONE[key][localeLang(locale)]);
  const value = (name: string) => escapeHtml(String(form.get(name) ?? ''));
  return plainStudioPage(locale, t(problem ? 'brokenHeading' : 'heading'), problem ? 422 : 404, `<pre>${escapeHtml(problem ?? `content/posts/${id}`)}</pre>
<p>${escapeHtml(t(problem ? 'brokenWhat' : 'what'))}</p>
<label for="gone-title">${escapeHtml(t('title'))}</label><input id="gone-title" readonly value="${value('title')}">
<label for="gone-body">${escapeHtml(t('body'))}</label><textarea id="gone-body" readonly rows="16">${value('body')}</textarea>
<p><a href="/studio/drafts">${escapeHtml(t('drafts'))}</a></p>`);
}
