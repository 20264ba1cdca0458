/** A static file server for a built site on 127.0.0.1 and a free port (404.html for misses). */
import { createServer, type Server } from 'node:http';
import { readFile, rm, stat } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.xml': 'application/xml', '.ics': 'text/calendar', '.wasm': 'application/wasm', '.txt': 'text/plain',
};

export async function serveStatic(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    res.writeHead(body ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body ?? (await readFile(join(dir, '404.html'))));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('e2e: the static server has no port');
  return { server, base: `http://127.0.0.1:${address.port}` };
}

/**
 * A built portfolio served and a browser open on it, for a suite's beforeAll: `build` makes the
 * project (a temp root) and its dist/, and removes its root itself if it fails; `close` (for
 * afterAll) stops the browser and the server and removes the root.
 */
export async function openBuiltSite(build: () => Promise<{ root: string; outDir: string }>, launch: () => Promise<Browser>): Promise<BuiltSite> {
  const { root, outDir } = await build();
  const { server, base } = await serveStatic(outDir);
  const browser = await launch();
  return {
    root,
    base,
    browser,
    close: async () => {
      await browser.close();
      server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export interface BuiltSite { root: string; base: string; browser: Browser; close(): Promise<void> }
