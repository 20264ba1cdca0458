/**
 * The known word a mistyped one most likely meant, for every "did you mean" (the CLI's commands and
 * options, cadence parts, time zones). The distance is the optimal string alignment distance
 * (Damerau-Levenshtein where no substring is edited twice): an insertion, a deletion, a
 * substitution or a swap of two neighbours each cost 1, so `--jsn`, `--jsno`, `--weaks` and
 * `--rot` are one edit from `--json`, `--weeks` and `--root` (Damerau 1964, the four single-letter
 * mistakes that make most typing errors).
 */

/**
 * The optimal string alignment distance between `a` and `b` (UTF-16 code units), or `limit + 1`
 * once it is known to be over `limit` (default: no limit).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows: the one before the previous is what a swap of two neighbours reads.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      least = Math.min(least, d);
    }
    // A swap reaches back two rows, so a row over the limit may still be followed by one under it.
    if (least > limit && i > 1 && Math.min(...previous) > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/**
 * How many edits a typed word of `length` characters may be from the word it meant: none for one
 * or two characters (too many words are one edit from any of them), one up to four (`rot`,
 * `jsn`), two from five (`weaks`, `dryrn`): at most 2, and less than half the word.
 */
export function typoEdits(length: number): number {
  return Math.min(2, Math.ceil(length / 2) - 1);
}

/**
 * The one of `candidates` that `word` most likely meant: the nearest by editDistance, within
 * `maxEdits` (default typoEdits of the word's length), and nearer than every other candidate;
 * undefined when none is that near or two are equally near (a guess between them would mislead).
 */
export function nearestWord(word: string, candidates: Iterable<string>, maxEdits = typoEdits(word.length)): string | undefined {
  let best: string | undefined;
  let bestDistance = maxEdits + 1;
  let tie = false;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, bestDistance);
    if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
    else if (d === bestDistance && d <= maxEdits && candidate !== best) tie = true;
  }
  return !tie && bestDistance <= maxEdits ? best : undefined;
}
