/**
 * A code fence's language as Shiki (the portfolio's highlighter, astro.config.mjs) names it.
 * Real blogs write names Shiki does not know (```objectivec, ```shell-session, ```golang,
 * ```Python): Astro's highlighter then printed `[Shiki] The language "…" doesn't exist, falling
 * back to "plaintext"` once per block, a build of a moved blog gave dozens of these lines, and the
 * aliased ones lost their colours. This Markdown plugin, run before Shiki, writes each fence's
 * language in lower case when that is Shiki's name or alias (bundledLanguagesInfo), else the
 * Shiki language of a name Linguist, Pygments or highlight.js give it (ALIASES), else `plaintext`
 * (shown as plain code), counting the names it did not know for one line at the end of the build
 * (takeUnknownLanguages). `math` (TeX, tex-math.ts) and Shiki's plain names are left alone.
 */
import type { Code } from 'mdast';
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { bundledLanguagesInfo } from 'shiki';
import { fenceLanguageAndMeta, isMetaWord } from './code-titles.ts';

/** Shiki's language ids and aliases, and the names Astro's highlighter handles itself (plain text, TeX math). */
const KNOWN = new Set<string>(['plaintext', 'plain', 'text', 'txt', 'ansi', 'math', ...bundledLanguagesInfo.flatMap((l) => [l.id, ...(l.aliases ?? [])])]);

/**
 * Names real blogs write for a language Shiki has under another name: Linguist's and
 * Pygments' aliases (objectivec, shell-session, golang, pgsql…), highlight.js's (dosbatch) and Prism's (markup),
 * each to Shiki's id. Names that are plain output rather than a language (`output`, `none`,
 * `ascii`) are plain text.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  objectivec: 'objective-c',
  'objective-c++': 'objective-cpp',
  objectivecpp: 'objective-cpp',
  'shell-session': 'shellsession',
  golang: 'go',
  python3: 'python',
  py3: 'python',
  h: 'c',
  hpp: 'cpp',
  hh: 'cpp',
  cxx: 'cpp',
  dosbatch: 'bat',
  env: 'dotenv',
  patch: 'diff',
  mysql: 'sql',
  pgsql: 'sql',
  postgresql: 'sql',
  postgres: 'sql',
  sqlite: 'sql',
  vbnet: 'vb',
  'vb.net': 'vb',
  svg: 'xml',
  // Prism's names (docsify, VuePress 1, Gatsby): markup is its HTML/XML grammar.
  markup: 'html',
  mathml: 'xml',
  ssml: 'xml',
  rss: 'xml',
  atom: 'xml',
  xhtml: 'html',
  gradle: 'groovy',
  octave: 'matlab',
  delphi: 'pascal',
  sol: 'solidity',
  wat: 'wasm',
  cucumber: 'gherkin',
  jinja2: 'jinja',
  django: 'jinja',
  nasm: 'asm',
  bib: 'bibtex',
  ml: 'ocaml',
  node: 'javascript',
  nodejs: 'javascript',
  'c#': 'csharp',
  'f#': 'fsharp',
  output: 'plaintext',
  none: 'plaintext',
  ascii: 'plaintext',
  console_output: 'plaintext',
};

/** The language Shiki is given for a fence's `lang`: Shiki's own name (lower case), an alias's target, or `plaintext` with `unknown` set. */
export function shikiLanguage(lang: string): { lang: string; unknown?: true } {
  const name = lang.trim().toLowerCase();
  if (KNOWN.has(name)) return { lang: name };
  const alias = ALIASES[name];
  if (alias !== undefined) return { lang: alias };
  return { lang: 'plaintext', unknown: true };
}

/** The unknown names met since the last take (in lower case, as Shiki reads them), each with how many blocks gave it. */
const unknown = new Map<string, number>();

/**
 * The fence languages no name of Shiki's or ALIASES matched since the last call (their blocks
 * were shown as plain code), each with its number of blocks, most frequent first; the count is
 * then reset. For one line at the end of a build instead of Shiki's line per block.
 */
export function takeUnknownLanguages(): [string, number][] {
  const list = [...unknown].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  unknown.clear();
  return list;
}

const plugin: MdastPluginDefinition = {
  name: 'throughline-code-languages',
  code(node: Readonly<Code>, ctx) {
    if (!node.lang) return;
    // Meta written with no language (```{1,3}, ```frame="none"): no language, not an unknown one.
    if (isMetaWord(node.lang)) return ctx.replaceNode(node, { ...node, ...fenceLanguageAndMeta(node.lang, node.meta) } as never);
    const { lang, unknown: isUnknown } = shikiLanguage(node.lang);
    // Counted by the name as Shiki reads it (lower case): ```NonSuch and ```nonesuch are one language.
    const name = node.lang.trim().toLowerCase();
    if (isUnknown) unknown.set(name, (unknown.get(name) ?? 0) + 1);
    if (lang !== node.lang) ctx.replaceNode(node, { ...node, lang } as never);
  },
};

/**
 * The plugin, for `mdastPlugins`: only a document with a fence is handed to it. A fence may stand
 * in a blockquote or a list item (`> ```objectivec`, under `- item`), so any ``` or ~~~ counts.
 */
export const codeLanguages = (ctx: PluginFactoryContext): MdastPluginDefinition | null => (ctx.source.includes('```') || ctx.source.includes('~~~') ? plugin : null);

/**
 * The build's one line for the fence languages no name matched (takeUnknownLanguages' list),
 * in English as Astro's log is: `code blocks in a language Shiki does not know are shown as
 * plain code: nonesuch (2 blocks), foo (1 block); …`.
 */
export function unknownLanguagesLine(list: readonly [string, number][]): string {
  const shown = list.slice(0, 8).map(([name, n]) => `${name} (${n} block${n === 1 ? '' : 's'})`);
  const more = list.length > 8 ? ` and ${list.length - 8} more` : '';
  return `code blocks in ${list.length === 1 ? 'a language' : `${list.length} languages`} Shiki does not know are shown as plain code: ${shown.join(', ')}${more}; to highlight one, write the language by one of Shiki's names (shiki.style/languages)`;
}
