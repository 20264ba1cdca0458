/**
 * `npx node tests/bench/source-tests.ts`: the cheap source tests that decide whether a Markdown
 * plugin runs (every body of a build asks each), timed on 1 MB bodies built to make a
 * backtracking pattern slow: lines of `>` marks, nested list markers, long runs of one character.
 * Each must stay linear: a few milliseconds per MB, the same order for every body.
 */
import { wantsTexMath } from '../../src/core/tex-math.ts';
import { mayNeedSanitizing } from '../../src/integration/sanitize.ts';
import { mayHaveCjkBreaks } from '../../src/pages/_lib/cjk-line-breaks.ts';
import { mayHaveEmptyLinks } from '../../src/pages/_lib/empty-links.ts';
import { escapeMdxHeadingIds } from '../../src/pages/_lib/heading-ids.ts';
import { mayHaveUnnamedHeadings } from '../../src/pages/_lib/unnamed-headings.ts';
import { mayHaveCodeTitles } from '../../src/studio/drafts/preview-page-rules.ts';

const MB = 2 ** 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

const BODIES: Record<string, string> = {
  'lines of > marks': fill('> > > > > > > > quoted text\n'),
  'one line of >': fill('>'),
  'one line of > and spaces': fill('> '),
  'nested list markers': fill('- 1. * 2) + '),
  'nested list markers on lines': fill('  - 1. - 2) ### \n'),
  'one line of spaces': `\n${fill(' ')}`,
  'lines of digits': fill('1'.repeat(60) + '\n'),
  'a backtick run': fill('`'),
  'a tilde run': fill('~'),
  'lines of [': fill('[\n'),
  'one line of [': fill('['),
  'one line of [ and references': fill('[&#32;&nbsp; '),
  'lines of & and <': fill('## &< \n'),
  'setext-like lines': fill('}\n-\n'),
  'CJK lines in quotes': fill('> 中文\n'),
  'CJK paragraphs in quotes, no break to join': fill('> 中文\n>\n'),
};

const TESTS: Record<string, (source: string) => unknown> = {
  wantsTexMath,
  mayNeedSanitizing,
  mayHaveUnnamedHeadings,
  mayHaveCjkBreaks,
  mayHaveEmptyLinks,
  mayHaveCodeTitles,
  'escapeMdxHeadingIds ({#)': (source) => escapeMdxHeadingIds(`${source}\n## a {#a}`),
};

const rows: [string, ...string[]][] = [];
for (const [body, source] of Object.entries(BODIES)) {
  const row: [string, ...string[]] = [body];
  for (const test of Object.values(TESTS)) {
    test(source);
    const start = performance.now();
    for (let i = 0; i < 3; i++) test(source);
    row.push(((performance.now() - start) / 3).toFixed(1));
  }
  rows.push(row);
}
const names = ['body (1 MB)', ...Object.keys(TESTS)];
const width = names.map((n, i) => Math.max(n.length, ...rows.map((r) => r[i]!.length)));
console.log(names.map((n, i) => n.padEnd(width[i]!)).join('  '));
for (const row of rows) console.log(row.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  '));
console.log('\nms per call');
