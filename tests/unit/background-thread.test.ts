import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { lowerThisThreadPriority } from '../../src/integration/background-thread.ts';

const HELPER = new URL('../../src/integration/background-thread.ts', import.meta.url).href;

/** Runs the helper in a fresh worker thread; resolves with what it returned and the thread's nice value after. */
function inWorker(): Promise<{ lowered: boolean; nice: number }> {
  const code = `const { parentPort } = require('node:worker_threads');
import(${JSON.stringify(HELPER)}).then((m) => parentPort.postMessage({ lowered: m.lowerThisThreadPriority(), nice: require('node:os').getPriority(0) }));`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (m) => (resolve(m), worker.terminate()));
    worker.once('error', reject);
  });
}

describe('the priority of the build background threads', () => {
  it.runIf(process.platform === 'linux')('a worker thread that lowers its priority runs at nice 10 while the main thread keeps its own', async () => {
    const before = getPriority(0);
    const { lowered, nice } = await inWorker();
    expect(lowered).toBe(true);
    expect(nice).toBe(10);
    expect(getPriority(0)).toBe(before);
  });

  it('the main thread is never lowered: it renders the pages', () => {
    const before = getPriority(0);
    expect(lowerThisThreadPriority()).toBe(false);
    expect(getPriority(0)).toBe(before);
  });
});
