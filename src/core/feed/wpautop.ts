/**
 * WordPress's `wpautop` (wp-includes/formatting.php), for a WXR export's raw post content: the
 * classic editor stores paragraphs as blank lines and line breaks as newlines, and WordPress
 * adds the `<p>` and `<br />` when it shows the post. Block-editor content (`<!-- wp:paragraph
 * -->`, which has its own `<p>`) is left as written, as WordPress leaves it (has_blocks). Before,
 * a real classic-editor blog's posts came in as one paragraph each (24 of 29 posts).
 *
 * Followed as WordPress does it: `<pre>` blocks kept as they are; two `<br>` in a row a paragraph
 * break; block-level elements (ALL_BLOCKS) set apart as their own blocks; each run of text
 * between blank lines a `<p>`; a newline left inside a paragraph a `<br />`, except beside a
 * block tag. Not followed: its special cases for `<option>`, `<object>`, `<source>` and
 * `<track>`, and newlines inside `<script>`, `<style>` and `<svg>` (whose text the import
 * drops anyway).
 */
const ALL_BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';

/** True when `html` is block-editor content, which WordPress shows without wpautop. */
export function hasBlocks(html: string): boolean {
  return html.includes('<!-- wp:');
}

/** `html` with WordPress's automatic paragraphs: `<p>` for its blank-line-separated runs of text, `<br />` for its other newlines. */
export function wpautop(html: string): string {
  if (html.trim() === '') return '';
  let pee = `${html}\n`;
  const pres: string[] = [];
  // <pre> blocks are kept whole (WordPress: "<pre" tags are replaced by placeholders).
  pee = pee.replace(/<pre[\s>][\s\S]*?<\/pre>/gi, (pre) => {
    pres.push(pre);
    return `<pre wp-pre-tag-${pres.length - 1}></pre>`;
  });
  pee = pee.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  pee = pee.replace(new RegExp(`(<${ALL_BLOCKS}[\\s/>])`, 'gi'), '\n\n$1');
  pee = pee.replace(new RegExp(`(</${ALL_BLOCKS}>)`, 'gi'), '$1\n\n');
  pee = pee.replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
  pee = pee.replace(/\r\n|\r/g, '\n');
  pee = pee.replace(/\n\n+/g, '\n\n');
  const paragraphs = pee.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  pee = paragraphs.map((p) => `<p>${p.replace(/^\n*|\n*$/g, '')}</p>\n`).join('');
  pee = pee.replace(/<p>\s*<\/p>/g, '');
  pee = pee.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  pee = pee.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
  pee = pee.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  pee = pee.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  pee = pee.replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  pee = pee.replace(new RegExp(`<p>\\s*(</?${ALL_BLOCKS}[^>]*>)`, 'gi'), '$1');
  pee = pee.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*</p>`, 'gi'), '$1');
  // A newline left inside a paragraph is a line break.
  pee = pee.replace(/<br>|<br\/>/gi, '<br />');
  pee = pee.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
  pee = pee.replace(new RegExp(`(</?${ALL_BLOCKS}[^>]*>)\\s*<br />`, 'gi'), '$1');
  pee = pee.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  pee = pee.replace(/\n<\/p>$/g, '</p>');
  return pee.replace(/<pre wp-pre-tag-(\d+)><\/pre>/g, (_m, i: string) => pres[Number(i)]!);
}
