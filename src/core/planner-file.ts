/**
 * Text of planner.json -> a validated Planner, with migrations from older versions. Pure: the
 * store and the studio's form handling both go through here.
 */
import { parse, type ParseError } from 'jsonc-parser';
import { findDuplicateKey } from './json-duplicate-keys.ts';
import { ThroughlineError, combineFieldErrors, formatPath, issuesToErrors } from './errors.ts';
import { findUnknownPlannerKeys } from './unknown-keys.ts';
import type { Text } from './i18n/text.ts';
import { PLANNER_VERSION, PlannerSchema, type Planner } from './schema/planner.ts';

/** Each entry turns a file of version N into version N + 1. Version 1 is the first. */
const MIGRATIONS: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>> = {};

export function migratePlanner(raw: unknown, file: string): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ThroughlineError(
      { en: 'expected a JSON object with "version", "brand", "channels" and "breaks"', zh: '应为包含 "version"、"brand"、"channels" 和 "breaks" 的 JSON 对象' },
      { file },
    );
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version === 'number' && version > PLANNER_VERSION)
    throw new ThroughlineError(
      { en: `this file is version ${version}, newer than this Throughline (version ${PLANNER_VERSION})`, zh: `这个文件是第 ${version} 版，比这个 Throughline（第 ${PLANNER_VERSION} 版）新` },
      { file, field: 'version', hint: { en: 'update Throughline (npm install) before editing this file', zh: '编辑这个文件之前，请先更新 Throughline（npm install）' } },
    );
  for (let v = typeof version === 'number' ? version : PLANNER_VERSION; v < PLANNER_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    data = step(data);
  }
  return data;
}

/** Validates planner data; throws the first problem, listing the others in the hint. */
export function validatePlanner(raw: unknown, file: string): Planner {
  const data = migratePlanner(raw, file);
  const result = PlannerSchema.safeParse(data);
  if (result.success) return result.data;
  throw combineFieldErrors(withTypedKeys(data, issuesToErrors(file, result.error.issues), result.error.issues));
}

/**
 * `errors` (one per issue of `issues`) where a required key is missing and the object holds a key
 * Throughline does not read that most likely meant it (`"cadense"` for `"cadence"`): that error
 * says so in its hint, where "missing" alone left the user looking at a key they did write.
 */
function withTypedKeys(data: unknown, errors: ThroughlineError[], issues: readonly { path: readonly PropertyKey[] }[]): ThroughlineError[] {
  const unknown = findUnknownPlannerKeys(data).filter((u) => u.meant !== undefined);
  if (unknown.length === 0) return errors;
  return errors.map((error, i) => {
    const path = issues[i]!.path;
    const missing = path.at(-1);
    if (typeof missing !== 'string' || valueAt(data, path) !== undefined) return error;
    const typo = unknown.find((u) => u.meant === missing && u.parent === formatPath(path.slice(0, -1)));
    if (!typo) return error;
    return new ThroughlineError(error.text.message, {
      file: error.file,
      field: error.field,
      hint: { en: `the file has "${typo.key}" here, a key Throughline does not read: rename it to "${missing}"`, zh: `文件里这里写的是 "${typo.key}"，Throughline 不认识这个键：请改成 "${missing}"` },
    });
  });
}

/** The value at `path` in `data`, undefined where the path leads nowhere. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/**
 * JSON text without the one UTF-8 byte order mark an editor may put first (Windows Notepad
 * does; RFC 8259 §8.1 lets a parser ignore it). A second one is refused, naming `file`: it would
 * otherwise fail as an unexplained "unexpected token".
 */
export function withoutByteOrderMark(text: string, file: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.startsWith('\uFEFF'))
    throw new ThroughlineError(
      { en: 'starts with two byte order marks (U+FEFF); a UTF-8 file has at most one', zh: '开头有两个字节顺序标记（U+FEFF）；UTF-8 文件最多只能有一个' },
      { file, hint: { en: 'save the file as UTF-8 (with or without a BOM) in your editor; it was left as it is', zh: '请在编辑器中把文件另存为 UTF-8（带或不带 BOM 均可）；文件保持原样未改动' } },
    );
  return body;
}

/** planner.json text -> a validated Planner; a leading BOM is ignored (withoutByteOrderMark). */
export function parsePlannerText(text: string, file: string): Planner {
  return validatePlanner(parseJsonFileText(text, file), file);
}

/**
 * The value of a JSON file's text, read as planner.json is (a leading BOM ignored): a
 * ThroughlineError naming `file` for a syntax error (where, and the likely slip: a trailing
 * comma, full-width punctuation) or a key written twice in one object (RFC 8259 §4 leaves
 * its meaning open; JSON.parse would keep the last in silence).
 */
export function parseJsonFileText(text: string, file: string): unknown {
  let raw: unknown;
  const json = withoutByteOrderMark(text, file);
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ThroughlineError(jsonSyntaxText(json, (error as Error).message), { file, hint: jsonSyntaxHint(json, (error as Error).message) });
  }
  refuseDuplicateKeys(json, file);
  return raw;
}

/** Throws a ThroughlineError naming the path and both lines of a key written twice in one object of `json` (valid JSON). */
export function refuseDuplicateKeys(json: string, file: string): void {
  const twice = findDuplicateKey(json);
  if (!twice) return;
  const [a, b] = twice.lines;
  throw new ThroughlineError(
    {
      en: `is written twice in the same object (lines ${a} and ${b}); JSON keeps only the last, so the first would be lost`,
      zh: `在同一个对象里写了两次（第 ${a} 行和第 ${b} 行）；JSON 只保留后一个，前一个会丢失`,
    },
    { file, field: twice.path, hint: { en: 'merge the two into one; the file was left as it is', zh: '请把两处合并成一处；文件保持原样未改动' } },
  );
}

/**
 * The index in `json` where JSON.parse broke: its "at position N", else where the unexpected
 * token stands in the excerpt V8 quotes instead (`Unexpected token ']', ..."0, 11, 12,]}"...`):
 * 10 characters in when the excerpt is cut at its start, 10 from its end when cut only there
 * (V8's context either side of the token), else its first place in the whole text quoted.
 * Undefined when neither is there.
 */
function parseErrorIndex(json: string, reason: string): number | undefined {
  const position = /at position (\d+)/.exec(reason);
  if (position) return Number(position[1]);
  const quoted = /^Unexpected token '([\s\S]+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(reason);
  if (!quoted) return undefined;
  const [, token, cutStart, excerpt, cutEnd] = quoted as unknown as [string, string, string | undefined, string, string | undefined];
  const start = json.indexOf(excerpt);
  if (start === -1) return undefined;
  return start + Math.max(0, cutStart ? 10 : cutEnd ? excerpt.length - 10 : excerpt.indexOf(token));
}

/**
 * The hint for JSON that does not parse: JSON has no comments, so when it breaks where a `//` or
 * `/*` begins (README's planner.json example is JSONC, copied as it is), the hint says so; a
 * comma after the last item or full-width punctuation (`“王工”`, `，`) is named with its line and
 * column, which V8's "Unexpected token" message does not give.
 */
export function jsonSyntaxHint(json: string, reason: string): Text {
  const index = parseErrorIndex(json, reason);
  const at = index === undefined ? '' : json.slice(index);
  if (at.startsWith('//') || at.startsWith('/*'))
    return {
      en: 'JSON has no comments: remove each // … and /* … */ (the README shows them only to explain the fields); the file was left as it is',
      zh: 'JSON 不支持注释：请删掉每个 // … 和 /* … */（README 里的注释只用来说明字段）；文件保持原样未改动',
    };
  const slip = firstSlip(json);
  // A slip after the place JSON broke is not why it broke (a calendar or YAML in planner.json holds "：" later on).
  if (slip && (index === undefined || slip.index <= index)) {
    const { line, column } = lineAndColumn(json, slip.index);
    if (slip.char === ',')
      return {
        en: `JSON allows no comma after the last item: remove the comma at line ${line}, column ${column}; the file was left as it is`,
        zh: `JSON 里最后一项后面不能有逗号：请删掉第 ${line} 行第 ${column} 列的逗号；文件保持原样未改动`,
      };
    const plain = FULL_WIDTH[slip.char];
    return {
      en: `line ${line}, column ${column} has the full-width ${slip.char} where JSON needs the plain ${plain} (a Chinese input method types one): retype it with the input method in English mode; the file was left as it is`,
      zh: `第 ${line} 行第 ${column} 列是全角的${slip.char}，JSON 要用半角的 ${plain}（中文输入法会打出全角符号）：请切换到英文输入后重新输入；文件保持原样未改动`,
    };
  }
  return (index === undefined ? undefined : missingCommaHint(json, reason, index) ?? bareKeyHint(json, reason, index)) ?? {
    en: 'fix the JSON syntax; the file was left as it is',
    zh: '请修正 JSON 语法；文件保持原样未改动',
  };
}

/**
 * A comma left out between two items: V8 stops at the next item ("Expected ',' or '}' after
 * property value"), a line below the one to fix, so the hint names the line of the item before.
 */
function missingCommaHint(json: string, reason: string, index: number): Text | undefined {
  if (!/^Expected ',' or '[}\]]' after (?:property value|array element)/.test(reason)) return undefined;
  const { line } = lineAndColumn(json, json.slice(0, index).trimEnd().length - 1);
  return {
    en: `a comma is missing at the end of line ${line}, before the next item: add one there; the file was left as it is`,
    zh: `第 ${line} 行末尾少了一个逗号（下一项之前）：请在那里加上逗号；文件保持原样未改动`,
  };
}

/** A key written bare (`name: "Sam"`, as in JavaScript or YAML) or in single quotes, where JSON needs double quotes. */
function bareKeyHint(json: string, reason: string, index: number): Text | undefined {
  const key = /^Expected (?:double-quoted property name|property name or '}')/.test(reason) ? /^(?:'([^'\n]*)'|([\p{L}_$][\p{L}\p{N}_$-]*))\s*:/u.exec(json.slice(index)) : null;
  if (!key) return undefined;
  const name = key[1] ?? key[2]!;
  const { line, column } = lineAndColumn(json, index);
  return {
    en: `JSON needs each key in double quotes: write "${name}" at line ${line}, column ${column}; the file was left as it is`,
    zh: `JSON 的每个键都要用双引号：请在第 ${line} 行第 ${column} 列写成 "${name}"；文件保持原样未改动`,
  };
}

/** Full-width punctuation a Chinese input method types where JSON needs the ASCII one. */
const FULL_WIDTH: Record<string, string> = { '“': '"', '”': '"', '，': ',', '：': ':', '｛': '{', '｝': '}', '［': '[', '］': ']', '【': '[', '】': ']' };

/**
 * The first slip of a hand edit outside JSON strings: a comma followed only by blanks and a
 * closing `}` or `]`, or full-width punctuation (FULL_WIDTH). Undefined when there is none.
 */
function firstSlip(json: string): { index: number; char: string } | undefined {
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c in FULL_WIDTH) return { index: i, char: c };
    else if (c === ',' && /^\s*[}\]]/.test(json.slice(i + 1, i + 200))) return { index: i, char: c };
  }
  return undefined;
}

/** 1-based line and column (UTF-16 units) of `index` in `text`. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/**
 * "is not valid JSON (reason)" in both languages, with the place: V8's own "(line 2 column 17)"
 * when its reason names it, else "at line L, column C" where `json` first breaks
 * (jsonSyntaxPlace), which a reason such as "Unexpected token ',', ..."breaks": [, { "f"..."
 * leaves out. The reason is English, so the Chinese gives the place alone.
 */
export function jsonSyntaxText(json: string, reason: string): Text {
  // V8's reason may quote the text around the mistake, line breaks and all: one line here.
  const oneLine = reason.replace(/\s+/g, ' ').trim();
  const named = /line (\d+) column (\d+)/.exec(oneLine);
  if (named) return { en: `is not valid JSON (${oneLine})`, zh: `不是有效的 JSON（第 ${named[1]} 行第 ${named[2]} 列）` };
  const at = jsonSyntaxPlace(json, reason);
  if (!at) return { en: `is not valid JSON (${oneLine})`, zh: '不是有效的 JSON' };
  return { en: `is not valid JSON at line ${at.line}, column ${at.column} (${oneLine})`, zh: `不是有效的 JSON（第 ${at.line} 行第 ${at.column} 列）` };
}

/**
 * The 1-based line and column (UTF-16 units) where `json` (which JSON.parse refused with
 * `reason`) first breaks: the offset of jsonc-parser's first error in strict JSON mode (no
 * comments, no trailing comma), else (none found, or nesting too deep for it) the place V8's
 * reason gives (parseErrorIndex); undefined when neither says.
 */
export function jsonSyntaxPlace(json: string, reason: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  try {
    parse(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses per level: thousands of nested brackets overflow the stack.
    errors.length = 0;
  }
  const index = errors[0]?.offset ?? parseErrorIndex(json, reason);
  return index === undefined ? undefined : lineAndColumn(json, index);
}
