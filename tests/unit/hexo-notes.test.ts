import { describe, expect, test } from 'vitest';
import { convertHexoNotes } from '../../src/core/moved-posts/hexo-notes.ts';

describe('convertHexoNotes', () => {
  test.each([
    ['default', 'note'],
    ['primary', 'important'],
    ['info', 'note'],
    ['success', 'tip'],
    ['warning', 'warning'],
    ['danger', 'caution'],
  ])('turns a NexT/Fluid "%s" box into :::%s', (hexo, kind) => {
    const out = convertHexoNotes(`Before.\n\n{% note ${hexo} %}\nInside **it**.\n{% endnote %}\n\nAfter.\n`);
    expect(out).toEqual({ body: `Before.\n\n:::${kind}\nInside **it**.\n:::\n\nAfter.\n`, kinds: [kind] });
  });

  test('keeps the summary as the title, drops no-icon, and reads a box with no kind as default', () => {
    expect(convertHexoNotes('{% note warning no-icon WARNING %}  \nText  \n{% endnote %}\n').body).toBe(':::warning[WARNING]\nText  \n:::\n');
    expect(convertHexoNotes('{% note %}\nPlain\n{% endnote %}').body).toBe(':::note\nPlain\n:::');
  });

  test('splits a box written on one line, or with text on the tag lines', () => {
    expect(convertHexoNotes('{% note info %}One line.{% endnote %}\n').body).toBe(':::note\nOne line.\n:::\n');
    expect(convertHexoNotes('{% note success %} First\nlast {% endnote %}\nnext\n').body).toBe(':::tip\nFirst\nlast\n:::\nnext\n');
  });

  test('keeps CRLF line endings and every other byte', () => {
    expect(convertHexoNotes('a\r\n{% note danger %}\r\nb\r\n{% endnote %}\r\nc').body).toBe('a\r\n:::caution\r\nb\r\n:::\r\nc');
  });

  test('leaves tags in fenced code, boxes never closed and unknown kinds as written', () => {
    const code = '```md\n{% note info %}\nshown as code\n{% endnote %}\n```\n';
    const open = '{% note info %}\nnever closed\n';
    const other = '{% note purple %}\nButterfly colour\n{% endnote %}\n';
    for (const body of [code, open, other, `~~~~\n${code}~~~~\n`]) expect(convertHexoNotes(body)).toEqual({ body, kinds: [] });
  });

  test('converts a box that holds a fenced code block, and leaves the code inside alone', () => {
    const body = '{% note info %}\n```js\n{% endnote %}\n```\n{% endnote %}\n';
    expect(convertHexoNotes(body).body).toBe(':::note\n```js\n{% endnote %}\n```\n:::\n');
  });
});

test('a box in a file of mixed line endings keeps each ending as it was', () => {
  expect(convertHexoNotes('a\n{% note info %} x\r\ny {% endnote %}\r\nc\n').body).toBe('a\n:::note\r\nx\r\ny\r\n:::\r\nc\n');
});
