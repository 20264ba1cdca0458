/**
 * A code block's line ends in the editor preview, as the built page writes them. The page's
 * parser keeps a block's line ends as written (`\r\n` in a file saved on Windows) but ends its
 * text with one `\n` (mdast's code value, then hast's closing `\n`); micromark wrote the last
 * `\r\n` too, and a body with raw HTML lost every `\r` when its HTML was parsed for the sanitizer
 * (parse5 reads `\r\n` in HTML as `\n`), so the same block previewed unlike the page.
 *
 * CODE_MARKS marks each line of micromark's own code blocks (a fresh nonce no author can write),
 * so a `<pre><code>` of the body's raw HTML, which the page parses as HTML, is left as it is.
 */
import type { CompileContext, HtmlExtension, Token } from 'micromark-util-types';

const MARK = `tlcode${Math.random().toString(36).slice(2)}n`;
const BLOCK = /(<pre><code(?: [^>]*)?>)([\s\S]*?)(<\/code><\/pre>)/g;

/** micromark's own handler for a code line (lib/compile.js onexitcodeflowvalue), the line marked. */
export const CODE_MARKS: HtmlExtension = {
  exit: {
    codeFlowValue(this: CompileContext, token: Token) {
      this.raw(MARK + this.encode(this.sliceSerialize(token)));
      this.setData('flowCodeSeenData', true);
    },
  },
};

/**
 * micromark's HTML, written with CODE_MARKS, with each of its code blocks ending in `\n` as on the
 * page and the marks taken out. `keepCr`: the HTML is parsed next (raw HTML), so each other `\r`
 * of a block is written `&#13;`, which the parse reads as the `\r` the page keeps.
 */
export function codeLineEndsAsPage(html: string, keepCr: boolean): string {
  if (!html.includes(MARK)) return html;
  return html.replace(BLOCK, (whole, open: string, text: string, close: string) => {
    if (!text.includes(MARK)) return whole;
    let out = text.replaceAll(MARK, '').replace(/(?:\r\n?|\n)$/, '\n');
    if (keepCr) out = out.replaceAll('\r', '&#13;');
    return open + out + close;
  });
}
