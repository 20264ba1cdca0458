/**
 * Hugo's build options (gohugo.io/content-management/build-options/): a page whose `build.render`
 * is `never` or `link` (`false` before Hugo 0.80, also under `_build`), or an older `headless: true`
 * bundle, was never written to the old site, so a moved post with one comes in as a draft.
 */
import type { Text } from '../i18n/text.ts';
import { flagOf } from '../schema/post-aliases.ts';

/** The option of `raw` (a moved file's frontmatter as written) that kept Hugo from rendering the page, as written (`build.render: never`); undefined when none did. */
export function unrenderedBy(raw: Record<string, unknown>): string | undefined {
  for (const key of ['build', '_build']) {
    const options = raw[key];
    if (typeof options !== 'object' || options === null || Array.isArray(options)) continue;
    const render = (options as Record<string, unknown>).render;
    const word = typeof render === 'string' ? render.trim().toLowerCase() : render;
    if (word === 'never' || word === 'link' || flagOf(render) === false) return `${key}.render: ${String(render)}`;
  }
  return flagOf(raw.headless) === true ? `headless: ${String(raw.headless)}` : undefined;
}

/** The note of a moved post that comes in as a draft because Hugo never rendered it. */
export function unrenderedNote(option: string): Text {
  return {
    en: `it comes in as a draft: ${option} kept Hugo from writing its page, so the old site never showed it; set status: published in it to show it`,
    zh: `它作为草稿导入：${option} 让 Hugo 不生成它的页面，旧网站从未显示过它；要显示它，请把 status 改为 published`,
  };
}
