/**
 * Serialises work on one file: a promise queue inside this process (proper-lockfile refuses a
 * second lock from the same process) and a lock directory (`<file>.lock`) across processes.
 */
import { ThroughlineError } from '../core/errors.ts';

const queues = new Map<string, Promise<unknown>>();

export async function withFileLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(file) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => lockAcross(file, work));
  queues.set(file, run);
  try {
    return await run;
  } finally {
    if (queues.get(file) === run) queues.delete(file);
  }
}

async function lockAcross<T>(file: string, work: () => Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    // Loaded on the first write: a command that only reads (check) never needs it.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(file, {
      realpath: false,
      stale: staleMs(),
      retries: { retries: 100, factor: 1.2, minTimeout: 10, maxTimeout: 250 },
    });
  } catch (error) {
    const reason = (error as Error).message;
    throw new ThroughlineError(
      { en: `could not lock the file for writing (${reason})`, zh: `无法锁定文件以写入（${reason}）` },
      {
        file,
        hint: {
          en: `another Throughline process holds ${file}.lock; retry, or delete that folder if no other process runs`,
          zh: `另一个 Throughline 进程持有 ${file}.lock；请重试，如果没有其他进程在运行，可删除那个文件夹`,
        },
      },
    );
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

/**
 * How old a lock left by a killed process must be before it is taken over: 10 s, or
 * THROUGHLINE_LOCK_STALE_MS (proper-lockfile's floor is 2 s; the reliability suite uses it).
 */
function staleMs(): number {
  const value = Number(process.env.THROUGHLINE_LOCK_STALE_MS);
  return Number.isFinite(value) && value >= 2000 ? value : 10_000;
}
