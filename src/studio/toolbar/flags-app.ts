/**
 * Dev toolbar app: the Throughline flags of the page being viewed (a studio draft at
 * /studio/drafts/<id> or a portfolio post at /posts/<id>), from /studio/api/flags?path=...
 */
import { defineToolbarApp } from 'astro/toolbar';
import { headingColon } from '../../core/language.ts';
import { messageNodes } from '../shared/message-nodes.ts';
import type { StudioLocale } from '../shared/locale.ts';
import { SILENT, TITLE, toolbarLang, toolbarLocale } from './toolbar-text.ts';

interface FlagsAnswer {
  post: string | null;
  flags: { kind: string; label?: string; severity: string; message: string }[];
  text?: { title: string; notPost: string; none: string };
  /** The studio's language, the one `text` and the messages are in. */
  lang?: 'en' | 'zh';
  /** The studio's locale (`zh-Hant`: the same Chinese in Traditional characters). */
  locale?: StudioLocale;
}

export default defineToolbarApp({
  init(canvas, app) {
    const win = document.createElement('astro-dev-toolbar-window');
    canvas.append(win);
    app.onToggled(({ state }) => {
      if (state) void show(win);
    });
    void show(win);
  },
});

async function show(win: HTMLElement): Promise<void> {
  const list = document.createElement('div');
  const answer = await fetch(`/studio/api/flags?path=${encodeURIComponent(location.pathname)}`)
    .then((r) => r.json() as Promise<FlagsAnswer>)
    .catch(() => null);
  const title = document.createElement('h2');
  const locale = toolbarLocale(answer?.locale, document.cookie, document.documentElement.lang);
  const zh = locale !== 'en';
  // The window speaks the studio's language over a page that may be in another (a post's own).
  list.lang = toolbarLang(locale);
  const text = answer?.text ?? { title: TITLE[locale], notPost: '', none: '' };
  title.textContent = answer?.post ? `${text.title}: ${answer.post}` : text.title;
  list.append(title);
  const silent = SILENT[locale];
  // A flag's message as the studio shows it: a name in the other script (LinkedIn in a 中文 sentence) carries its lang.
  const lines: (string | Node)[][] = !answer ? [[silent]] : !answer.post ? [[text.notPost]] : answer.flags.length === 0 ? [[text.none]]
    : answer.flags.map((f) => [`${f.label ?? f.kind}${headingColon(f.label ?? f.kind)}`, ...messageNodes(f.message, zh ? 'zh' : 'en')]);
  for (const line of lines) {
    const p = document.createElement('p');
    p.append(...line);
    list.append(p);
  }
  win.replaceChildren(list);
}
