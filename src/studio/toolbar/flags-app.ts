/**
 * Dev toolbar app: the Throughline flags of the page being viewed (a studio draft at
 * /studio/drafts/<id> or a portfolio post at /posts/<id>), from /studio/api/flags?path=...
 */
import { defineToolbarApp } from 'astro/toolbar';

interface FlagsAnswer {
  post: string | null;
  flags: { kind: string; severity: string; message: string }[];
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
  title.textContent = answer?.post ? `Throughline flags: ${answer.post}` : 'Throughline flags';
  list.append(title);
  const lines = !answer ? ['The studio did not answer.'] : !answer.post ? ['This page is not a post.'] : answer.flags.length === 0 ? ['No flags.'] : answer.flags.map((f) => `${f.severity} · ${f.kind}: ${f.message}`);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    list.append(p);
  }
  win.replaceChildren(list);
}
