/**
 * A post's HTML as a feed carries it: every address absolute. A feed reader shows the HTML away
 * from the post's page, and readers resolve a relative address against different bases (the
 * feed's own URL, the entry's link, or none), so `/about/`, `pic.png` and `../other-post/` would
 * each point somewhere else in some reader. Root-relative addresses take the site's origin, and
 * path-relative ones the post's own address, as on its page. An in-page `#fragment` (a footnote,
 * a heading) becomes the post's address with that fragment: the entry is not a page of its own
 * in a reader (nor an id a reader keeps), so `href="#user-content-fn-1"` led nowhere or to the
 * reader's own page, while the post's page holds the footnote.
 */
export function absoluteFeedLinks(html: string, site: URL | undefined, pageUrl: string): string {
  if (!site) return html;
  // Only the attributes of tags: a code sample's text (`&lt;a href="#top"&gt;`, whose quotes the
  // HTML keeps as written) is what the post shows, and stays so.
  return html.replace(TAG, (tag) => tag.replace(/(\s(?:href|src)=")([^"]*)"/g, (whole, head: string, value: string) => {
    // Already absolute (a scheme, or //host) or empty: as written.
    if (value === '' || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return whole;
    try {
      return `${head}${new URL(value.replaceAll('&amp;', '&'), pageUrl).href.replaceAll('&', '&amp;')}"`;
    } catch {
      return whole;
    }
  }));
}

/** An HTML start tag as serialized: its name and attributes, a quoted value holding any `>`. */
const TAG = /<[A-Za-z][\w:-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
