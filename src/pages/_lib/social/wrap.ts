/**
 * Line breaking for the social cards, after UAX #14's main rules: a break after a space or
 * between two CJK characters, never before closing punctuation (，。：) nor after opening
 * punctuation (（《「), and inside a word only when the word alone is wider than the line.
 */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const TOKEN = new RegExp(`[${CJK}]\\s*|[^\\s${CJK}]+\\s*|\\s+`, 'gu');
const CLOSING = /^[，。、：；！？）》」』】〉〕’”,.;:!?)\]}%…·]/u;
const OPENING = /[（《「『【〈〔‘“([{]\s*$/u;

function tokensOf(text: string, fits: (token: string) => boolean): string[] {
  const tokens: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const last = tokens.length - 1;
    if (last >= 0 && (CLOSING.test(token) || OPENING.test(tokens[last]!))) tokens[last] += token;
    else if (fits(token.trimEnd())) tokens.push(token);
    else tokens.push(...token); // a word wider than the line: by character
  }
  return tokens;
}

/**
 * `text` in lines no wider than `width` (as `measure` gives), at most `max`: the last one kept
 * ends with "…" when text was left out.
 */
export function wrapLines(text: string, width: number, max: number, measure: (line: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokensOf(text.trim(), (t) => measure(t) <= width)) {
    if (line && measure((line + token).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = withEllipsis(kept[max - 1]!, width, measure);
  return kept;
}

/**
 * `line` with "…" appended, made to fit by dropping whole words (or CJK characters) from its
 * end; a line that is one word alone loses characters instead.
 */
function withEllipsis(line: string, width: number, measure: (line: string) => number): string {
  const fits = (parts: string[]) => measure(`${parts.join('').trimEnd()}…`) <= width;
  let parts: string[] = line.match(TOKEN) ?? [];
  while (parts.length > 1 && !fits(parts)) parts.pop();
  if (!fits(parts)) parts = [...parts.join('')];
  while (parts.length && !fits(parts)) parts.pop();
  return `${parts.join('').trimEnd().replace(/[\s,，、;；:：.。-]+$/u, '')}…`;
}
