/**
 * What the studio answers when a page or endpoint stops on a ThroughlineError that no page
 * handled, such as a hand edit of content/planner.json with a mistake (a zone misspelt, a
 * trailing comma) while the studio runs: every page reads the planner, so each one failed with
 * Astro's English error overlay and a stack trace, naming neither the file nor the field.
 * Now a page gets a short page in the studio's language with the file, the field, what is
 * wrong and the hint (the text `check` prints), and what a form post carried, read-only to copy back
 * (the page replaces the form, and its Reload is a GET), and an endpoint gets JSON `{error, errors: {form}}`
 * (the editor's autosave shows `errors.form` beside Save). The status is 422: the request was
 * fine, a file it needs is not. Nothing is written: the planner store never saves over a file
 * that does not validate.
 */
import type { ThroughlineError } from '../../core/errors.ts';
import { json } from './json.ts';
import type { Lang } from './i18n.ts';
import { htmlLang, localeLang, type StudioLocale } from './locale.ts';
import { uiText } from './traditional.ts';
import { appendTo } from '../../core/map-lists.ts';

const TEXT = {
  title: { en: 'A file of your project has a mistake', zh: '项目里的一个文件有错误' },
  what: {
    en: 'The studio cannot show this page until it is fixed, and it writes nothing to the file meanwhile.',
    zh: '修好之前，工作室无法显示这个页面，也不会改写这个文件。',
  },
  fix: { en: 'Fix it in your editor, then reload this page.', zh: '请在编辑器中修改它，然后重新加载本页。' },
  reload: { en: 'Reload', zh: '重新加载' },
  sent: { en: 'What you sent (not saved)', zh: '你提交的内容（没有保存）' },
  sentWhat: {
    en: 'Reloading shows the form as it is on disk, without this: copy what you need back in once the file is fixed.',
    zh: '重新加载后表单会显示磁盘上的内容，不含这些：文件修好后，请把需要的内容复制回去。',
  },
} as const;

/** A form's own fields, never typed by the user: they are not shown back. */
const FORM_OWN = new Set(['revision', 'editing', 'action', 'moveIdea']);

/**
 * The fields a form post carried that the user typed or chose, in order, a repeated name once
 * with its values joined by ", " (checkboxes); empty values, files and the form's own hidden
 * fields (revision, editing, action) are left out.
 */
export function typedFields(form: FormData): [string, string][] {
  const out = new Map<string, string[]>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string' || FORM_OWN.has(name) || /-(was|default|field)$/.test(name) || value.trim() === '') continue;
    appendTo(out, name, value);
  }
  return [...out].map(([name, values]) => [name, values.join(', ')]);
}

/** The words of a portfolio page that `npm start` serves beside the studio. */
const SITE_TEXT = {
  what: {
    en: 'The site cannot show this page until it is fixed (npm run build stops on it too).',
    zh: '修好之前，网站无法显示这个页面（npm run build 也会因此停下）。',
  },
} as const;

/**
 * The response for `error` (its `format(lang)`: file, field, message, hint): JSON when `asJson`
 * (an endpoint or a script), else an HTML page. `lang` is the studio's language of the request.
 * `where` is "site" for a portfolio page that `npm start` serves beside the studio (its words
 * name the site, not the studio). In `zh-Hant` every word is in Traditional characters (uiText).
 */
export function fileErrorResponse(error: ThroughlineError, locale: Lang | StudioLocale, asJson: boolean, where: 'studio' | 'site' = 'studio', sent: readonly [string, string][] = []): Response {
  const lang = localeLang(locale);
  const text = uiText(locale, error.format(lang));
  if (asJson) return json({ error: text, errors: { form: text } }, 422);
  const t = (key: keyof typeof TEXT) => uiText(locale, TEXT[key][lang]);
  const what = uiText(locale, where === 'site' ? SITE_TEXT.what[lang] : TEXT.what[lang]);
  return plainStudioPage(locale, t('title'), 422, `<pre data-file-error>${escapeHtml(text)}</pre>
<p>${escapeHtml(what)}${lang === 'zh' ? '' : ' '}${escapeHtml(t('fix'))}</p>
<p><a href="">${escapeHtml(t('reload'))}</a></p>${sentFields(sent, locale)}`);
}

/** What a form post carried (typedFields), read-only, to copy back: the page replaced the form that held it. */
function sentFields(sent: readonly [string, string][], locale: Lang | StudioLocale): string {
  if (sent.length === 0) return '';
  const lang = localeLang(locale);
  const fields = sent
    .map(([name, value], i) => `<label for="sent-${i}">${escapeHtml(name)}</label><textarea id="sent-${i}" readonly rows="${Math.min(12, value.split('\n').length + 1)}">${escapeHtml(value)}</textarea>`)
    .join('\n');
  return `\n<h2>${escapeHtml(uiText(locale, TEXT.sent[lang]))}</h2>\n<p>${escapeHtml(uiText(locale, TEXT.sentWhat[lang]))}</p>\n${fields}`;
}

/**
 * A page of its own for when the studio cannot show its usual one (no layout, no script, no
 * project data needed): `heading`, then `inner` (HTML, escaped by the caller), readable at
 * 390 px and in the dark theme.
 */
export function plainStudioPage(locale: Lang | StudioLocale, heading: string, status: number, inner: string): Response {
  const html = `<!doctype html>
<html lang="${htmlLang(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(heading)}</title>
<style>
  /* Canvas colours named, not left to the browser's default white: a link's dark-theme colour on an unset background reads (and measures) as on white. */
  :root { color-scheme: light dark; background: Canvas; color: CanvasText; font-family: system-ui, -apple-system, "Noto Sans SC", sans-serif; line-height: 1.5; }
  body { max-width: 46rem; margin: 0 auto; padding: 2rem 1rem; }
  h1 { font-size: 1.4rem; margin: 0 0 1rem; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; border-radius: 6px; border-left: 4px solid #cf222e; background: color-mix(in srgb, currentColor 6%, transparent); font-size: 0.95rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input, textarea { box-sizing: border-box; width: 100%; font: inherit; padding: 0.5rem; min-height: 44px; }
  a { display: inline-block; min-height: 44px; line-height: 44px; }
  button { font: inherit; min-height: 44px; padding: 0 1rem; }
</style></head>
<body><main>
<h1>${escapeHtml(heading)}</h1>
${inner}
</main></body></html>
`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
