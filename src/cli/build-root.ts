/**
 * `npm run build -- --root DIR`: the portfolio of the project in DIR (its content/ and public/,
 * written to DIR/dist) built by this install (its config, pages, styles and packages), as `check`,
 * `import` and `init` read DIR with --root. Astro's own --root reads astro.config.mjs from DIR,
 * which holds none: it built a site of 0 pages and said "Complete!". The integration reads DIR
 * from THROUGHLINE_BUILD_ROOT (src/integration/index.ts). Without --root, it is `astro build`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroInlineConfig } from 'astro';
import type { Text } from '../core/i18n/text.ts';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What `npm run build` was asked: Astro's own build (`astro`), DIR's content built here (`root`), or a usage error. */
export type BuildRequest = { kind: 'astro'; args: string[] } | { kind: 'root'; root: string; config: AstroInlineConfig } | { kind: 'error'; message: Text };

/**
 * Reads `npm run build`'s arguments. `--root DIR` (or `--root=DIR`) is read from `from`, the
 * folder the command was typed in (npm's INIT_CWD); DIR must hold content/planner.json. With it,
 * only `--force` (Astro's: rebuild the content cache) may stand beside it. `project` is this
 * install's root, whose public/ is used when DIR has none.
 */
export function readBuildRequest(argv: readonly string[], from: string, project = PROJECT_ROOT): BuildRequest {
  const at = argv.findIndex((arg) => arg === '--root' || arg.startsWith('--root='));
  if (at < 0) return { kind: 'astro', args: [...argv] };
  const value = argv[at] === '--root' ? argv[at + 1] : argv[at]!.slice('--root='.length);
  if (!value || value.startsWith('--')) return { kind: 'error', message: { en: '--root: needs a value (the folder holding content/, e.g. --root ../my-blog)', zh: '--root：需要一个值（存放 content/ 的文件夹，例如 --root ../my-blog）' } };
  const rest = argv.filter((_, i) => i !== at && !(argv[at] === '--root' && i === at + 1));
  const other = rest.find((arg) => arg !== '--force');
  if (other) return { kind: 'error', message: { en: `${other}: not read with --root (only --force is)`, zh: `${other}：与 --root 同用时不读取（只读取 --force）` } };
  const root = resolve(from, value);
  const planner = join(root, 'content', 'planner.json');
  if (!existsSync(planner)) return { kind: 'error', message: { en: `--root ${value}: no file ${planner}: pass the folder that holds content/ (npm run throughline -- init --root ${value} makes one)`, zh: `--root ${value}：没有文件 ${planner}：请传入存放 content/ 的文件夹（npm run throughline -- init --root ${value} 可以新建）` } };
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
