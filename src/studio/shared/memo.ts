/**
 * Per-request work kept while the project is unchanged: `memoizeOn(posts, key, compute)` returns
 * the value computed for the same `posts` array (readStudioProject returns the same array while
 * no post file changed) and the same key (put into it everything else the value depends on: the
 * planner text, the language, `now` in minutes). The last 32 keys per array are kept (every page together needs about 20).
 */
const kept = new WeakMap<object, Map<string, unknown>>();

export function memoizeOn<T>(anchor: object, key: string, compute: () => T): T {
  let values = kept.get(anchor);
  if (!values) kept.set(anchor, (values = new Map()));
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  if (values.size >= 32) values.delete(values.keys().next().value!);
  values.set(key, value);
  return value;
}

/** `now` in whole minutes: the finest unit a flag, streak or slot outcome reads. */
export function minuteOf(now: number): number {
  return Math.floor(now / 60_000);
}
