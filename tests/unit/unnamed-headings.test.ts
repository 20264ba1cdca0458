import { describe, expect, test } from 'vitest';
import { mayHaveUnnamedHeadings } from '../../src/pages/_lib/unnamed-headings.ts';

describe('mayHaveUnnamedHeadings', () => {
  test.each(['#####', '##### ', 'Text\n\n## ##\n', '> ###\n', '   #', '### }', '## ---', 'a <h4></h4> b'])('is true of %j', (source) => {
    expect(mayHaveUnnamedHeadings(source)).toBe(true);
  });

  test.each(['## Title', '## 1.', '## 面包', '#hashtag', 'Text only', '####### seven', '    ##### (code)'])('is false of %j', (source) => {
    expect(mayHaveUnnamedHeadings(source)).toBe(false);
  });
});
