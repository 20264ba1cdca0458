/**
 * Frontmatter field names of other Astro themes, read as Throughline's own so that posts moved
 * from AstroPaper (github.com/satnaing/astro-paper, src/content.config.ts) or Fuwari
 * (github.com/saicaca/fuwari, src/content/config.ts) need no edit. An alias only fills a field
 * that is absent: Throughline's own name always wins, and the alias key itself is kept, so a save
 * by the studio loses nothing.
 */

/** alias -> Throughline field, for values that carry over unchanged. */
const SAME_VALUE: Record<string, string> = {
  pubDatetime: 'publishedAt',
  modDatetime: 'updatedAt',
  updated: 'updatedAt',
};

/**
 * AstroPaper's `ogImage` and Fuwari's `image` may be an asset path relative to the post
 * (`../../assets/og.png`, `./cover.jpg`) that Astro imports; Throughline serves no such file, so
 * only a site path (`/og.png`) or an http(s) URL becomes `cover`, and any other value leaves the
 * generated social card in place instead of an og:image that answers 404.
 */
const COVER_ALIASES = ['ogImage', 'image'];

function isServedImage(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return (text.startsWith('/') && !text.startsWith('//')) || /^https?:\/\/[^/]/i.test(text);
}

/** Keys whose presence says the post was written for another theme (they imply a status). */
const THEME_KEYS = ['pubDatetime', 'published', 'draft'];

/**
 * A copy of `value` with aliases applied (a non-object is returned as is):
 * pubDatetime/published -> publishedAt, modDatetime/updated -> updatedAt, ogImage/image -> cover
 * (a site path or http(s) URL only),
 * canonicalURL -> url with canonical "original", category -> one more tag, and, when no status is
 * given, draft: true (or published: false) -> status "draft", else a dated post -> "published".
 */
export function applyFrontmatterAliases(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const input = value as Record<string, unknown>;
  const out: Record<string, unknown> = { ...input };
  const fill = (key: string, v: unknown) => {
    if (out[key] === undefined && v !== undefined && v !== null && v !== '') out[key] = v;
  };
  for (const [alias, field] of Object.entries(SAME_VALUE)) fill(field, input[alias]);
  for (const alias of COVER_ALIASES) if (isServedImage(input[alias])) fill('cover', input[alias].trim());
  if (typeof input.published !== 'boolean') fill('publishedAt', input.published);
  if (typeof input.canonicalURL === 'string' && input.canonicalURL.trim()) {
    fill('url', input.canonicalURL.trim());
    fill('canonical', 'original');
  }
  if (typeof input.category === 'string' && input.category.trim()) {
    const tags = Array.isArray(out.tags) ? out.tags : [];
    if (!tags.includes(input.category.trim())) out.tags = [...tags, input.category.trim()];
  }
  if (out.status === undefined && THEME_KEYS.some((k) => k in input)) {
    const draft = input.draft === true || input.published === false;
    out.status = draft ? 'draft' : out.publishedAt !== undefined ? 'published' : undefined;
  }
  return out;
}
