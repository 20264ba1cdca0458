/**
 * The editor preview's side of core/prose-tags.ts: an HTML block that opens a tag the author meant
 * as text (`<script> 标签是什么`, `<!-- 注释没有结束`), closed by no raw HTML after it, is read as
 * Markdown again with its tag shown as text, as on the built page (pages/_lib/prose-tags.ts). The
 * preview escapes raw HTML, but micromark still read such a block to the end of the post (or of its
 * quote or list) as one block of HTML: the rest showed as written (`## 标题`), or, for a comment,
 * not at all. The blocks are found as micromark reads them and the rule is the page's
 * (firstProseBlock), so the same ones are escaped (`\<script>`) before the preview renders.
 */
import { parse, postprocess, preprocess } from 'micromark';
import type { Event, Extension } from 'micromark-util-types';
import { firstProseBlock, mayHaveProseTags } from '../../core/prose-tags.ts';

/** A document's raw HTML as micromark reads it, in order: blocks (without a quote's `>` or a list's indent) and tags in prose. */
function rawHtmlOf(markdown: string, extensions: Extension[]): { value: string; block: boolean; offset: number }[] {
  const events: Event[] = postprocess(parse({ extensions }).document().write(preprocess()(markdown, undefined, true)));
  const found: { value: string; block: boolean; offset: number }[] = [];
  let block: { value: string; block: boolean; offset: number } | null = null;
  for (const [kind, token, context] of events) {
    if (token.type === 'htmlFlow') {
      if (kind === 'enter') found.push((block = { value: '', block: true, offset: token.start.offset }));
      else block = null;
    } else if (block && kind === 'enter' && (token.type === 'htmlFlowData' || token.type === 'lineEnding')) {
      block.value += context.sliceSerialize(token);
    } else if (token.type === 'htmlText' && kind === 'enter') {
      found.push({ value: context.sliceSerialize(token), block: false, offset: token.start.offset });
    }
  }
  return found;
}

/**
 * `markdown` with the `<` of each such block escaped, in document order (a block read again may
 * hold another). `extensions`: the preview's micromark syntax extensions, so that code, math and
 * containers are read as the preview reads them.
 */
export function proseBlocksEscaped(markdown: string, extensions: Extension[]): string {
  if (!mayHaveProseTags(markdown)) return markdown;
  let text = markdown;
  for (let from = 0; ; ) {
    const html = rawHtmlOf(text, extensions);
    const found = firstProseBlock(html, from);
    if (found === null) return text;
    const at = text.indexOf('<', html[found.index]!.offset);
    text = `${text.slice(0, at)}\\${text.slice(at)}`;
    // The block is text now: the raw HTML after it takes its place in the list.
    from = found.index;
  }
}
