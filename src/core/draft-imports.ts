/**
 * Warnings for the imports of an .mdx post the build does not publish yet (a draft, an idea, a
 * post scheduled or dated later) that name no file or package of the project: such a post is
 * refused only when it is published (check's and the build check's error, the studio's Mark as
 * published), so `check` says so before, as a warning that changes no exit code under the default
 * `--fail-on error`. The store finds them (store/mdx-imports.ts findUnpublishedMdxImports).
 */
import type { Lang } from './language.ts';
import { pick, type Text } from './i18n/text.ts';

/** One import of an unpublished post that would stop the build (or its body, `compile`): its post, and what to say of it. */
export interface UnresolvedDraftImport {
  post: string;
  file: string;
  /** The error published posts get (file named first when it is another file: a broken tsconfig.json). */
  message: Text;
  hint: Text;
  /** The body itself does not compile, or names what nothing defines (the `mdx-compile` flag), not an import. */
  compile?: true;
}

export interface UnresolvedImportFlag {
  kind: 'unresolved-import' | 'mdx-compile';
  severity: 'warning';
  post: string;
  file: string;
  field: 'body';
  message: string;
  hint: string;
}

/**
 * One warning per import (`unresolved-import`) or body that does not compile (`mdx-compile`), in
 * `lang`: the publish-time error, and that it stops the post only once published. Before, a draft
 * whose MDX did not compile passed `check` (and CI) and stopped the build the day it was published.
 */
export function flagUnresolvedDraftImports(found: readonly UnresolvedDraftImport[], lang: Lang): UnresolvedImportFlag[] {
  const zh = lang === 'zh';
  return found.map(({ post, file, message, hint, compile }) => ({
    kind: compile ? ('mdx-compile' as const) : ('unresolved-import' as const),
    severity: 'warning' as const,
    post,
    file,
    field: 'body' as const,
    message: `${pick(message, lang)}${zh ? '（这篇文章还未发布：发布时会被拒绝）' : ' (not published yet: it is refused when it is published)'}`,
    hint: pick(hint, lang),
  }));
}
