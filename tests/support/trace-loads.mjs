/**
 * `node --import ./tests/support/trace-loads.mjs ...`: prints, when the process exits, every
 * module URL it loaded (ESM import and require() alike, through Node's module hooks) that
 * contains TRACE_LOADS, one `loaded <url>` line each on stderr. A test asks by it whether a run
 * loaded a dependency at all, whichever way the code reaches it.
 */
import { registerHooks } from 'node:module';

const pattern = process.env.TRACE_LOADS ?? '';
const seen = new Set();
registerHooks({
  load(url, context, nextLoad) {
    if (pattern && url.includes(pattern)) seen.add(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  for (const url of seen) process.stderr.write(`loaded ${url}\n`);
});
