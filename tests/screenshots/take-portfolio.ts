/**
 * Screenshots of the sample portfolio (content/ as committed): home, post, tag, search and about, light and
 * dark, desktop (1280 px) and phone (390 px), as PNGs in OUT (default tests/screenshots/portfolio).
 * Run: node tests/screenshots/take-portfolio.ts [OUT]; shrink them with pngquant before committing.
 */
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPortfolio, PROJECT } from '../fixtures/roots/portfolio/build-fixture.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { serveStatic } from '../e2e/static-server.ts';
import { sampleRoot } from '../support/sample.ts';

const out = process.argv[2] ?? join(PROJECT, 'tests/screenshots/portfolio');
const root = await mkdtemp(join(tmpdir(), 'tl-shots-'));
await cp(join(sampleRoot(), 'content'), join(root, 'content'), { recursive: true });
await symlink(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
const { outDir } = await buildPortfolio(root, { site: 'https://meilin.example' });
const { server, base } = await serveStatic(outDir);
const browser = await launchBrowser();
const pages: Record<string, string> = {
  home: '/', post: '/posts/2026/red-braised-pork/', 'post-zh': '/posts/2026/wechat/hongshao-rou/', tag: '/tags/weeknight/', search: '/search/', about: '/about/',
};
await mkdir(out, { recursive: true });
try {
  for (const [width, device] of [[1280, 'desktop'], [390, 'phone']] as const)
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: device === 'phone' ? 844 : 900 }, colorScheme: scheme });
      for (const [name, path] of Object.entries(pages)) {
        await page.goto(base + path, { waitUntil: 'networkidle' });
        if (name === 'search') {
          await page.fill('.pagefind-ui__search-input', device === 'phone' ? '红烧' : 'noodles');
          await page.waitForSelector('.pagefind-ui__result', { timeout: 5000 }).catch(() => {});
          await page.waitForTimeout(500);
        }
        await page.screenshot({ path: join(out, `${name}-${device}-${scheme}.png`), fullPage: true });
      }
      await page.close();
    }
} finally {
  await browser.close();
  server.close();
  await rm(root, { recursive: true, force: true });
}
