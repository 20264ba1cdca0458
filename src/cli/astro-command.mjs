/**
 * `npm start` (cli/start.mjs) and `npm run build` (cli/build.mjs), run through Astro's own entry
 * in this process. Plain JavaScript, as throughline.mjs.
 */
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro's `dev` or `build` of this project with its options, or, with `--root DIR`, of the project
 * in DIR with this install's config, pages, styles and studio (build-root.ts). A refused request
 * (an unknown option, a missing DIR) prints why in the locale's language (繁體 for a Taiwan, Hong
 * Kong or Macau locale, as the CLI) and exits 2; a failed `--root` run prints Astro's refusal and
 * exits 1.
 *
 * @param {'dev' | 'build'} command Astro's command
 * @param {'start' | 'build'} script the npm script that runs it (npm names it in npm_lifecycle_event)
 * @param {(args: string[], from: string) => any} readRequest build-root.ts readStartRequest or readBuildRequest
 * @returns {Promise<void>}
 */
export async function runAstroCommand(command, script, readRequest) {
  // npm runs the script from this install's root and says where it was typed in INIT_CWD.
  const typed = process.env.INIT_CWD;
  const from = typed && isAbsolute(typed) && process.env.npm_lifecycle_event === script ? typed : process.cwd();
  const request = readRequest(process.argv.slice(2), from);
  if (request.kind === 'error') {
    const { localeMessages } = await import('../core/language.ts');
    const locale = localeMessages(process.env);
    let message = request.message[locale === 'en' ? 'en' : 'zh'];
    if (locale === 'zh-Hant') message = (await import('../studio/shared/traditional.ts')).uiText(locale, message);
    console.error(`throughline: ${message}`);
    process.exit(2);
  } else if (request.kind === 'root') {
    // The integration reads DIR's content from here (src/integration/index.ts), and the build
    // check names a file of DIR as the user can open it from where they typed the command.
    process.env.THROUGHLINE_BUILD_ROOT = request.root;
    process.env.THROUGHLINE_TYPED_FROM = from;
    const astro = await import('astro');
    try {
      await astro[command](request.config);
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
    process.argv = [process.argv[0], bin, command, ...request.args];
    await import(bin);
  }
}
