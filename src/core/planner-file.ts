/**
 * Text of planner.json -> a validated Planner, with migrations from older versions. Pure: the
 * store and the studio's form handling both go through here.
 */
import { ThroughlineError, combineFieldErrors, issuesToErrors } from './errors.ts';
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
  const result = PlannerSchema.safeParse(migratePlanner(raw, file));
  if (result.success) return result.data;
  throw combineFieldErrors(issuesToErrors(file, result.error.issues));
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
  let raw: unknown;
  const json = withoutByteOrderMark(text, file);
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new ThroughlineError(jsonSyntaxText((error as Error).message), { file, hint: jsonSyntaxHint(json, (error as Error).message) });
  }
  return validatePlanner(raw, file);
}

/**
 * The hint for JSON that does not parse: JSON has no comments, so when it breaks where a `//` or
 * `/*` begins (README's planner.json example is JSONC, copied as it is), the hint says so.
 */
export function jsonSyntaxHint(json: string, reason: string): Text {
  const position = /at position (\d+)/.exec(reason);
  const at = position ? json.slice(Number(position[1])) : '';
  if (at.startsWith('//') || at.startsWith('/*'))
    return {
      en: 'JSON has no comments: remove each // … and /* … */ (the README shows them only to explain the fields); the file was left as it is',
      zh: 'JSON 不支持注释：请删掉每个 // … 和 /* … */（README 里的注释只用来说明字段）；文件保持原样未改动',
    };
  return { en: 'fix the JSON syntax; the file was left as it is', zh: '请修正 JSON 语法；文件保持原样未改动' };
}

/**
 * "is not valid JSON (reason)" in both languages. JSON.parse's reason is English; the Chinese
 * text gives its line and column instead when the reason names them.
 */
export function jsonSyntaxText(reason: string): Text {
  const at = /line (\d+) column (\d+)/.exec(reason);
  return { en: `is not valid JSON (${reason})`, zh: at ? `不是有效的 JSON（第 ${at[1]} 行第 ${at[2]} 列）` : `不是有效的 JSON（${reason}）` };
}
