/**
 * WordPress's code shortcodes as HTML code blocks, for a WXR export's raw post content (which
 * holds shortcodes as the author typed them; the site expanded them when it served the page):
 * SyntaxHighlighter Evolved's `[csharp]…[/csharp]`, `[python]…[/python]` and its other language
 * tags, `[sourcecode language="x"]` and `[code lang="x"]` (also WordPress.com's own;
 * wordpress.org/plugins/syntaxhighlighter/, wordpress.com/support/wordpress-editor/blocks/syntax-highlighter-code-block/).
 * Each becomes `<pre><code class="language-x">…</code></pre>`, which the HTML conversion writes
 * as fenced code with its language: before, the code's line breaks were lost, the block one
 * paragraph between `\[csharp\]` and `\[/csharp\]` (a real blog: 41 blocks in 29 posts).
 * The code is HTML text, as the plugin reads it: entities are decoded once by the HTML parser
 * (`IService&lt;T&gt;` shows `IService<T>`), and a raw `<` (typed in the text editor) is kept as
 * a character, never read as a tag. A tag not in the list (`[mythz]`), or one never closed,
 * stays as written.
 */

/** SyntaxHighlighter Evolved's language shortcodes (its brush aliases) -> the fence's language. */
const LANGUAGES: Record<string, string> = {
  as3: 'actionscript-3', actionscript3: 'actionscript-3', bash: 'bash', shell: 'shell', cf: 'cfml', coldfusion: 'cfml',
  clojure: 'clojure', clj: 'clojure', cpp: 'cpp', c: 'c', 'c-sharp': 'csharp', csharp: 'csharp', css: 'css',
  delphi: 'pascal', pas: 'pascal', pascal: 'pascal', diff: 'diff', patch: 'diff', erl: 'erlang', erlang: 'erlang',
  fsharp: 'fsharp', go: 'go', golang: 'go', groovy: 'groovy', haskell: 'haskell', java: 'java', javafx: 'java', jfx: 'java',
  js: 'javascript', jscript: 'javascript', javascript: 'javascript', latex: 'latex', tex: 'latex', matlab: 'matlab',
  objc: 'objective-c', 'obj-c': 'objective-c', perl: 'perl', pl: 'perl', php: 'php', plain: 'text', text: 'text',
  ps: 'powershell', powershell: 'powershell', py: 'python', python: 'python', r: 'r', splus: 'r', rails: 'ruby',
  rb: 'ruby', ror: 'ruby', ruby: 'ruby', scala: 'scala', sql: 'sql', swift: 'swift', vb: 'vb', vbnet: 'vb',
  xml: 'xml', xhtml: 'html', xslt: 'xsl', html: 'html', yaml: 'yaml',
};
const GENERIC = new Set(['sourcecode', 'code']);
const OPEN = /\[([a-z][\w-]*)((?:\s+[\w-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s\]]+))*)\s*\]/gi;

/** `html` (a WXR post's content) with its code shortcodes as `<pre><code>` blocks. */
export function wordPressCodeShortcodes(html: string): string {
  if (!html.includes('[/')) return html;
  let out = '';
  let at = 0;
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (!GENERIC.has(name) && !(name in LANGUAGES)) continue;
    const close = new RegExp(`\\[/${m[1]!.replace(/[-]/g, '\\-')}\\]`, 'i');
    const rest = html.slice(m.index + m[0].length);
    const end = close.exec(rest);
    if (!end) continue;
    const attrs = m[2] ?? '';
    const given = /\b(?:language|lang)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/i.exec(attrs);
    const asked = (given?.[1] ?? given?.[2] ?? given?.[3] ?? '').toLowerCase();
    const language = GENERIC.has(name) ? (LANGUAGES[asked] ?? asked.replace(/[^\w+#.-]/g, '')) : LANGUAGES[name]!;
    const code = rest.slice(0, end.index).replace(/^\r?\n/, '').replace(/\r?\n$/, '').replace(/</g, '&lt;');
    out += `${html.slice(at, m.index)}<pre><code${language ? ` class="language-${language}"` : ''}>${code}</code></pre>`;
    at = m.index + m[0].length + end.index + end[0].length;
    OPEN.lastIndex = at;
  }
  return out + html.slice(at);
}
