/**
 * A theme score (0-1) as people read it: two decimals, cut rather than rounded, so a draft under
 * the threshold never reads as reaching it (0.449 under 0.45 reads 0.44, not "0.45 < 0.45"), and
 * the editor, the posts list and a flag's message show the same figure for one score.
 *
 * The cut allows for binary fractions: 0.29 * 100 is 28.999999999999996, which a bare
 * Math.floor would cut to 0.28.
 *
 * @param score a ThemeResult score, 0-1
 * @returns e.g. "0.08"
 */
export function scoreText(score: number): string {
  return (Math.floor(score * 100 + 1e-9) / 100).toFixed(2);
}
