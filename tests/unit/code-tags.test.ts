import { describe, expect, test } from 'vitest';
import { convertCodeTags } from '../../src/core/moved-posts/code-tags.ts';
import { planMove } from '../../src/core/moved-posts/plan.ts';
import { parsePostText } from '../../src/core/post-file.ts';
import { findTemplateTags } from '../../src/core/template-tags.ts';

describe("code blocks written as a generator's tags", () => {
  // steveshogren/hugo-blog (coq-day2): Hugo takes `{{< / highlight >}}`; the code ran together as a paragraph,
  // and Coq's `====` line made a heading of it.
  test("Hugo's closing written with a space after the slash, {{< / highlight >}}, closes the block", () => {
    const out = convertCodeTags('{{< highlight coq "style=default,noclasses=true" >}}\n1 subgoals\n============================\n forall n, n + 0 = n\n{{< / highlight >}}\n\nAfter.\n');
    expect(out.body).toBe('```coq\n1 subgoals\n============================\n forall n, n + 0 = n\n```\n\nAfter.\n');
  });

  test("Jekyll's {% highlight %}, Hexo's {% codeblock %} and {% code %}, and Hugo's {{< highlight >}} become fenced code, the code kept byte for byte", () => {
    const body = [
      'Intro.',
      '',
      '{% highlight ruby linenos %}',
      'def hello',
      '  puts "{{ not liquid }}"',
      'end',
      '{% endhighlight %}',
      '',
      '{% codeblock Array.map lang:js https://example.org/map docs line_number:false %}',
      'array.map(callback[, thisArg])',
      '{% endcodeblock %}',
      '',
      '{% code %}',
      'plain',
      '{% endcode %}',
      '',
      '{{< highlight go "linenos=table,hl_lines=2" >}}',
      'package main',
      '```',
      '{{< /highlight >}}',
      '',
      '{%- highlight sh -%}',
      'ls',
      '{%- endhighlight -%}',
    ].join('\n');
    const out = convertCodeTags(body);
    expect(out.body).toBe(
      [
        'Intro.',
        '',
        '```ruby',
        'def hello',
        '  puts "{{ not liquid }}"',
        'end',
        '```',
        '',
        '```js title="Array.map"',
        'array.map(callback[, thisArg])',
        '```',
        '',
        '```',
        'plain',
        '```',
        '',
        '````go',
        'package main',
        '```',
        '````',
        '',
        '```sh',
        'ls',
        '```',
      ].join('\n'),
    );
    expect(out.blocks).toEqual({ jekyll: 2, hexo: 2, hugo: 1 });
    expect(out.optionsDropped).toBe(3);
    expect(findTemplateTags(out.body)).toEqual([]);
  });

  test('tags inside fenced or indented code, in {% raw %}, or never closed stay as written; CRLF and a list indent are kept', () => {
    const shown = ['```liquid', '{% highlight ruby %}', 'x', '{% endhighlight %}', '```', '', '{% raw %}', '{% highlight ruby %}', 'y', '{% endhighlight %}', '{% endraw %}', '', '    {% highlight ruby %}', '    z', '    {% endhighlight %}', '', '{% highlight ruby %}', 'never closed'].join('\n');
    expect(convertCodeTags(shown).body).toBe(shown);
    expect(convertCodeTags('a\r\n\r\n{% highlight c %}\r\nint x;\r\n{% endhighlight %}\r\n').body).toBe('a\r\n\r\n```c\r\nint x;\r\n```\r\n');
    expect(convertCodeTags('1. Run it:\n\n   {% highlight sh %}\n   make\n   {% endhighlight %}\n').body).toBe('1. Run it:\n\n   ```sh\n   make\n   ```\n');
  });

  test('several blocks: each converted block changes how the lines after it read (a ``` in its code no longer opens a fence), the list goes on past it, indented code after stays', () => {
    const body = ['- one:', '', '  {% highlight sh %}', '  ```', '  {% endhighlight %}', '', '- two:', '', '  {% codeblock %}', '  make', '  {% endcodeblock %}', '', 'After.', '', '    {% highlight c %}', '    x', '    {% endhighlight %}', '', '{{< highlight go >}}', 'go', '{{< /highlight >}}'].join('\n');
    const out = convertCodeTags(body);
    expect(out.body).toBe(['- one:', '', '  ````sh', '  ```', '  ````', '', '- two:', '', '  ```', '  make', '  ```', '', 'After.', '', '    {% highlight c %}', '    x', '    {% endhighlight %}', '', '```go', 'go', '```'].join('\n'));
    expect(out.blocks).toEqual({ jekyll: 1, hexo: 1, hugo: 1 });
  });

  test('a long post of many blocks converts every block (its lines are read once; timing is not a test\'s: see tests/bench)', () => {
    const body = Array.from({ length: 3000 }, (_, k) => `Step ${k}.\n\n{% highlight c %}\nint x${k};\n{% endhighlight %}\n`).join('\n');
    const out = convertCodeTags(body);
    expect(out.blocks.jekyll).toBe(3000);
    expect(out.body).toBe(Array.from({ length: 3000 }, (_, k) => `Step ${k}.\n\n\`\`\`c\nint x${k};\n\`\`\`\n`).join('\n'));
  });

  test('import writes them so, with a note in English and Chinese', () => {
    const plan = planMove([{ path: '_posts/2012-03-04-tips.md', text: '---\ntitle: Tips\n---\n{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\n' }], [], { channel: 'blog', status: 'published' });
    const [move] = plan.moves;
    expect(parsePostText(move!.text, move!.id, move!.from).body).toBe('```ruby\nputs 1\n```\n');
    expect(move!.notes.map((n) => n.en)).toContain("a code block written as Jekyll's {% highlight %} is now fenced code (```) (line numbers and marked lines, which a fence has not, dropped from 1)");
    expect(move!.notes.map((n) => n.zh)).toContain('1 个用 Jekyll 的 {% highlight %} 写的代码块已改为代码围栏（```）（其中 1 个的行号和标记行已去掉：代码围栏没有这一项）');
  });
});
