/**
 * The child processes a build starts beside Astro (the build check's flags: build-check-flags.ts;
 * the social-image drawers: social-worker.ts), forked the same way.
 *
 * Processes, not worker threads: both load native addons (Sätteri's Markdown parser, Skia through
 * @napi-rs/canvas), and Node 24 can crash when a thread that used an addon is torn down
 * (nodejs/node#63540); a native crash in a worker thread takes the whole build with it, while a
 * child's crash costs only its answer, which the build then computes itself.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface HelperProcess {
  child: ChildProcess;
  /**
   * From now on the child (and its IPC channel) keeps this process alive, as an awaited answer
   * needs; false, doing nothing, when the child has already ended.
   */
  hold(): boolean;
}

/**
 * Forks the module at `module` under this Node. The input crosses as a worker's `workerData`
 * would, by V8's structured serialization ('advanced'). Only IPC messages are read: the child's
 * output (a failed start's stack trace) is dropped, the caller falls back on its own answer. The
 * child starts released: it does not keep this process alive (a build that stops early does not
 * wait for it) until `hold()`. Throws as `fork` does when the process cannot be started.
 *
 * With `env.THROUGHLINE_CACHE_DIR` (the integration sets it from Astro's cacheDir) the child
 * keeps Node's compile cache in `<that>/node-compile` (NODE_COMPILE_CACHE, Node >= 22.1; a
 * NODE_COMPILE_CACHE of the user's own wins): the TypeScript stripped and V8 code of the modules
 * it loads, each entry checked against the source's hash, the Node version and V8's flags by
 * Node. Loading the build check's 67 modules then costs ~80 ms of CPU instead of ~400 ms.
 */
export function forkHelper(module: URL, env: NodeJS.ProcessEnv = process.env): HelperProcess {
  const compileCache = env.THROUGHLINE_CACHE_DIR && !env.NODE_COMPILE_CACHE ? join(env.THROUGHLINE_CACHE_DIR, 'node-compile') : undefined;
  const child = fork(module, [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    // The host's flags (a test runner's loaders, an inspector's port) are not the child's.
    execArgv: [],
    env: compileCache ? { ...env, NODE_COMPILE_CACHE: compileCache } : env,
  });
  child.unref();
  child.channel?.unref();
  return {
    child,
    hold: () => {
      if (child.exitCode !== null || child.signalCode !== null) return false;
      child.ref();
      child.channel?.ref();
      return true;
    },
  };
}
