/**
 * Which field of a post's frontmatter a YAML syntax error is about, for the message that names
 * it (`title: is written twice …`), and the parser's reason in Chinese. Pure: the frontmatter
 * text and js-yaml's mark (0-based line and column within that text) in, plain values out.
 */

/** A top-level `key:` line (the key plain or quoted); group 1, 2 or 3 is the key. */
const TOP_LEVEL_KEY = /^(?:"([^"]+)"|'([^']+)'|([^\s#:"'\-?][^:#]*?))[ \t]*:(?:[ \t]|$)/;

function keyOf(line: string | undefined): string | undefined {
  const m = line === undefined ? null : TOP_LEVEL_KEY.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * The field a YAML error at `line`/`column` (0-based, js-yaml's mark) is about, and for a key
 * written twice the 0-based line of its first use. A mark at a line's start that is not about a
 * tab or a repeated key points past a value that did not end (an unclosed `[` or quote on the
 * line above): the field is the nearest key above it; else the key on the mark's line or above.
 * A tab-indented key under a field written alone (`author:`) is about that field.
 * Undefined when no top-level key is found.
 */
export function yamlErrorField(yaml: string, line: number, column: number, reason: string): { field: string; firstLine?: number } | undefined {
  const lines = yaml.split(/\r?\n/);
  if (/^duplicated mapping key/.test(reason)) {
    const field = keyOf(lines[line]);
    if (field === undefined) return undefined;
    const firstLine = lines.findIndex((l, i) => i < line && keyOf(l) === field);
    return firstLine === -1 ? { field } : { field, firstLine };
  }
  const tab = /^tab characters/.test(reason);
  if (tab) {
    // A tab-indented key under a field that opens a mapping (`author:` alone) is that field's; else a field indented by mistake.
    const above = lines.slice(0, line).findLastIndex((l) => keyOf(l) !== undefined);
    if (above >= 0 && /:[ \t]*(?:#.*)?$/.test(lines[above]!)) return { field: keyOf(lines[above])! };
  }
  const from = column === 0 && !tab ? line - 1 : line;
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const field = keyOf(tab ? lines[i]!.replace(/^\t+/, '') : lines[i]);
    if (field !== undefined) return { field };
  }
  return undefined;
}

/**
 * What js-yaml's reasons for the slips people make in frontmatter most likely mean, in English
 * (after its own words, which name the parser's state, not the quote or colon at fault) and in
 * Chinese (in their place).
 */
const CAUSES: [RegExp, { en: string; zh: string }][] = [
  [/^deficient indentation$/, { en: 'most likely a quote or bracket on the line above is not closed', zh: '缩进不足，多半是上一行的引号或括号没有闭合' }],
  [
    /^bad indentation of a mapping entry$/,
    {
      en: 'most likely a ": " inside a value that is not quoted, or a quote inside a value that the same quote opened (write "Sam\'s", or \'Sam\'\'s\')',
      zh: '字段的缩进不对，多半是值里有“: ”（请给整个值加引号），或值里有与开头相同的引号（请写成 "Sam\'s" 或 \'Sam\'\'s\'）',
    },
  ],
  [/^tab characters must not be used in indentation$/, { en: 'indent with spaces, not tabs', zh: '缩进里不能用 Tab，请改用空格' }],
  [/^unexpected end of the stream within a flow collection$/, { en: 'a "[" or "{" is not closed', zh: '方括号或花括号没有闭合' }],
  [/^unexpected end of the stream within a (?:double|single) quoted scalar$/, { en: 'a quote is not closed', zh: '引号没有闭合' }],
  [/^end of the stream or a document separator is expected$/, { en: 'this line is not a "field: value" line', zh: '这一行不是 "字段: 值" 的格式' }],
];

/** What a known js-yaml reason most likely means, in English, else undefined. */
export function yamlCauseEn(reason: string): string | undefined {
  return CAUSES.find(([pattern]) => pattern.test(reason))?.[1].en;
}

/** The parser's reason in Chinese when it is a known one, else undefined. */
export function yamlReasonZh(reason: string): string | undefined {
  return CAUSES.find(([pattern]) => pattern.test(reason))?.[1].zh;
}
