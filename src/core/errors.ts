import type { Lang } from './language.ts';
import { pick, type Text } from './i18n/text.ts';
import { translateIssue, type IssueLike } from './i18n/zod-issues.ts';

/**
 * The one error type users see. It names the file and field at fault and says how to fix it,
 * in English and Chinese (`message` and `hint` are the English text; `format(lang)` picks);
 * the CLI prints it without a stack trace and exits 2.
 */
export class ThroughlineError extends Error {
  readonly file: string | undefined;
  readonly field: string | undefined;
  readonly hint: string | undefined;
  /** The message and hint in both languages (a plain string is the same in both). */
  readonly text: { message: Text | string; hint: Text | string | undefined };
  /** An error that lists others (store/project.ts): its head and theirs, so that `format` names their files as it names its own. */
  readonly listed: { head: Text; errors: readonly ThroughlineError[] } | undefined;
  /** The hint names more problems of the file ("also: url: …", combineFieldErrors), not a fix: `format` prints it without "hint:". */
  readonly hintIsMore: boolean;

  /** `where.listed`: the message is `listedText(head, errors)`, written here. */
  constructor(message: Text | string, where: { file?: string; field?: string; hint?: Text | string; hintIsMore?: boolean; listed?: { head: Text; errors: readonly ThroughlineError[] } } = {}) {
    const listed = where.listed;
    if (listed) message = { en: listedText(listed, 'en'), zh: listedText(listed, 'zh') };
    super(pick(message, 'en'));
    this.listed = listed;
    this.name = 'ThroughlineError';
    this.file = where.file;
    this.field = where.field;
    this.hint = where.hint === undefined ? undefined : pick(where.hint, 'en');
    this.text = { message, hint: where.hint };
    this.hintIsMore = where.hintIsMore === true;
  }

  /** The message alone, in `lang`; `shown` as for `format` names the files of the errors it lists. */
  messageIn(lang: Lang, shown?: (file: string) => string): string {
    return this.listed && shown ? listedText(this.listed, lang, shown) : pick(this.text.message, lang);
  }

  /**
   * `content/planner.json: channels[0].cadence: FREQ=HOURLY is more often than daily`, in `lang`;
   * `shown` turns the file (and those of the errors it lists) into the path printed (the CLI:
   * one the user can open from where they typed the command, cli/shown-path.ts).
   */
  format(lang: Lang = 'en', shown: (file: string) => string = (file) => file): string {
    const where = [this.file === undefined ? undefined : shown(this.file), this.field].filter(Boolean).join(': ');
    const message = this.listed ? this.messageIn(lang, shown) : namingPlanner(this.messageIn(lang), shown);
    const text = where ? `${where}: ${message}` : message;
    const hint = this.text.hint === undefined ? undefined : namingPlanner(pick(this.text.hint, lang), shown);
    return hint ? `${text}\n  ${this.hintIsMore ? '' : lang === 'zh' ? '建议：' : 'hint: '}${hint}` : text;
  }

  toJSON() {
    return { file: this.file, field: this.field, message: this.message, hint: this.hint };
  }
}

/**
 * `text` (a message or hint) with each `content/planner.json` it names (`add a break … to
 * content/planner.json`, `use one of the channel ids in content/planner.json`) as `shown` names
 * that file (the CLI under `--root`: `site/content/planner.json`, or the absolute path); a path
 * that merely ends so (`site/content/planner.json`) is left alone. `text` as it is by default.
 */
export function namingPlanner(text: string, shown: (file: string) => string = (file) => file): string {
  const named = shown('content/planner.json');
  return named === 'content/planner.json' ? text : text.replace(/(?<![\w./\\-])content\/planner\.json/g, () => named);
}

/** A head line, then each listed error as `format` writes it, indented by two spaces. */
function listedText({ head, errors }: { head: Text; errors: readonly ThroughlineError[] }, lang: Lang, shown?: (file: string) => string): string {
  return `${pick(head, lang)}\n${errors.map((e) => `  ${e.format(lang, shown).replace(/\n/g, '\n  ')}`).join('\n')}`;
}

/** Zod issue path ['channels', 0, 'cadence'] -> `channels[0].cadence`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** One ThroughlineError per zod issue, each naming the file and the field, in both languages. */
export function issuesToErrors(file: string, issues: readonly IssueLike[], prefix: readonly PropertyKey[] = []): ThroughlineError[] {
  return issues.map((issue) => new ThroughlineError(translateIssue(issue), { file, field: formatPath([...prefix, ...issue.path]) || undefined }));
}

/**
 * `error` with its hint in its message, in brackets ("… (use an IANA zone)" / "…（请用 IANA 时区）"),
 * no hint of its own: for an error told beside others, whose hint line says more problems.
 */
export function hintInMessage(error: ThroughlineError): ThroughlineError {
  const hint = error.text.hint;
  if (hint === undefined || error.hintIsMore) return error;
  const text = (lang: 'en' | 'zh') => (lang === 'zh' ? `${error.messageIn('zh')}（${pick(hint, 'zh')}）` : `${error.messageIn('en')} (${pick(hint, 'en')})`);
  return new ThroughlineError({ en: text('en'), zh: text('zh') }, { file: error.file, field: error.field });
}

/**
 * Every problem of one file as one error: the first as it is, the others (field: message) in
 * its hint, so a file with several bad fields names them all at once, in both languages; that
 * hint is printed as more problems ("also: …" / "另外：…"), not as a hint. Each error's own hint
 * goes into its message (hintInMessage), so none is lost. `errors` must not be empty.
 */
export function combineFieldErrors(all: readonly ThroughlineError[]): ThroughlineError {
  if (all.length === 1) return all[0]!;
  const [first, ...rest] = all.map(hintInMessage);
  const others = (lang: 'en' | 'zh') => rest.map((e) => `${e.field ?? (lang === 'zh' ? '（顶层）' : '(top level)')}: ${e.messageIn(lang)}`).join(lang === 'zh' ? '；' : '; ');
  return new ThroughlineError(first!.text.message, { file: first!.file, field: first!.field, hint: { en: `also: ${others('en')}`, zh: `另外：${others('zh')}` }, hintIsMore: true });
}
