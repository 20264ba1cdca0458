/**
 * WordPress's `[caption]` shortcode (wp-includes/media.php img_caption_shortcode), for a WXR
 * export's raw post content: `[caption id="attachment_7" align="alignnone" width="502"
 * caption="Admin tab"]<a …><img …></a>[/caption]` (WordPress before 3.4) or the caption as the
 * text after the image (`…<img …/> The harbour at dawn[/caption]`, since 3.4) becomes what
 * WordPress showed, `<figure>` with the image and a `<figcaption>`, which the HTML conversion
 * writes as the image with its caption under it. Before, a real blog's captions came in as text,
 * `\[caption id="attachment_399" …\]` around each image. A `[caption]` never closed stays as written.
 */
const CAPTION = /\[caption((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s\]]+))*)\s*\]([\s\S]*?)\[\/caption\]/gi;

/** `html` with each `[caption]…[/caption]` as `<figure>…<figcaption>…</figcaption></figure>`. */
export function wordPressCaptions(html: string): string {
  if (!/\[caption/i.test(html)) return html;
  return html.replace(CAPTION, (_whole, attrs: string, inner: string) => {
    const given = /\bcaption\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    let media = inner.trim();
    let caption = given?.[1] ?? given?.[2] ?? '';
    if (!given) {
      // The caption is the text after the image (or the link around it).
      const m = /^((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(media);
      if (m) {
        media = m[1]!;
        caption = m[2]!.trim();
      }
    }
    return `<figure>${media}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
  });
}
