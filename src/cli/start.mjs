/**
 * `npm start`: the studio (`astro dev` and its options), or, with `--root DIR`, the studio of the
 * project in DIR served with this install's config, pages and studio (build-root.ts
 * readStartRequest), as `npm run build -- --root DIR` builds it.
 */
import { runAstroCommand } from './astro-command.mjs';

const { readStartRequest } = await import('./build-root.ts');
await runAstroCommand('dev', 'start', readStartRequest);
