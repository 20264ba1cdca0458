/**
 * The content keys of the theme term cache (theme-term-cache.ts), apart from the cache itself:
 * a check whose results are all kept (theme-results-cache.ts) keys every post but reads no
 * term, so it loads neither the term cache's decoder nor the theme modules behind it.
 */
import { hash } from 'node:crypto';
import { formatOfFile } from '../core/post-format.ts';
import type { Post } from '../core/schema/post.ts';
import { userWordsKey } from '../core/theme/chinese.ts';
import { resultsCodeKey } from './theme-results-cache.ts';

/** Bump when tokenising, stripping or the bridge data change what a post reads as (the code key catches an edit of src/core/theme too). */
export const TERMS_FORMAT = 'theme-terms-14';

/**
 * `keyOf(post)`: the post's content key (a hash of its file type, title and text, TERMS_FORMAT and
 * the code key): equal keys read as equal terms; each key given is added to `live`, the posts seen this
 * run, whose entries the term cache keeps when it saves.
 */
export interface TermKeys { keyOf(post: Post): string; live: Set<string> }

/** The keys under code key `code` (theme-results-cache.ts resultsCodeKey; null: none, as from a bundle). */
export function openTermKeys(code: string | null = resultsCodeKey()): TermKeys {
  const live = new Set<string>();
  // Per post, the key and the user dictionary it was made under (the brand's words, which decide
  // how Chinese is cut: core/theme/brand-words.ts); the brand may change while a post stays.
  const keys = new WeakMap<Post, [string, string]>();
  const keyOf = (post: Post) => {
    const user = userWordsKey();
    const memo = keys.get(post);
    let key = memo?.[0] === user ? memo[1] : undefined;
    if (key === undefined) {
      // An English brand (no Chinese word of its own) keys as before.
      const keyPrefix = `${TERMS_FORMAT}\0${code ?? ''}\0${user === '' ? '' : `${user}\0`}`;
      // Without a code key (sources unreadable, as from a bundle) the format alone, as before.
      // The hash of `${TERMS_FORMAT}\0${code}\0${format}\0${title}\0` and the body's own hash: two
      // one-shot hashes, no copy of the body and no Hash object per post (2,000 posts: ~8 ms less
      // than a Hash fed in pieces). The body's digest has a fixed length at the end, so no title and
      // body share a key with another pair (`a\0b` + `c` and `a` + `b\0c` did when joined). The
      // file type is read too: the same body reads as other words in a .md and an .mdx post (indented code).
      key = hash('sha1', `${keyPrefix}${formatOfFile(post.file)}\0${post.data.title}\0${hash('sha1', post.body, 'base64url')}`, 'base64url');
      keys.set(post, [user, key]);
    }
    live.add(key);
    return key;
  };
  return { keyOf, live };
}
