/**
 * `npm start`: the studio (`astro dev` and its options), or, with `--root DIR`, the studio of the
 * project in DIR served with this install's config, pages and studio (build-root.ts
 * readStartRequest), as `npm run build -- --root DIR` builds it. Plain JavaScript, as build.mjs.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const { readStartRequest } = await import('./build-root.ts');
// npm runs the script from this install's root and says where it was typed in INIT_CWD.
const typed = process.env.INIT_CWD;
const from = typed && isAbsolute(typed) && process.env.npm_lifecycle_event === 'start' ? typed : process.cwd();
const request = readStartRequest(process.argv.slice(2), from);
if (request.kind === 'error') {
  const { localeLanguage } = await import('../core/language.ts');
  console.error(`throughline: ${request.message[localeLanguage(process.env)]}`);
  process.exit(2);
} else if (request.kind === 'root') {
  // The integration reads DIR's content from here, in dev as in a build (src/integration/index.ts).
  process.env.THROUGHLINE_BUILD_ROOT = request.root;
  process.env.THROUGHLINE_TYPED_FROM = from;
  const { dev } = await import('astro');
  try {
    await dev(request.config);
  } catch (error) {
    if (error && typeof error === 'object' && error.type === 'AstroUserError') {
      console.error(`[${error.name}] ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
    } else console.error(error);
    process.exit(1);
  }
} else {
  const bin = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
  process.argv = [process.argv[0], bin, 'dev', ...request.args];
  await import(bin);
}
