/**
 * Dev toolbar app: the Throughline flags of the page being viewed (a studio draft at
 * /studio/drafts/<id> or a portfolio post at /posts/<id>), from /studio/api/flags?path=...
 */
import { defineToolbarApp } from 'astro/toolbar';

interface FlagsAnswer {
  post: string | null;
  flags: { kind: string; label?: string; severity: string; message: string }[];
  text?: { title: string; notPost: string; none: string };
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
  const zh = document.documentElement.lang.startsWith('zh');
  const text = answer?.text ?? { title: 'Throughline flags', notPost: 'This page is not a post.', none: 'No flags.' };
  title.textContent = answer?.post ? `${text.title}: ${answer.post}` : text.title;
  list.append(title);
  const silent = zh ? '工作室没有响应。' : 'The studio did not answer.';
  const lines = !answer ? [silent] : !answer.post ? [text.notPost] : answer.flags.length === 0 ? [text.none] : answer.flags.map((f) => `${f.label ?? f.kind}: ${f.message}`);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    list.append(p);
  }
  win.replaceChildren(list);
}
