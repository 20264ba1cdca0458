/**
 * The CLI's 繁體 output: the studio's conversion (studio/shared/traditional.ts uiText: OpenCC's
 * Taiwan phrases and the studio's own words, 「」 for “”) applied to what a command prints in
 * Simplified. Every use of the converter in the CLI goes through this file, so where the
 * converter lives is one import line.
 */
import { ownWords, uiText } from '../studio/shared/traditional.ts';
import type { Planner } from '../core/schema/planner.ts';
import type { Post } from '../core/schema/post.ts';

type Write = (text: string) => void;

/** Writers that print Simplified text in Traditional characters, and the words they keep as written. */
export interface TraditionalOutput {
  /** `write` converting each text (uiText), keeping what {@link TraditionalOutput.keep} lists. */
  convert(write: Write): Write;
  /** Adds the user's own words (titles, channel and pillar names) that the output keeps as written. */
  keep(words: readonly string[]): void;
  /** Adds words kept as written only inside curly quotes (a flag's evidence, the draft's own words; uiText's `quoted`). */
  keepQuoted(words: readonly string[]): void;
}

/**
 * The converting writers (OpenCC's tables load on the first text converted, about 30 ms, only in
 * a 繁體 run). What a message quotes in straight quotes or names as a path is kept as written too (uiText).
 */
export async function traditionalOutput(): Promise<TraditionalOutput> {
  const own = new Set<string>();
  const quoted = new Set<string>();
  return {
    convert: (write) => (text) => write(uiText('zh-Hant', text, [...own], [...quoted])),
    keep: (words) => words.forEach((w) => own.add(w)),
    keepQuoted: (words) => words.forEach((w) => quoted.add(w)),
  };
}

/** The words of a project that 繁體 output keeps as written: post titles, channel and pillar names, the brand's name. */
export function projectWords(planner: Planner, posts: readonly Post[]): string[] {
  return [...ownWords(planner, posts), planner.brand.name];
}

/** For a 繁體 run (`keep` given: CliContext.keep), keeps the project's own words as written; otherwise nothing. */
export function keepProjectWords(keep: ((words: readonly string[]) => void) | undefined, planner: Planner, posts: readonly Post[] = []): void {
  keep?.(projectWords(planner, posts));
}
