/**
 * When dollar signs in prose are TeX math. One rule for the two readers of a post: the theme
 * detector, which leaves math out of a post's words (theme/strip-markdown.ts), and the portfolio,
 * which renders it (pages/_lib/tex-math.ts).
 */

/**
 * Whether an inline dollar run is TeX by Pandoc's `tex_math_dollars` rule, which MathJax and KaTeX
 * blogs follow: the opening dollar has a non-space right after it, the closing one a non-space
 * right before it and no digit right after it. So `$n \leq 10^5$` is math and `$5 and $10`,
 * `costs $3, not $4` stay prose. `run` is the source text from the first opening dollar to the
 * last closing one (`$…$`, `$$…$$`: the rule applies to either), `next` the character after it
 * (undefined at the end of the text). A parser that pairs any two dollars (remark-math, Sätteri)
 * and trims the spaces inside gives the run's position; the text there is what this reads.
 */
export function isTexDollarRun(run: string, next: string | undefined): boolean {
  const fence = /^\$+/.exec(run)?.[0].length ?? 0;
  const inner = run.slice(fence, run.length - fence);
  return inner !== '' && !/^\s|\s$/.test(inner) && !/\d/.test(next ?? '');
}
