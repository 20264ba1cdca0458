/**
 * The double quotation marks a language writes, for the straight quotes `"…"` that smart
 * punctuation curls into English “…”. Pure. Source: the Unicode CLDR delimiters
 * (quotationStart/End) of each locale; French sets them off with a narrow no-break space (U+202F)
 * as the Imprimerie nationale's rules have it, Swiss French and Swiss German without.
 */

/** Opening and closing marks by BCP 47 tag, region first (`de-CH` before `de`). */
const DOUBLE_QUOTES: Record<string, readonly [string, string]> = {
  de: ['„', '“'],
  'de-ch': ['«', '»'],
  'de-li': ['«', '»'],
  fr: ['«\u202f', '\u202f»'],
  'fr-ch': ['«', '»'],
};

/**
 * The opening and closing double quotes of the language tagged `tag` (`de` → „ “, `de-CH` and
 * `fr-CH` → « », `fr` → « » with narrow no-break spaces inside) when they differ from English's
 * “ ”; undefined for English, Chinese and every language listed nowhere, whose curled quotes
 * stay as they are. Case and `_` are ignored (`de_at` is German).
 */
export function doubleQuotes(tag: string): readonly [string, string] | undefined {
  const parts = tag.toLowerCase().split(/[-_]/);
  const region = parts.slice(1).find((p) => /^[a-z]{2}$/.test(p));
  return (region && DOUBLE_QUOTES[`${parts[0]}-${region}`]) || DOUBLE_QUOTES[parts[0]!];
}

/**
 * `value`, a text node as smart punctuation left it, with each curled double quote that `source`,
 * the node's span of the document, wrote straight (`"`) set in `marks`: “ → the opening mark,
 * ” → the closing one. A node whose source writes a curled quote itself is left as it is (the
 * author chose those marks, and the two can no longer be told apart); so is one with no `"`.
 */
export function withQuotes(value: string, source: string, marks: readonly [string, string]): string {
  if (!source.includes('"') || /[“”]/.test(source)) return value;
  return value.replace(/[“”]/g, (q) => (q === '“' ? marks[0] : marks[1]));
}
