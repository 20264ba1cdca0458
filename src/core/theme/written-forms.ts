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
 * the text does not hold come back unchanged. One pass over `text` for all words.
 */
export function asWritten(words: readonly string[], text: string): string[] {
  const latin = words.filter((w) => LETTER.test(w) && !HAN.test(w) && w === w.toLowerCase());
  if (latin.length === 0 || !text) return [...words];
  const alternatives = [...new Set(latin)].sort((a, b) => b.length - a.length).map((w) => w.split(/\s+/).map(escape).join('\\s+'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_/.@\`-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_\`-]|[/@]|\\.[\\p{L}\\p{N}])`, 'giu');
  // Addresses, link targets, tags and code are no prose: blanked, so positions stay.
  const prose = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  const seen = new Map<string, { lower: boolean; forms: Map<string, number> }>();
  for (const m of prose.matchAll(pattern)) {
    const form = m[0].replace(/\s+/g, ' ');
    const key = form.toLowerCase();
    let entry = seen.get(key);
    if (!entry) seen.set(key, (entry = { lower: false, forms: new Map() }));
    if (form === key) entry.lower = true;
    // A capital past the first letter (GitHub, AI, Machine Learning) is a spelling wherever it is written.
    else if (form !== key[0]!.toUpperCase() + key.slice(1) || !startsSentence(prose, m.index)) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
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

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
