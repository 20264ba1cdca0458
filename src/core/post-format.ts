/**
 * A post's file type, which decides how its body is read: a `.md` post by CommonMark's rules
 * (indented code is code), an `.mdx` post by MDX's (it has no indented code). A module of its own
 * so that callers that only key caches by it do not load the theme's reading code.
 */

/** A post's file type. */
export type PostFormat = 'md' | 'mdx';

/** The format of a post file by its name (`content/posts/a.mdx` is `mdx`, any other `md`). */
export const formatOfFile = (file: string): PostFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');
