import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { onRequest } from '../../src/integration/control-chars-middleware.ts';
import throughline from '../../src/integration/index.ts';
import { SEARCH_PAGE_HANDOFF, withdrawPageTaker, type PageTaker } from '../../src/integration/page-handoff.ts';

const holder = globalThis as typeof globalThis & { [SEARCH_PAGE_HANDOFF]?: PageTaker };
afterEach(() => withdrawPageTaker(SEARCH_PAGE_HANDOFF));

/** Runs the middleware over a page at `path` answering `body` as `type`; what the taker got, and the answer's text. */
async function render(path: string, body: string, type = 'text/html; charset=utf-8', status = 200) {
  const taken: [string, string][] = [];
  if (holder[SEARCH_PAGE_HANDOFF]) holder[SEARCH_PAGE_HANDOFF] = (p, html) => void taken.push([p, html]);
  const context = { url: new URL(`https://example.com${path}`) };
  const response = (await onRequest(context as never, async () => new Response(body, { status, headers: { 'content-type': type } }))) as Response;
  return { taken, text: await response.text(), status: response.status };
}

describe('the build middleware', () => {
  it('should hand the search index each HTML page as written, control characters removed, and answer the same text', async () => {
    holder[SEARCH_PAGE_HANDOFF] = () => undefined;
    const page = await render('/posts/x/', '<html><body data-pagefind-body>Bell\u0007 here</body></html>');
    expect(page.text).toBe('<html><body data-pagefind-body>Bell here</body></html>');
    expect(page.taken).toEqual([['/posts/x/', page.text]]);
  });

  it('should hand over no feed, no error page and no page when no build takes them', async () => {
    holder[SEARCH_PAGE_HANDOFF] = () => undefined;
    expect((await render('/rss.xml', '<rss/>', 'application/rss+xml')).taken).toEqual([]);
    expect((await render('/404', '<html></html>', 'text/html', 404)).taken).toEqual([]);
    withdrawPageTaker(SEARCH_PAGE_HANDOFF);
    expect((await render('/posts/x/', '<html>x</html>')).text).toBe('<html>x</html>');
  });

  it("should not hand astro dev's pages to the index of a build in the same process that failed before its end", async () => {
    const taken: string[] = [];
    // What a build that stopped half-way leaves behind.
    holder[SEARCH_PAGE_HANDOFF] = (path) => void taken.push(path);
    const project = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
    const noop = () => undefined;
    const config = { root: pathToFileURL(`${project}/`), cacheDir: pathToFileURL(`${project}/.cache-never-written/`) };
    const env = { ...process.env };
    try {
      await throughline().hooks['astro:config:setup']!({ command: 'dev', config, updateConfig: noop, injectRoute: noop, addMiddleware: noop, addDevToolbarApp: noop, logger: { info: noop, warn: noop, error: noop } } as never);
    } finally {
      process.env = env;
    }
    const context = { url: new URL('https://example.com/posts/x/') };
    await onRequest(context as never, async () => new Response('<html>x</html>', { headers: { 'content-type': 'text/html' } }));
    expect(taken).toEqual([]);
  });
});
