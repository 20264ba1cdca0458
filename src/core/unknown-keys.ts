/**
 * Keys of planner.json that Throughline does not read. The schema keeps them (a file written by a
 * newer version, a field of the user's own), so a typo such as `"timezon"` on a channel or
 * `"showConsistancy"` under `portfolio` used to be ignored in silence: the channel fell back to the
 * brand's zone and nothing said why. Each is now a warning naming the file and the key's JSON
 * path, with the key valid at that place it most likely meant; the file is never changed for it.
 */
import type { Lang } from './language.ts';
import { nearestWord } from './near-words.ts';
import { PLANNER_EXTRA_KEYS, PLANNER_KEYS, type KeyShape } from './schema/planner-keys.ts';

export interface UnknownKey {
  /** The key's JSON path, as errors name fields: `channels[1].timezon`, `brand["time zone"]`. */
  path: string;
  /** The JSON path of the object that holds it ('' for the top level). */
  parent: string;
  /** The key as written. */
  key: string;
  /** The key valid at that place it most likely meant (meantKey), if one is near enough. */
  meant?: string;
}

/**
 * Every key of `value` that `shape` (schema/planner-keys.ts KeyShape) does not know, at any
 * depth, in the order the value holds them; `extra` keys of the top level are known too. An
 * unknown key's own value is not walked (one warning says it all), nor is a value of another
 * type than its shape expects (validation has refused it already).
 */
export function findUnknownKeys(value: unknown, shape: KeyShape, extra: readonly string[] = []): UnknownKey[] {
  const found: UnknownKey[] = [];
  const walk = (v: unknown, s: KeyShape, at: string, allowed: readonly string[]) => {
    if (s === null || typeof v !== 'object' || v === null) return;
    if (Array.isArray(s)) {
      if (Array.isArray(v)) v.forEach((item, i) => walk(item, s[0]!, `${at}[${i}]`, []));
      return;
    }
    if (Array.isArray(v)) return;
    const known = Object.keys(s);
    for (const [key, inner] of Object.entries(v)) {
      const path = pathOf(at, key);
      if (Object.hasOwn(s, key)) walk(inner, (s as Record<string, KeyShape>)[key]!, path, []);
      else if (!allowed.includes(key)) {
        const meant = meantKey(key, known);
        found.push({ path, parent: at, key, ...(meant !== undefined && { meant }) });
      }
    }
  };
  walk(value, shape, '', extra);
  return found;
}

/**
 * findUnknownKeys of planner.json's data: against PLANNER_KEYS, `sample` and `$schema` known at
 * the top, and a user's own key ({@link isOwnKey}) left alone at any depth.
 */
export function findUnknownPlannerKeys(planner: unknown): UnknownKey[] {
  return findUnknownKeys(planner, PLANNER_KEYS, PLANNER_EXTRA_KEYS).filter((u) => !isOwnKey(u.key));
}

/**
 * True for a key the user marks as their own, never a Throughline field: one starting with `$`
 * (JSON Schema's `$comment`, `$schema`) or `x-` in any case (OpenAPI's specification
 * extensions, `x-notes`, `X-Team`). No field of planner.json starts so, so a typo of one
 * (`timezon`) is still found.
 */
export function isOwnKey(key: string): boolean {
  return key.startsWith('$') || /^x-/i.test(key);
}

/**
 * The one of `known` that `key` most likely meant: the same key in other capitals or with `_`,
 * `-` or spaces (`time_zone`, `TimeZone`), else the nearest by near-words.ts nearestWord (a
 * letter dropped, added, changed or two swapped: `timezon`, `cadense`, `pilars`).
 */
export function meantKey(key: string, known: readonly string[]): string | undefined {
  const bare = (k: string) => k.toLowerCase().replace(/[\s_-]/g, '');
  return known.find((k) => bare(k) === bare(key)) ?? nearestWord(key, known);
}

/** `at` and then `key`: `.key` for a name JavaScript could write so, else `["key"]` (JSON-quoted). */
function pathOf(at: string, key: string): string {
  if (!/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key)) return `${at}[${JSON.stringify(key)}]`;
  return at ? `${at}.${key}` : key;
}

export interface UnknownKeyFlag {
  kind: 'unknown-key';
  severity: 'warning';
  file: 'content/planner.json';
  /** The key's JSON path (UnknownKey.path). */
  field: string;
  key: string;
  /** The key it most likely meant, when one is near enough. */
  meant?: string;
  message: string;
  hint: string;
}

/**
 * A warning for each key of planner.json that Throughline does not read (findUnknownKeys against
 * PLANNER_KEYS; `sample` and `$schema` at the top are there on purpose, and a key of the user's
 * own, isOwnKey, is left alone), in `lang`. `planner` is
 * the validated planner: the schema keeps the keys it does not know, in the file's places.
 */
export function flagUnknownPlannerKeys(planner: object, lang: Lang): UnknownKeyFlag[] {
  const zh = lang === 'zh';
  return findUnknownPlannerKeys(planner).map(({ path, key, meant }) => ({
    kind: 'unknown-key' as const,
    severity: 'warning' as const,
    file: 'content/planner.json' as const,
    field: path,
    key,
    ...(meant !== undefined && { meant }),
    message: zh
      ? `${path}：Throughline 不认识这个键，所以它不起作用${meant === undefined ? '' : `（是不是想写 "${meant}"？）`}`
      : `${path}: Throughline does not know this key, so it has no effect${meant === undefined ? '' : ` (did you mean "${meant}"?)`}`,
    hint: meant !== undefined
      ? zh ? `请把 "${key}" 改成 "${meant}"` : `rename "${key}" to "${meant}"`
      : zh
        ? `请检查拼写（README 中 planner.json 一节列出了每个键），或删掉它；如果是你自己的键，请在前面加上 x-（"x-${key}"）或 $，Throughline 就不再提醒；更新版本的 Throughline 写入的键会原样保留`
        : `check its spelling (README's planner.json section lists every key), or remove it; a key of your own is left alone when it starts with x- ("x-${key}") or $; a key a newer Throughline wrote is kept as it is`,
  }));
}
