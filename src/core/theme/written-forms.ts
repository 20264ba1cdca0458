/**
 * Evidence words as the draft writes them. Theme scoring reads Latin words in lower case (AI and
 * ai are one term), so evidence used to show "ai", "github", "postgresql" for a draft that writes
 * AI, GitHub and PostgreSQL: the issue asks for the draft's own words.
 */

const LETTER = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets, Markdown marks. */
const LEAD_IN = new Set([...' \t\r"\'“‘«([{*_#>-`+|']);
const SENTENCE_END = new Set([...'.!?。！？:：\n']);
/** Whether a text may hold what NOT_PROSE finds (a quick test that spares most plain posts the replace). */
const MAYBE_NOT_PROSE = /[`<~]|\]\(|https?:/;
/** Fenced and inline code, a link's target, an HTML tag, a bare address. */
const NOT_PROSE = /```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`|\]\([^)\s]*(?:\s+"[^"]*")?\)|<[^>\n]*>|\bhttps?:\/\/[^\s)>\]]+/g;

/**
 * `words` (evidence: ThemeResult.terms or offTerms) with each Latin word or phrase in the form
 * `text` writes it, where that form is not lower case: the form written most often, provided the
 * text never writes the word in lower case. A form whose only capital is its first letter counts
 * only inside a sentence: a sentence's, a heading's or a list item's first word says nothing of
 * its spelling; a capital past the first letter (GitHub, AI) is a spelling anywhere. So "ai" reads AI, "github" GitHub, "soy sauce" stays "soy sauce" in a text that writes
 * "Soy sauce is..." and "soy sauce". Code, addresses and link targets are not read, nor a word
 * joined to another by `-`, `_`, `.`, `/` or `@` (`github.com/x`, claude-agent-sdk, foo_ai). Han words, glossed words ("饺子 (dumpling)") and words
 * the text does not hold come back unchanged.
 */
export function asWritten(words: readonly string[], text: string): string[] {
  const latin = [...new Set(words.filter((w) => LETTER.test(w) && !HAN.test(w) && w === w.toLowerCase()))];
  if (latin.length === 0 || !text) return [...words];
  // Addresses, link targets, tags and code are no prose: blanked, so positions stay.
  const prose = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  // Found by indexOf, not by a pattern built of the words: every post's words differ, and a new
  // pattern per post ran interpreted, ~1 ms a post (2 s for 2,000). A word the prose writes in
  // lower case stays so: most are, found without lower-casing the text.
  const unseen = latin.filter((w) => !writesLowerCase(prose, w));
  if (unseen.length === 0) return [...words];
  const lower = prose.toLowerCase();
  // A lower-casing that changes the length (İ) would shift the positions: such a text keeps the evidence as read.
  if (lower.length !== prose.length) return [...words];
  const seen = new Map<string, { lower: boolean; forms: Map<string, number> }>();
  for (const word of unseen) {
    const parts = word.split(/\s+/);
    for (let at = lower.indexOf(parts[0]!); at >= 0; at = lower.indexOf(parts[0]!, at + 1)) {
      const end = occurrenceEnd(lower, at, parts);
      if (end < 0) continue;
      const form = prose.slice(at, end).replace(/\s+/g, ' ');
      let entry = seen.get(word);
      if (!entry) seen.set(word, (entry = { lower: false, forms: new Map() }));
      if (form === word) entry.lower = true; // (a phrase parted by other spaces)
      // A capital past the first letter (GitHub, AI, Machine Learning) is a spelling wherever it is written.
      else if (form !== word[0]!.toUpperCase() + word.slice(1) || !startsSentence(prose, at)) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    }
  }
  return words.map((w) => {
    const entry = seen.get(w);
    if (!entry || entry.lower || entry.forms.size === 0) return w;
    let best = w;
    let most = 0;
    for (const [form, n] of entry.forms) if (n > most) [best, most] = [form, n];
    return best;
  });
}

/** Whether the word at `at` is the first of a sentence, a heading or a list item: only lead-in marks between it and a sentence's end or the text's start. */
function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (SENTENCE_END.has(c)) return true;
    // A numbered item's number ("1. AI tools") is a lead-in too.
    if (!LEAD_IN.has(c) && !(c >= '0' && c <= '9')) return false;
  }
  return true;
}

/** Where the occurrence of `parts` (a word, or a phrase's words parted by any space) starting at `at` of `lower` ends, or -1 when none does: a whole word there, not a part of an address, identifier or longer word. */
function occurrenceEnd(lower: string, at: number, parts: readonly string[]): number {
  if (at > 0 && JOINED_BEFORE.test(lower[at - 1]!)) return -1;
  let end = at + parts[0]!.length;
  for (let k = 1; k < parts.length; k++) {
    let next = end;
    while (next < lower.length && /\s/.test(lower[next]!)) next++;
    if (next === end || !lower.startsWith(parts[k]!, next)) return -1;
    end = next + parts[k]!.length;
  }
  const after = lower[end];
  if (after !== undefined && (JOINED_AFTER.test(after) || (after === '.' && end + 1 < lower.length && WORD_CHAR.test(lower[end + 1]!)))) return -1;
  return end;
}
/** Whether `prose` writes `word` (lower case) as a whole word somewhere. */
function writesLowerCase(prose: string, word: string): boolean {
  const parts = word.split(/\s+/);
  for (let at = prose.indexOf(parts[0]!); at >= 0; at = prose.indexOf(parts[0]!, at + 1)) if (occurrenceEnd(prose, at, parts) >= 0) return true;
  return false;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
const JOINED_BEFORE = /[\p{L}\p{N}_/.@`-]/u;
const JOINED_AFTER = /[\p{L}\p{N}_`/@-]/u;
