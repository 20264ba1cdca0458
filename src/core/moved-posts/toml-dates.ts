/**
 * TOML dates and times as the file wrote them. smol-toml hands over a Date, and a Date writes
 * milliseconds the file never had (`19:30:00` -> `19:30:00.000`) and drops digits past them.
 */
import { TomlDate } from 'smol-toml';

// TOML v1.0.0 date-time, local date and local time literals (toml.io/en/v1.0.0#offset-date-time).
const DATE_LITERAL = /\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?/y;
const STRING_END: Record<string, RegExp> = { '"""': /"""(?!")/g, "'''": /'''(?!')/g, '"': /(?<!\\)(?:\\\\)*"/g, "'": /'/g };

/**
 * The date and time literals of a TOML block outside strings and comments, keyed by what
 * smol-toml's TomlDate#toISOString gives for them (`2025-11-04T19:30:00.000-03:00` ->
 * `2025-11-04T19:30:00-03:00`). Two spellings of one value (`…:00Z`, `…:00.000Z`) keep the first.
 */
export function tomlDateLiterals(block: string): Map<string, string> {
  const literals = new Map<string, string>();
  for (let i = 0; i < block.length; ) {
    const quote = /^(?:"""|'''|"|')/.exec(block.slice(i, i + 3))?.[0];
    if (quote) {
      const end = STRING_END[quote]!;
      end.lastIndex = i + quote.length;
      i = end.exec(block) ? end.lastIndex : block.length;
      continue;
    }
    if (block[i] === '#') {
      const eol = block.indexOf('\n', i);
      i = eol < 0 ? block.length : eol;
      continue;
    }
    DATE_LITERAL.lastIndex = i;
    const literal = /[\w.:+-]/.test(block[i - 1] ?? ' ') ? null : DATE_LITERAL.exec(block)?.[0];
    if (!literal || /[\w.:+-]/.test(block[i + literal.length] ?? ' ')) {
      i += 1;
      continue;
    }
    const value = new TomlDate(literal);
    if (value.isValid() && !literals.has(value.toISOString())) literals.set(value.toISOString(), literal);
    i += literal.length;
  }
  return literals;
}

/** TOML values as YAML writes them: a date or time as `literals` (tomlDateLiterals) has it, tables as plain maps. */
export function plainToml(value: unknown, literals: Map<string, string>): unknown {
  if (value instanceof Date) return literals.get(value.toISOString()) ?? value.toISOString();
  if (Array.isArray(value)) return value.map((v) => plainToml(v, literals));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainToml(v, literals)]));
  return value;
}
