/**
 * What may stand before a block on its line inside blockquotes and list items (CommonMark 0.31
 * §5): `>` marks, list markers (`-`, `+`, `*`, `1.`, `1)` followed by a space or tab), and any
 * spaces and tabs, nested to any depth (`> - 1. # Title`, a list item's `    ## Title` under
 * `- a` / `  - b`). A source fragment for a cheap test's RegExp, put after `^` (flag `m`); it also
 * admits lines that are no container (4 spaces of indented code, `>` in a paragraph): a cheap test
 * may say yes for nothing, never no for a block the parse finds.
 *
 * Each character is read by one alternative only (a marker is followed by a space or tab, which
 * the next repetition reads), so a long line of `>` or of nested markers is read in linear time.
 */
export const CONTAINER_MARKS = String.raw`(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))*`;
