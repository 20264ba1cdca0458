/**
 * The editor's Markdown preview: CommonMark + GFM (tables, task lists, strikethrough, autolinks)
 * rendered by micromark with its safe defaults: raw HTML is escaped (allowDangerousHtml off),
 * and link/image URLs with dangerous protocols (javascript:, vbscript:, data: for links) are
 * dropped (allowDangerousProtocol off). MDX is never compiled: import/export lines and JSX show
 * as text, since executing a draft would run its code.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** HTML for a post body; safe to insert with innerHTML. */
export function renderPreview(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: false, allowDangerousProtocol: false });
}
