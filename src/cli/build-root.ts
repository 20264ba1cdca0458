/**
 * `npm run build -- --root DIR`: the portfolio of the project in DIR (its content/ and public/,
 * written to DIR/dist) built by this install (its config, pages, styles and packages), as `check`,
 * `import` and `init` read DIR with --root. Astro's own --root reads astro.config.mjs from DIR,
 * which holds none: it built a site of 0 pages and said "Complete!". The integration reads DIR
 * from THROUGHLINE_BUILD_ROOT (src/integration/index.ts). Without --root, it is `astro build`.
 * `npm start -- --root DIR` (readStartRequest): the studio of DIR's project, served by this
 * install, where Astro's --root stopped with "Cannot find module 'astro/app/manifest'".
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import type { Text } from '../core/i18n/text.ts';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What `npm run build` was asked: Astro's own build (`astro`), DIR's content built here (`root`), or a usage error. */
export type BuildRequest = { kind: 'astro'; args: string[] } | { kind: 'root'; root: string; config: AstroInlineConfig } | { kind: 'error'; message: Text };

/** Where `--root DIR` stands in `argv`, its folder (from `from`) and the other arguments, or why it cannot be read. */
function readRoot(argv: readonly string[], from: string): { root: string; value: string; rest: string[] } | { error: Text } | undefined {
  const at = argv.findIndex((arg) => arg === '--root' || arg.startsWith('--root='));
  if (at < 0) return undefined;
  const value = argv[at] === '--root' ? argv[at + 1] : argv[at]!.slice('--root='.length);
  if (!value || value.startsWith('--')) return { error: { en: '--root: needs a value (the folder holding content/, e.g. --root ../my-blog)', zh: '--root：需要一个值（存放 content/ 的文件夹，例如 --root ../my-blog）' } };
  const rest = argv.filter((_, i) => i !== at && !(argv[at] === '--root' && i === at + 1));
  const root = resolve(from, value);
  const planner = join(root, 'content', 'planner.json');
  if (!existsSync(planner)) return { error: { en: `--root ${value}: no file ${planner}: pass the folder that holds content/ (npm run throughline -- init --root ${value} makes one)`, zh: `--root ${value}：没有文件 ${planner}：请传入存放 content/ 的文件夹（npm run throughline -- init --root ${value} 可以新建）` } };
  return { root, value, rest };
}

/**
 * Reads `npm run build`'s arguments. `--root DIR` (or `--root=DIR`) is read from `from`, the
 * folder the command was typed in (npm's INIT_CWD); DIR must hold content/planner.json. With it,
 * only `--force` (Astro's: rebuild the content cache) may stand beside it. `project` is this
 * install's root, whose public/ is used when DIR has none.
 */
export function readBuildRequest(argv: readonly string[], from: string, project = PROJECT_ROOT): BuildRequest {
  const read = readRoot(argv, from);
  if (!read) return { kind: 'astro', args: [...argv] };
  if ('error' in read) return { kind: 'error', message: read.error };
  const { root, rest } = read;
  const other = rest.find((arg) => arg !== '--force');
  if (other) return { kind: 'error', message: { en: `${other}: not read with --root (only --force is)`, zh: `${other}：与 --root 同用时不读取（只读取 --force）` } };
  return {
    kind: 'root',
    root,
    config: {
      publicDir: existsSync(join(root, 'public')) ? join(root, 'public') : join(project, 'public'),
      outDir: join(root, 'dist'),
      // The content cache and social cards of DIR's posts stay beside them, not in this install.
      cacheDir: join(root, '.astro', 'cache'),
      ...(rest.includes('--force') && { force: true }),
    },
  };
}

/**
 * Reads `npm start`'s arguments. Without `--root` it is `astro dev` with them. `--root DIR` (read
 * from `from`, npm's INIT_CWD; DIR must hold content/planner.json) serves the studio of DIR's
 * content with this install's config, pages and studio, DIR's public/ (this install's when DIR has
 * none) and a content cache in DIR/.astro/cache, as `npm run build -- --root DIR` builds it. Beside
 * it `--port N`, `--host [ADDRESS]` and `--open` are read as `astro dev` reads them; any other
 * option is refused, naming it, in English and Chinese.
 */
export function readStartRequest(argv: readonly string[], from: string, project = PROJECT_ROOT): BuildRequest {
  const read = readRoot(argv, from);
  if (!read) return { kind: 'astro', args: [...argv] };
  if ('error' in read) return { kind: 'error', message: read.error };
  const { root, rest } = read;
  const server: { port?: number; host?: string | boolean; open?: boolean } = {};
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const next = inline ?? (rest[i + 1] !== undefined && !rest[i + 1]!.startsWith('--') ? rest[i + 1] : undefined);
    if (flag === '--port') {
      const port = Number(next);
      if (next === undefined || !/^\d+$/.test(next) || port > 65535) {
        const given = next === undefined ? { en: '', zh: '' } : { en: `, not "${next}"`, zh: `，而不是“${next}”` };
        return { kind: 'error', message: { en: `--port: needs a port number (e.g. --port 4322)${given.en}`, zh: `--port：需要一个端口号（例如 --port 4322）${given.zh}` } };
      }
      server.port = port;
      if (inline === undefined) i++;
    } else if (flag === '--host') {
      server.host = next ?? true;
      if (inline === undefined && next !== undefined) i++;
    } else if (flag === '--open' && inline === undefined) server.open = true;
    else return { kind: 'error', message: { en: `${rest[i]}: not read with --root (only --port, --host and --open are)`, zh: `${rest[i]}：与 --root 同用时不读取（只读取 --port、--host 和 --open）` } };
  }
  return {
    kind: 'root',
    root,
    config: {
      publicDir: existsSync(join(root, 'public')) ? join(root, 'public') : join(project, 'public'),
      cacheDir: join(root, '.astro', 'cache'),
      ...(Object.keys(server).length > 0 && { server }),
    },
  };
}
