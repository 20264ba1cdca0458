import { ThroughlineError } from '../../src/core/errors.ts';

/** The ThroughlineError a call throws; fails the test when it throws nothing or something else. */
export function errorOf(fn: () => unknown): ThroughlineError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ThroughlineError) return error;
    throw error;
  }
  throw new Error('expected a ThroughlineError');
}
