/**
 * `npm run build`: Astro's build of this project (`astro build` and its options), or, with
 * `--root DIR`, of the project in DIR with this install's config, pages and styles (build-root.ts).
 * Plain JavaScript, as throughline.mjs: Astro's own entry runs in this process either way.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const { readBuildRequest } = await import('./build-root.ts');
// npm runs the script from this install's root and says where it was typed in INIT_CWD.
const typed = process.env.INIT_CWD;
const from = typed && isAbsolute(typed) && process.env.npm_lifecycle_event === 'build' ? typed : process.cwd();
const request = readBuildRequest(process.argv.slice(2), from);
if (request.kind === 'error') {
  const { localeLanguage } = await import('../core/language.ts');
  console.error(`throughline: ${request.message[localeLanguage(process.env)]}`);
  process.exit(2);
} else if (request.kind === 'root') {
  process.env.THROUGHLINE_BUILD_ROOT = request.root;
  // The build check names a file of DIR as the user can open it from where they typed the command.
  process.env.THROUGHLINE_TYPED_FROM = from;
  const { build } = await import('astro');
  try {
    await build(request.config);
  } catch (error) {
    // As `astro build` ends a plain build: the refusal alone (`[Throughline] site/content/planner.json: …`),
    // exit 1; uncaught, Node dumped it as an object (`{ type: 'AstroUserError', hint: undefined }`).
    if (error && typeof error === 'object' && error.type === 'AstroUserError') {
      console.error(`[${error.name}] ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
    } else console.error(error);
    process.exit(1);
  }
} else {
  const bin = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
  process.argv = [process.argv[0], bin, 'build', ...request.args];
  await import(bin);
}
