/**
 * Help composing a positioning label: combine strengths (and impressions) into short phrases,
 * and count how often each term already appears in published posts.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** "cooking" -> "cook", "photography" -> "photographer", "design" -> "designer". */
export function toAgentNoun(strength: string): string {
  const words = strength.trim().toLowerCase().split(/\s+/);
  const last = words.pop()!;
  const agent = agentOf(last);
  return [...words, agent].join(' ');
}

function agentOf(word: string): string {
  if (word === 'cooking') return 'cook';
  if (/graphy$/.test(word)) return word.replace(/graphy$/, 'grapher');
  if (/logy$/.test(word)) return word.replace(/logy$/, 'logist');
  if (/ics$/.test(word)) return word.replace(/ics$/, 'icist');
  if (/ing$/.test(word)) return agentFromIng(word);
  if (/(er|or|ist|ian)$/.test(word)) return word;
  return `${word}${word.endsWith('e') ? 'r' : 'er'}`;
}

/** "writing" -> "writer", "running" -> "runner", "teaching" -> "teacher". */
function agentFromIng(word: string): string {
  const bare = word.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(bare)) return `${bare}er`;
  const stem = stemIng(word);
  return stem.endsWith('e') ? `${stem}r` : `${stem}er`;
}

/** "running" -> "runn" -> "run"; "writing" -> "write"; "teaching" -> "teach". */
function stemIng(word: string): string {
  const stem = word.slice(0, -3);
  if (/([bdgmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/(at|iz|v|rit|rg)$/.test(stem)) return `${stem}e`;
  return stem;
}

/** "photography" -> "photographs", "cooking" -> "cooks", "design" -> "designs". */
export function toThirdPersonVerb(strength: string): string {
  const word = strength.trim().toLowerCase().split(/\s+/).pop()!;
  if (/graphy$/.test(word)) return word.replace(/graphy$/, 'graphs');
  if (/ing$/.test(word)) return `${stemIng(word)}s`.replace(/(sh|ch|x|ss)s$/, '$1es');
  if (/logy$/.test(word)) return `studies ${word}`;
  return `${word}s`;
}

/** Short candidate labels from every ordered pair of strengths, coloured by impressions. */
export function proposeLabels(strengths: string[], impressions: string[] = [], lang: 'en' | 'zh' = 'en'): string[] {
  const items = strengths.map((s) => s.trim()).filter(Boolean);
  const moods = impressions.map((s) => s.trim()).filter(Boolean);
  const zh = lang === 'zh' || items.some((s) => CJK.test(s));
  const labels: string[] = [];
  for (const a of items)
    for (const b of items) {
      if (a === b) continue;
      labels.push(...(zh ? pairZh(a, b, moods[0]) : pairEn(a, b, moods[0])));
    }
  if (items.length === 1) labels.push(zh ? `${moods[0] ?? ''}的${items[0]}博主` : `the ${[moods[0], toAgentNoun(items[0]!)].filter(Boolean).join(' ')}`);
  return [...new Set(labels)].slice(0, 12);
}

function pairEn(a: string, b: string, mood?: string): string[] {
  const agent = toAgentNoun(a);
  const verb = toThirdPersonVerb(b);
  const out = [`the ${agent} who ${verb}`, `${a.toLowerCase()} meets ${b.toLowerCase()}`];
  if (mood) out.push(`the ${mood.toLowerCase()} ${agent} who ${verb}`);
  return out;
}

function pairZh(a: string, b: string, mood?: string): string[] {
  const out = [`会${b}的${a}人`, `${a} × ${b}`];
  if (mood) out.push(`${mood}的${a}人，也懂${b}`);
  return out;
}

export interface TermUsage {
  term: string;
  /** Published posts that mention the term. */
  posts: number;
  /** Mentions across all of them. */
  mentions: number;
}

/**
 * How often each term appears in the given texts. Latin terms match whole words, case
 * insensitive, with simple plural/-ing endings; CJK terms match as substrings (no spaces).
 */
export function countTermUsage(terms: string[], texts: string[]): TermUsage[] {
  const lowered = texts.map((t) => t.toLowerCase());
  return [...new Set(terms.map((t) => t.trim()).filter(Boolean))].map((term) => {
    const pattern = termPattern(term.toLowerCase());
    let posts = 0;
    let mentions = 0;
    for (const text of lowered) {
      const n = text.match(pattern)?.length ?? 0;
      if (n > 0) posts++;
      mentions += n;
    }
    return { term, posts, mentions };
  });
}

function termPattern(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (CJK.test(term)) return new RegExp(escaped, 'gu');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es|d|ed|ing)?(?![\\p{L}\\p{N}])`, 'gu');
}
