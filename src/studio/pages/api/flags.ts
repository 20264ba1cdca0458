/**
 * GET /studio/api/flags?path=/studio/drafts/2026/x (or /posts/2026/x) -> {post, flags, text}: the
 * check flags of the post a page shows (each with `label`, and message in the studio's
 * language); post is null for other pages. `text` holds the toolbar's own lines. Used by the
 * toolbar app.
 */
import type { APIRoute } from 'astro';
import { translateMessage } from '../../_lib/i18n-errors.ts';
import { createTranslator } from '../../_lib/i18n.ts';
import { DRAFTS_TEXT } from '../../_lib/i18n-drafts.ts';
import { MANAGE_TEXT } from '../../_lib/i18n-manage.ts';
import { PLAN_TEXT } from '../../_lib/i18n-plan.ts';
import { json } from '../../_lib/json.ts';
import { getStudioLang } from '../../_lib/lang.ts';
import { studioRoot } from '../../_lib/root.ts';
import { loadStudioData } from '../../_lib/studio-data.ts';

export const prerender = false;

const POST_PAGE = /^\/(?:studio\/drafts|studio\/publish|posts)\/(.+?)\/?$/;

export const GET: APIRoute = async ({ url, cookies }) => {
  const lang = getStudioLang(cookies);
  const t = createTranslator(lang, PLAN_TEXT, MANAGE_TEXT, DRAFTS_TEXT);
  const text = { title: t('toolbar.title'), notPost: t('toolbar.notPost'), none: t('editor.noFlags') };
  const match = POST_PAGE.exec(url.searchParams.get('path') ?? '');
  if (!match) return json({ post: null, flags: [], text });
  let id: string;
  try {
    id = decodeURIComponent(match[1]!);
  } catch {
    return json({ error: 'the path holds a malformed percent-encoding' }, 400);
  }
  const { report } = await loadStudioData(studioRoot(), Date.now(), lang);
  const found = report.posts.find((p) => p.id === id);
  if (!found) return json({ post: null, flags: [], text });
  const flags = report.flags
    .filter((f) => 'post' in f && f.post === id)
    .map((f) => ({ ...f, label: t(`flag.${f.kind}`), message: translateMessage(f.message, lang) }));
  return json({ post: id, theme: found.theme, flags, text });
};
