/**
 * Starts the studio (astro dev) on a throw-away copy of a project for tests.
 * The temp root gets a copy of content/ (the sample brand as committed, tests/support/sample.ts, or
 * `fixtureDir/content`), a copy of
 * src/ and the config (the integration routes the studio from `<root>/src/studio/pages`), and a
 * link to the project's node_modules. Stop it with `stop()`, which also deletes the copy.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dev } from 'astro';
import { sampleRoot } from '../support/sample.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');

export interface Studio {
  /** e.g. http://127.0.0.1:43123 (no trailing slash) */
  url: string;
  /** The temp project root; its content/ is what the studio reads and writes. */
  root: string;
  stop(): Promise<void>;
}

/** Copies the project (content from `fixtureDir` when given) and runs `astro dev` on a free port. */
export async function startStudio(fixtureDir?: string): Promise<Studio> {
  const root = copyProject(fixtureDir ?? sampleRoot());
  // Astro's dev server skips its request handling when it sees VITEST (it assumes a unit test
  // wants the Vite plugins only); the studio tests need real routes.
  const vitest = process.env.VITEST;
  delete process.env.VITEST;
  const server = await dev({
    root,
    logLevel: (process.env.STUDIO_LOG as 'debug') ?? 'error',
    server: { host: '127.0.0.1', port: 0 },
    vite: {
      cacheDir: join(root, '.vite'),
      // node_modules is a link to the project's: let the dev server serve client code from it.
      server: { fs: { allow: [root, PROJECT] } },
    },
  }).finally(() => {
    if (vitest !== undefined) process.env.VITEST = vitest;
  });
  return {
    url: `http://127.0.0.1:${server.address.port}`,
    root,
    async stop() {
      // Astro writes its content data store on a timer after a post file appears or goes: let
      // that land before the folder is deleted, or it fails with ENOENT after the test ends.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await server.stop();
      rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

function copyProject(contentFrom: string): string {
  const root = mkdtempSync(join(tmpdir(), 'throughline-studio-'));
  for (const file of ['astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(PROJECT, file), join(root, file));
  cpSync(join(PROJECT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(PROJECT, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(contentFrom, 'content'), join(root, 'content'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
