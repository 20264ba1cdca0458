/**
 * Obsidian's wikilinks (help.obsidian.md/Linking+notes+and+files/Internal+links) as Markdown
 * links to the posts' pages: a vault imported as it is would show `[[Garden beds]]` as text on
 * the site. Forms read: `[[Note]]`, `[[Folder/Note]]`, `[[Note.md]]`, `[[Note|shown text]]`,
 * `[[Note#Heading]]` (shown "Note > Heading", as Obsidian shows it), `[[#Heading]]` (this note),
 * `[[Note#^block]]` (a block id: the site has no anchor for it, so the link names the page), and
 * a note embedded whole, `![[Note]]`, which becomes a link to it; a block id written after a
 * block (`Compost is alive. ^c1`) is left out, as Obsidian hides it. Code (fenced, indented with a
 * fence, inline) is left alone, and so is `[[x]]` followed by `(` or `[`: a Markdown link or image
 * whose text has brackets (`![[公式]](https://…)`). A heading's anchor is github-slugger's, the slug Astro's Markdown
 * gives the heading (so `#Soil & water` is `#soil--water`).
 */
import Slugger from 'github-slugger';
import { CODE_TAG_PAIR } from '../code-tags.ts';

export interface WikilinkResult {
  body: string;
  /** Each wikilink written as a Markdown link: [as written, the address]. */
  linked: [string, string][];
  /** Notes named by a wikilink that the folder does not hold: the link is now its text. */
  unresolved: string[];
  /** Embedded files that are no notes (`![[photo.png]]`) found nowhere: left as written. */
  embeds: string[];
  /** Embedded images found in the folder, now Markdown images: [as written, the path from the post]. */
  images: [string, string][];
  /** Block ids (`^c1`) left out of the text: the site has no anchor for them and would show them. */
  blocks: string[];
}

const WIKILINK = /(!?)\[\[([^\[\]\n]+?)\]\]/g;
/**
 * An Obsidian block id (help.obsidian.md/Linking+notes+and+files/Internal+links#Link+to+a+block+in+a+note):
 * `^` and letters, digits or dashes at the end of a block's line after a space, or alone on the
 * line after a table, list or quote. At least one letter: `2 ^10` at a line's end is arithmetic.
 */
const BLOCK_ID = /(^|[ \t]+)\^((?=[0-9-]*[A-Za-z])[A-Za-z0-9-]+)[ \t]*$/gm;
/** Files an embed shows as an image (store/markdown-folder.ts lists the folder's files by it). */
export const EMBEDDED_IMAGE = /\.(?:png|jpe?g|gif|webp|svg|avif)$/i;
// Code the conversion leaves alone: fenced blocks (``` or ~~~, to their closing fence or the end),
// inline code, and code-block tags (CODE_TAG_PAIR).
const CODE = /^(`{3,}(?![^\n]*`)|~{3,})[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))|(`+)[^`]*?\2/gm;

/**
 * `body` with its wikilinks as Markdown links. `resolve(target)` gives the page address of the
 * note a link names (`/posts/2024/garden-beds/`), or undefined when the folder has none;
 * `[[#Heading]]` names a heading of this note (`#heading`). Unresolved note links become their text (Obsidian
 * shows them as links to a note not yet written); embeds of other files stay as written.
 */
export function convertWikilinks(body: string, resolve: (target: string) => string | undefined, image: (name: string) => string | undefined = () => undefined): WikilinkResult {
  const out: WikilinkResult = { body, linked: [], unresolved: [], embeds: [], images: [], blocks: [] };
  if (!body.includes('[[') && !body.includes('^')) return out;
  const parts: string[] = [];
  // The code a code-block tag holds (Jekyll's {% highlight %}, Hexo's {% codeblock %}, Hugo's
  // {{< highlight >}}) is code too: pandas' `data[['a', 'b']]` and shell's `[[ -f x ]]` are no links.
  let tagAt = 0;
  for (const tag of body.matchAll(CODE_TAG_PAIR)) {
    parts.push(convertOutsideFences(body.slice(tagAt, tag.index), resolve, image, out), tag[0]);
    tagAt = tag.index + tag[0].length;
  }
  parts.push(convertOutsideFences(body.slice(tagAt), resolve, image, out));
  out.body = parts.join('');
  return out;
}

function convertOutsideFences(text: string, resolve: (target: string) => string | undefined, image: (name: string) => string | undefined, out: WikilinkResult): string {
  const parts: string[] = [];
  let at = 0;
  for (const code of text.matchAll(CODE)) {
    parts.push(convertProse(text.slice(at, code.index), resolve, image, out), code[0]);
    at = code.index + code[0].length;
  }
  parts.push(convertProse(text.slice(at), resolve, image, out));
  return parts.join('');
}

function convertProse(text: string, resolve: (target: string) => string | undefined, image: (name: string) => string | undefined, out: WikilinkResult): string {
  const unblocked = text.replace(BLOCK_ID, (_whole, _space: string, id: string) => {
    out.blocks.push(id);
    return '';
  });
  return unblocked.replace(WIKILINK, (whole, bang: string, inner: string, at: number, all: string) => {
    // `[[1]](http://…)` and `![[公式]](https://…)` are a Markdown link and image whose text has
    // brackets (CommonMark §6.3: balanced brackets are allowed in link text), as blogs pasted
    // from Zhihu or Wikipedia write footnotes and formulas: no wikilink, whatever follows is theirs.
    if (/^[([]/.test(all.charAt(at + whole.length))) return whole;
    // `|` in a table cell is written `\|`.
    const [target = '', shown] = inner.replace(/\\\|/g, '|').split('|', 2) as [string, string | undefined];
    const hash = target.indexOf('#');
    const note = (hash < 0 ? target : target.slice(0, hash)).trim();
    const heading = hash < 0 ? '' : target.slice(hash + 1).trim();
    const isNote = note === '' || !/\.[a-z0-9]{1,5}$/i.test(note) || /\.(?:md|markdown)$/i.test(note);
    if (!isNote) {
      if (!bang) return whole;
      // An embedded image (`![[photo one.png|200]]`, Obsidian's default way to insert one): a
      // Markdown image of the file, found as Obsidian finds it; a width (`|200`) Markdown cannot say.
      const path = EMBEDDED_IMAGE.test(note) ? image(note) : undefined;
      if (path === undefined) {
        out.embeds.push(note);
        return whole;
      }
      const alt = (shown !== undefined && !/^\d+(?:x\d+)?$/.test(shown.trim()) ? shown.trim() : note.split('/').pop()!.replace(/\.[a-z0-9]+$/i, '')).replace(/[[\]\\]/g, '\\$&');
      out.images.push([whole, path]);
      return `![${alt}](${/[\s()<>]/.test(path) ? `<${path}>` : path})`;
    }
    const page = note === '' ? '' : resolve(note);
    const label = (shown?.trim() || [note.replace(/\.(?:md|markdown)$/i, '').split('/').pop(), heading.replace(/^\^.*/, '')].filter(Boolean).join(' > ')).replace(/[[\]\\]/g, '\\$&');
    if (page === undefined) {
      out.unresolved.push(note);
      return label;
    }
    // A block id (#^abc) has no anchor on the site: the link names the page.
    const anchor = heading && !heading.startsWith('^') ? `#${new Slugger().slug(heading)}` : '';
    const address = `${page}${anchor}`;
    if (address === '') return label;
    out.linked.push([whole, address]);
    return `[${label}](${address.includes(' ') || address.includes(')') ? `<${address}>` : address})`;
  });
}
