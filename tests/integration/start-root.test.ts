/**
 * `npm start -- --root DIR`: the studio of DIR's project, served by this install, as `npm run
 * build -- --root DIR` builds it. Before, npm start ran `astro dev --root DIR`, which looked for
 * Astro's config and the studio's pages in DIR and stopped at the first request with "Failed to
 * create the dev server app: Cannot find module 'astro/app/manifest'".
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { BASIC, PROJECT } from './helpers.ts';

const base = mkdtempSync(join(tmpdir(), 'throughline-start-root-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

test('the studio and the portfolio pages of DIR, typed as --root site from the folder above it', async () => {
  cpSync(join(BASIC, 'content'), join(base, 'site/content'), { recursive: true });
  // A pillar name neither the sample brand nor the fixture has: the dashboard lists DIR's pillars.
  const planner = join(base, 'site/content/planner.json');
  writeFileSync(planner, readFileSync(planner, 'utf8').replace('"Food photography"', '"Fermentation lab"'));
  const child = spawn(process.execPath, [join(PROJECT, 'src/cli/start.mjs'), '--root', 'site', '--port', '0'], {
    // As npm runs it: from the install's root, saying where it was typed in INIT_CWD.
    cwd: PROJECT,
    env: { ...process.env, NO_COLOR: '1', VITEST: undefined, INIT_CWD: base, npm_lifecycle_event: 'start', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let out = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no studio address in: ${out}`)), 90_000);
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        const found = /studio: (http:\/\/\S+\/studio)/.exec(out);
        if (found) { clearTimeout(timer); resolve(found[1]!); }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', () => reject(new Error(`npm start ended: ${out}`)));
    });
    const studio = await fetch(url.replace('localhost', '127.0.0.1'));
    const html = await studio.text();
    expect(studio.status).toBe(200);
    // DIR's brand, not this install's sample.
    expect(html.includes('Fermentation lab')).toBe(true);
    expect(out).not.toContain('astro/app/manifest');
  } finally {
    child.kill();
  }
}, 120_000);
