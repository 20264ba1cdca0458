/**
 * `node tests/screenshots/shoot-studio.ts`: the README's studio screenshots. Starts the studio
 * on a copy of the sample project, shoots the dashboard, plan and editor in EN and 中文, light and
 * dark, at 1280 and 390 px wide (viewport only), into tests/screenshots/studio/, then compresses
 * them with pngquant (Debian package `pngquant`) when it is installed.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/browser.ts';
import { PROJECT, startStudio } from '../e2e/studio-server.ts';

const PAGES = { dashboard: '/studio', plan: '/studio/plan', editor: '/studio/drafts/2026/red-braised-pork' };
const out = join(PROJECT, 'tests/screenshots/studio');
const [studio, browser] = await Promise.all([startStudio(), launchBrowser()]);
try {
  for (const [name, path] of Object.entries(PAGES))
    for (const lang of ['en', 'zh'])
      for (const scheme of ['light', 'dark'] as const)
        for (const width of [1280, 390]) {
          const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 }, colorScheme: scheme });
          await context.addCookies([{ name: 'throughline-lang', value: lang, url: studio.url }]);
          const page = await context.newPage();
          await page.goto(`${studio.url}${path}`);
          await page.waitForLoadState('networkidle');
          await page.addStyleTag({ content: 'astro-dev-toolbar { display: none !important; }' });
          await page.screenshot({ path: join(out, `${name}-${lang}-${scheme}-${width}.png`) });
          await context.close();
        }
} finally {
  await browser.close();
  await studio.stop();
}
try {
  execFileSync('sh', ['-c', 'pngquant --force --ext .png --quality 60-85 --speed 1 *.png'], { cwd: out, stdio: 'inherit' });
} catch {
  console.warn('pngquant not found or failed: the screenshots are uncompressed');
}
console.log(`screenshots written to ${out}`);
