/**
 * Hugo's link shortcodes in a moved post, `{{< ref "posts/a/index.md" >}}` and `{{< relref "a" >}}`
 * (also `{{% … %}}` and the named `path="…"` form; gohugo.io/shortcodes/ref/ and /relref/): Hugo
 * writes the page of the file named, which the portfolio would show as the tag's text. Each one
 * naming a file the import made a post of (this run, or an earlier one that skipped it now) becomes
 * that post's page, `/posts/<slug>/`, its `#fragment` kept.
 */
import { posix } from 'node:path';
import type { Text } from '../i18n/text.ts';
import { postSlug } from '../post-slug.ts';
import { withLinkTagsAnswered } from './link-tag-notes.ts';

/**
 * A `ref` or `relref` shortcode: its quoted (or bare) first argument, or its `path=` argument,
 * other named arguments (`lang="zh"`) after it. Groups: 1 `<` or `%`, 2 `rel`, then the path as
 * written: 3 in double quotes, 4 in single quotes, 5 and 6 `path="…"` / `path='…'`, 7 bare.
 */
export const HUGO_REF = /\{\{([<%])\s*(rel)?ref\s+(?:"([^"]*)"|'([^']*)'|path=(?:"([^"]*)"|'([^']*)')[^}]*?|([^\s"'%>}]+))\s*(?:[a-zA-Z]+=(?:"[^"]*"|'[^']*')\s*)*[>%]\}\}/g;

/** A ref or relref shortcode's opening, `{{< ref ` or `{{% relref `: a post without one has none to convert. */
const REF_OPENING = /\{\{[<%]\s*(?:rel)?ref\s/;

/**
 * The key Hugo's page lookup compares: a content path without its extension, a bundle's
 * `index`/`_index` (with a language, `index.zh`), leading `./`, `/` and trailing `/`, in lower
 * case (Hugo's page paths are lower case since 0.123: gohugo.io/methods/page/path/).
 */
export function refKey(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+|^\/+/g, '')
    .replace(/\.(?:md|markdown|mdown|mkd|html?)$/i, '')
    .replace(/(?:^|\/)_?index(?:\.[a-z]{2,3}(?:-[a-z0-9]+)?)?$/i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a folder named as Hugo sites name a language's content folder (`en`, `zh-cn`): a language Intl knows, so `go` or `js` is not one. */
function isLanguageFolder(name: string): boolean {
  if (!/^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i.test(name)) return false;
  try {
    return LANGUAGE_NAMES.of(name.replace(/_/g, '-')) !== undefined;
  } catch {
    return false;
  }
}

interface Moved {
  from: string;
  id: string;
}

/**
 * The posts a ref may name, by every key it may be written with: the file's path within the
 * imported folder and the same under that folder's last three folders (`posts/a` for a file
 * `a/index.md` of `content/en/posts`, as Hugo resolves from the content folder), and, for a file
 * under a language's folder of the imported one (`en/posts/a.md` of `content/`), its path within
 * that folder (`posts/a`). A key two posts
 * share is left out: such a ref is not guessed. A translation (`index.zh.md`) gives way to the
 * file without a language.
 */
function refTargets(moved: readonly Moved[], folder: string | undefined): Map<string, string | null> {
  const above = (folder ?? '').split('/').filter(Boolean).slice(-3);
  const targets = new Map<string, { id: string; translation: boolean } | null>();
  for (const { from, id } of moved) {
    const within = folder && from.startsWith(`${folder.replace(/\/+$/, '')}/`) ? from.slice(folder.replace(/\/+$/, '').length + 1) : from;
    const translation = /(?:^|\/)_?index\.[a-z]{2,3}(?:-[a-z0-9]+)?\.[a-z]+$/i.test(within) || /\.[a-z]{2,3}(?:-[a-z0-9]+)?\.(?:md|markdown)$/i.test(within);
    // content/en/posts/a.md of an import of content/: Hugo reads "posts/a" from content/en/, the
    // contentDir of the language en (gohugo.io/content-management/multilingual/#translation-by-content-directory).
    const lang = /^([^/]+)\//.exec(within)?.[1];
    if (lang !== undefined && isLanguageFolder(lang)) {
      const key = refKey(within.slice(lang.length + 1));
      const there = key ? targets.get(key) : null;
      if (key && (there === undefined || (there && there.translation && !translation))) targets.set(key, { id, translation });
      else if (key && there && there.id !== id && there.translation === translation) targets.set(key, null);
    }
    for (let k = 0; k <= above.length; k++) {
      const key = refKey([...above.slice(above.length - k), within].join('/'));
      if (!key) continue;
      const there = targets.get(key);
      if (there === undefined || (there && there.translation && !translation)) targets.set(key, { id, translation });
      else if (there && there.id !== id && there.translation === translation) targets.set(key, null);
    }
  }
  return new Map([...targets].map(([key, t]) => [key, t ? t.id : null]));
}

/** What a kept ref's note says: where the file was looked for, and what to do. */
const HUGO_HINT = {
  missing: { en: 'of this import', zh: '不在这次导入的文章里' },
  fix: { en: 'import the folder holding that file too (a re-run skips what is there, so remove this post first)', zh: '请把那个文件所在的文件夹也导入（再运行会跳过已有的文章，所以请先删掉这一篇）' },
};

/**
 * `plan` with the Hugo ref shortcodes of its moved posts' prose (not code) written as links to
 * the posts they name: a path is looked for from the post's own folder first (a bundle's folder,
 * then the one holding it), then from the content folder (`/posts/a`, `posts/a.md`, `a`); a
 * `#fragment` alone stays a fragment of the same page. A ref naming no post of the import stays
 * as written, said in a note (check flags it with how to write the link). Pure.
 */
export function withHugoRefs<P extends { moves: { from: string; id: string; text: string; notes: Text[] }[]; skipped: { from: string; id?: string }[] }>(plan: P, folder?: string): P {
  if (!plan.moves.some((m) => REF_OPENING.test(m.text))) return plan;
  const moved: Moved[] = [...plan.skipped.flatMap((s) => (s.id ? [{ from: s.from, id: s.id }] : [])), ...plan.moves.map((m) => ({ from: m.from, id: m.id }))];
  const targets = refTargets(moved, folder);
  const base = (folder ?? '').replace(/\/+$/, '');
  const moves = plan.moves.map((move) => {
    if (!REF_OPENING.test(move.text)) return move;
    const within = base && move.from.startsWith(`${base}/`) ? move.from.slice(base.length + 1) : move.from;
    const dir = posix.dirname(within);
    // A bundle's refs are read from its folder and from the section holding it.
    const dirs = /(?:^|\/)_?index(?:\.[^/]*)?$/i.test(within) ? [dir, posix.dirname(dir)] : [dir];
    return withLinkTagsAnswered(move, 'Hugo', { needle: '{{', pattern: new RegExp(HUGO_REF.source, 'g') }, HUGO_HINT, (tag, groups) => {
      const written = (groups[2] ?? groups[3] ?? groups[4] ?? groups[5] ?? groups[6] ?? '').trim();
      const hash = written.indexOf('#');
      const path = hash < 0 ? written : written.slice(0, hash);
      const fragment = hash < 0 ? '' : written.slice(hash);
      if (path === '' && fragment) return { text: fragment };
      const relative = path.startsWith('/') ? [] : dirs.map((d) => refKey(posix.normalize(posix.join(d, path))));
      const id = [...relative, refKey(path)].map((key) => targets.get(key)).find((found) => found !== undefined);
      if (!id) return { text: tag, kept: tag };
      const to = `/posts/${postSlug(id)}/${fragment}`;
      return { text: to, linked: `${tag} -> ${to}` };
    });
  });
  return { ...plan, moves };
}
