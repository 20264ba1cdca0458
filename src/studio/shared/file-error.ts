/**
 * What the studio answers when a page or endpoint stops on a ThroughlineError that no page
 * handled, such as a hand edit of content/planner.json with a mistake (a zone misspelt, a
 * trailing comma) while the studio runs: every page reads the planner, so each one failed with
 * Astro's English error overlay and a stack trace, naming neither the file nor the field.
 * Now a page gets a short page in the studio's language with the file, the field, what is
 * wrong and the hint (the text `check` prints), and an endpoint gets JSON `{error, errors: {form}}`
 * (the editor's autosave shows `errors.form` beside Save). The status is 422: the request was
 * fine, a file it needs is not. Nothing is written: the planner store never saves over a file
 * that does not validate.
 */
import type { ThroughlineError } from '../../core/errors.ts';
import { json } from './json.ts';
import type { Lang } from './i18n.ts';

const TEXT = {
  title: { en: 'A file of your project has a mistake', zh: '项目里的一个文件有错误' },
  what: {
    en: 'The studio cannot show this page until it is fixed, and it writes nothing to the file meanwhile.',
    zh: '修好之前，工作室无法显示这个页面，也不会改写这个文件。',
  },
  fix: { en: 'Fix it in your editor, then reload this page.', zh: '请在编辑器中修改它，然后重新加载本页。' },
  reload: { en: 'Reload', zh: '重新加载' },
} as const;

/**
 * The response for `error` (its `format(lang)`: file, field, message, hint): JSON when `asJson`
 * (an endpoint or a script), else an HTML page. `lang` is the studio's language of the request.
 */
export function fileErrorResponse(error: ThroughlineError, lang: Lang, asJson: boolean): Response {
  const text = error.format(lang);
  if (asJson) return json({ error: text, errors: { form: text } }, 422);
  const t = (key: keyof typeof TEXT) => TEXT[key][lang];
  const html = `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(t('title'))}</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Noto Sans SC", sans-serif; line-height: 1.5; }
  body { max-width: 46rem; margin: 0 auto; padding: 2rem 1rem; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border-radius: 6px; border-left: 4px solid #cf222e; background: color-mix(in srgb, currentColor 6%, transparent); font-size: 0.95rem; }
  a { display: inline-block; min-height: 44px; line-height: 44px; }
</style></head>
<body><main>
<h1>${escape(t('title'))}</h1>
<pre data-file-error>${escape(text)}</pre>
<p>${escape(t('what'))}${lang === 'zh' ? '' : ' '}${escape(t('fix'))}</p>
<p><a href="">${escape(t('reload'))}</a></p>
</main></body></html>
`;
  return new Response(html, { status: 422, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
