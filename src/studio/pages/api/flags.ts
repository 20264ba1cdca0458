/**
 * GET /studio/api/flags?path=/studio/drafts/2026/x (or /posts/2026/x) -> {post, flags, text, lang, locale}: the
 * check flags of the post a page shows (each with `label`, and message in the studio's
 * language); post is null for other pages. `text` holds the toolbar's own lines, `lang` the
 * studio's language they are in (`locale` its script too: `zh-Hant`) (a portfolio page's own may be another). Used by the toolbar app.
 */
import type { APIRoute } from 'astro';
import { CHANNELS_TEXT } from '../../channels/strings.ts';
import { DASHBOARD_TEXT } from '../../dashboard/strings.ts';
import { PLAN_TEXT } from '../../plan/strings.ts';
import { translateMessage } from '../../shared/error-strings.ts';
import { createTranslator } from '../../shared/i18n.ts';
import { DRAFTS_TEXT } from '../../drafts/strings.ts';
import { MANAGE_TEXT } from '../../shared/manage-strings.ts';
import { json } from '../../shared/json.ts';
import { getStudioLocale } from '../../shared/lang.ts';
import { localeLang } from '../../shared/locale.ts';
import { studioRoot } from '../../shared/root.ts';
import { loadStudioData } from '../../shared/studio-data.ts';
import { postSlug } from '../../../store/post-paths.ts';

export const prerender = false;

const POST_PAGE = /^\/(?:studio\/drafts|studio\/publish|posts)\/(.+?)\/?$/;

export const GET: APIRoute = async ({ url, cookies, request, locals }) => {
  const locale = getStudioLocale({ cookies, request, locals });
  const lang = localeLang(locale);
  const t = createTranslator(locale, CHANNELS_TEXT, PLAN_TEXT, DASHBOARD_TEXT, MANAGE_TEXT, DRAFTS_TEXT);
  const text = { title: t('toolbar.title'), notPost: t('toolbar.notPost'), none: t('editor.noFlags') };
  const match = POST_PAGE.exec(url.searchParams.get('path') ?? '');
  if (!match) return json({ post: null, flags: [], text, lang, locale });
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return json({ error: 'the path holds a malformed percent-encoding' }, 400);
  }
  const { report } = await loadStudioData(studioRoot(), Date.now(), locale);
  // A portfolio page names the post by its slug: /posts/x/ is the folder post x/index.
  const portfolio = match[0].startsWith('/posts/');
  const found = report.posts.find((p) => p.id === id) ?? (portfolio ? report.posts.find((p) => postSlug(p.id) === id) : undefined);
  if (!found) return json({ post: null, flags: [], text, lang, locale });
  const flags = report.flags
    .filter((f) => 'post' in f && f.post === found.id)
    .map((f) => ({ ...f, label: t(`flag.${f.kind}`), message: translateMessage(f.message, lang) }));
  return json({ post: found.id, theme: found.theme, flags, text, lang, locale });
};
