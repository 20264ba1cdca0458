/**
 * A portfolio of the fixture's project and one post more, built and opened in a browser, for a
 * suite that looks at how one kind of post renders (code, tables, asides, long words...).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from './browser.ts';
import { openBuiltSite, type BuiltSite } from './static-server.ts';

/**
 * `text` written at `file` (a path under content/posts/, e.g. `2026/tabs.md`) of a fresh copy of
 * the portfolio fixture (a temp folder named from `prefix`), built, served and opened.
 */
export function openOnePostSite(prefix: string, file: string, text: string): Promise<BuiltSite> {
  return openBuiltSite(async () => {
    const root = await makeRoot(prefix);
    const path = join(root, 'content/posts', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return buildPortfolio(root);
  }, launchBrowser);
}
