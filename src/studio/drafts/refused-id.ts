/**
 * The page of a post whose file name makes an id the editor refuses ("blog/bad id.md",
 * "2026/🎉.md": the `post-id` flag of `check`, core/post-id-flag.ts). Every studio link to a post
 * leads to /studio/drafts/<id> (shared/urls.ts draftHref); for such a post that address shows a
 * rename form instead of a refusal: the new id filled in with the flag's `suggested`, posted back
 * to the same address as the editor's Rename / move (drafts/post-actions.ts), which moves the
 * file and opens the editor at the new id.
 */
import { flagPostIds } from '../../core/post-id-flag.ts';
import { ThroughlineError } from '../../core/errors.ts';
import { checkPostId } from '../../store/post-paths.ts';
import { listPosts, readListedPostAsWritten } from '../../store/posts.ts';
import { translateErrors } from '../shared/error-strings.ts';
import { escapeHtml, plainStudioPage } from '../shared/file-error.ts';
import type { Lang } from '../shared/i18n.ts';
import { localeLang, type StudioLocale } from '../shared/locale.ts';
import { uiText } from '../shared/traditional.ts';
import { draftHref } from '../shared/urls.ts';
import { runPostAction } from './post-actions.ts';

const TEXT = {
  heading: { en: 'Rename this post to open it', zh: '重命名这篇内容后才能打开' },
  what: {
    en: 'The studio opens, plans and edits a post by its id, its file name under content/posts; this name is no id. Give the file a new name here: the post, its text and frontmatter stay as they are.',
    zh: '工作室按 ID（content/posts 下的文件名）打开、排期和编辑内容，这个文件名不能用作 ID。在这里给文件换个名字：内容本身、正文和 frontmatter 都不变。',
  },
  to: { en: 'New id', zh: '新 ID' },
  rename: { en: 'Rename and open', zh: '重命名并打开' },
  all: { en: 'All posts', zh: '全部内容' },
} as const;

/**
 * The answer of /studio/drafts/<id> (and /studio/publish/<id>) when `id` is refused by
 * checkPostId and a listed post has that id: on GET the rename form (200), on a POST with
 * `action=move` the rename (303 to the editor at the new id) or the form again with the reason
 * (400, or 409 when the file changed). Null for any other id: the page goes on as usual (a
 * refused id that no file has is still the 400 of post-page.ts).
 */
export async function refusedIdAnswer(root: string, id: string, request: Request, locale: Lang | StudioLocale): Promise<Response | null> {
  if (checkPostId(id) === null) return null;
  const lang = localeLang(locale);
  const { posts } = await listPosts(root).catch(() => ({ posts: [] }));
  const flag = flagPostIds(posts, lang).find((f) => f.post === id);
  if (!flag) return null;
  let error: string | undefined;
  let typed = flag.suggested;
  if (request.method === 'POST') {
    const form = await request.formData();
    if (form.get('action') === 'move') {
      const outcome = await runPostAction(root, id, 'move', form);
      if (outcome instanceof Response) return outcome;
      error = translateErrors(outcome, lang).move;
      typed = String(form.get('to') ?? '').trim();
    }
  }
  const revision = await readListedPostAsWritten(root, id).then((stored) => stored.revision, (e) => (e instanceof ThroughlineError ? '' : Promise.reject(e)));
  const t = (key: keyof typeof TEXT) => escapeHtml(uiText(locale, TEXT[key][lang]));
  const status = !error ? 200 : /changed on disk|磁盘上被修改/.test(error) ? 409 : 400;
  // The flag names the file and id, and the error what was typed: kept as written (uiText).
  const say = (text: string) => uiText(locale, text, [id, typed]);
  if (error) error = say(error);
  return plainStudioPage(locale, uiText(locale, TEXT.heading[lang]), status, `<pre>${escapeHtml(`${flag.file}\n${say(flag.message)}\n${say(flag.hint)}`)}</pre>
<p>${t('what')}</p>
<form method="post" action="${escapeHtml(draftHref(id))}" data-rename-refused>
<input type="hidden" name="action" value="move"><input type="hidden" name="revision" value="${escapeHtml(revision)}">
<label for="rename-to">${t('to')}</label><input id="rename-to" name="to" required value="${escapeHtml(typed)}"${error ? ' aria-invalid="true" aria-describedby="rename-error"' : ''}>
${error ? `<p id="rename-error" role="alert">${escapeHtml(error)}</p>\n` : ''}<p><button type="submit">${t('rename')}</button></p>
</form>
<p><a href="/studio/drafts">${t('all')}</a></p>`);
}
