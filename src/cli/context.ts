import type { Lang } from '../core/language.ts';

/** What every command receives: where the project is, what "now" is, and where to print. */
export interface CliContext {
  /** The language of every message: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG); `zh` for 繁體 too, whose writers convert it. */
  lang: Lang;
  /** The folder holding content/. */
  root: string;
  /** The moment taken as "now", ms since the epoch. */
  now: number;
  stdout(text: string): void;
  stderr(text: string): void;
  /** stdout is a terminal (colours, progress). */
  isTTY: boolean;
  color: boolean;
  stdin: NodeJS.ReadableStream;
  /**
   * A file an error or flag names, relative to `root`, as printed: the path the user can open from
   * where they typed the command (main.ts: cli/shown-path.ts shownFile); as it is when not given.
   */
  shown?: (file: string) => string;
  /**
   * A 繁體 run (--lang zh-Hant): the user's own words the output keeps as written, not converted
   * (titles, channel and pillar names: cli/traditional.ts projectWords). Absent otherwise.
   */
  keep?: (words: readonly string[]) => void;
  /** A 繁體 run: words kept as written only where the output quotes them in curly quotes (a flag's evidence: uiText's `quoted`). */
  keepQuoted?: (words: readonly string[]) => void;
}

/** `file` as `ctx` prints it (CliContext.shown). */
export function shownIn(ctx: Pick<CliContext, 'shown'>, file: string): string {
  return ctx.shown ? ctx.shown(file) : file;
}

export type Command = (args: string[], ctx: CliContext) => Promise<number>;

export const EXIT = { ok: 0, flagged: 1, badInput: 2 } as const;
