/**
 * `npm run build`: Astro's build of this project (`astro build` and its options), or, with
 * `--root DIR`, of the project in DIR with this install's config, pages and styles (build-root.ts).
 */
import { runAstroCommand } from './astro-command.mjs';

const { readBuildRequest } = await import('./build-root.ts');
await runAstroCommand('build', 'build', readBuildRequest);
