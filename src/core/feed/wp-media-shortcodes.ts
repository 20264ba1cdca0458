/**
 * WordPress's media shortcodes (wp-includes/media.php: gallery_shortcode, wp_audio_shortcode,
 * wp_video_shortcode, wp_playlist_shortcode; class-wp-embed.php) in a WXR export's raw post
 * content, as what WordPress showed in their place, in HTML the import's conversion keeps:
 * `[gallery]` the images of its `ids` (or `include`), else of the attachments whose parent is
 * the post (by `menu_order`, then id), each with its caption; `[audio]` and `[video]` a link to
 * their file (`src`, a format attribute such as `mp3=`, a bare address as WordPress.com reads
 * it, else the post's first attachment of that kind); `[playlist]` a link per file; `[embed]URL[/embed]`
 * a link to URL. A shortcode with nothing to show is dropped, as WordPress showed nothing. Before,
 * each stayed as text, `\[gallery columns="2"\]`, which the portfolio then drew as a formula.
 */

/** An attachment item of the export (`wp:post_type` attachment). */
export interface WordPressAttachment {
  id: string;
  url: string;
  /** `wp:post_parent`, '0' or undefined when unattached. */
  parent?: string;
  order: number;
  alt?: string;
  caption?: string;
}

const SHORTCODE = /\[(gallery|audio|video|playlist|embed)\b((?:\s+(?:[\w-]+\s*=\s*)?(?:"[^"]*"|'[^']*'|[^\s\]"']+))*)\s*\/?\](?:([\s\S]*?)\[\/\1\])?/gi;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+))|"([^"]*)"|'([^']*)'|(\S+)/g;
const AUDIO = /\.(mp3|ogg|oga|m4a|wav|wma|flac)(?:[?#]|$)/i;
const VIDEO = /\.(mp4|m4v|webm|ogv|wmv|flv|mov)(?:[?#]|$)/i;
const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?)(?:[?#]|$)/i;

/** `html` with each media shortcode replaced; `postId` is the post's `wp:post_id`, `attachments` the export's by id. */
export function wordPressMediaShortcodes(html: string, postId: string | undefined, attachments: ReadonlyMap<string, WordPressAttachment>): string {
  if (!/\[(gallery|audio|video|playlist|embed)\b/i.test(html)) return html;
  return html.replace(SHORTCODE, (_whole, name: string, attrs: string, inner: string | undefined) => {
    const { named, positional } = parseAttributes(attrs);
    const children = () => [...attachments.values()].filter((a) => postId !== undefined && a.parent === postId).sort((a, b) => a.order - b.order || Number(a.id) - Number(b.id));
    const listed = (named.ids ?? named.include)?.split(/[\s,]+/).flatMap((id) => attachments.get(id) ?? []);
    switch (name.toLowerCase()) {
      case 'gallery':
        return (listed ?? children().filter((a) => IMAGE.test(a.url))).map(figure).join('\n');
      case 'playlist': {
        const kind = named.type === 'video' ? VIDEO : AUDIO;
        return (listed ?? children().filter((a) => kind.test(a.url))).map((a) => link(a.url)).join('\n');
      }
      case 'embed':
        return inner?.trim() ? link(inner.trim(), inner.trim()) : '';
      default: {
        const kind = name.toLowerCase() === 'audio' ? AUDIO : VIDEO;
        const given = named.src ?? Object.entries(named).find(([key]) => kind.test(`.${key}`))?.[1] ?? positional.find((value) => /^https?:\/\//i.test(value));
        const file = given ?? children().find((a) => kind.test(a.url))?.url;
        return file ? link(file) : '';
      }
    }
  });
}

/** WordPress's shortcode_parse_atts: `name="v"`, `name='v'`, `name=v`, and bare values by position. */
function parseAttributes(text: string): { named: Record<string, string>; positional: string[] } {
  const named: Record<string, string> = {};
  const positional: string[] = [];
  for (const m of text.matchAll(ATTRIBUTE)) {
    if (m[1]) named[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
    else positional.push(m[5] ?? m[6] ?? m[7] ?? '');
  }
  return { named, positional };
}

function figure(a: WordPressAttachment): string {
  const caption = a.caption?.trim();
  return `<figure><img src="${escapeAttribute(a.url)}" alt="${escapeAttribute(a.alt ?? '')}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

/** A paragraph linking `url`, named by `text`, else by its file name. */
function link(url: string, text?: string): string {
  const name = text ?? decodeURIComponentSafe(url.replace(/[?#].*$/, '').split('/').pop() || url);
  return `<p><a href="${escapeAttribute(url)}">${escapeText(name)}</a></p>`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
