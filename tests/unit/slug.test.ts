import { describe, expect, test } from 'vitest';
import { hashText, slugify, uniqueSlug } from '../../src/core/feed/slug.ts';
import { deriveId } from '../../src/core/ids.ts';
import { slugWords } from '../../src/core/slug-words.ts';
import { slugify as slugifyPlanned } from '../../src/studio/plan/slot-form.ts';
import { checkPostId } from '../../src/store/post-paths.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';

describe('slugify', () => {
  test.each([
    ['Red-braised pork, the slow way', 'red-braised-pork-the-slow-way'],
    ['Crème brûlée à la maison', 'creme-brulee-a-la-maison'],
    ['红烧肉的做法', '红烧肉的做法'],
    ['红烧肉：慢火两小时', '红烧肉-慢火两小时'],
    ['Vue 3 与 React 18 对比', 'vue-3-与-react-18-对比'],
    ['한국 요리', '한국-요리'],
    ['  ../../etc/passwd  ', 'etc-passwd'],
    ['ＦＵＬＬ　ＷＩＤＴＨ', 'full-width'],
    ['C++ tips', 'c-plus-plus-tips'],
    ['C# basics', 'c-sharp-basics'],
    ['F# for fun', 'f-sharp-for-fun'],
    ['What is new in C++20', 'what-is-new-in-c-plus-plus-20'],
    ['Notepad++ macros', 'notepad-plus-plus-macros'],
    ['C++入门教程', 'c-plus-plus-入门教程'],
    ['Ｃ＋＋ 全角', 'c-plus-plus-全角'],
    ['Q&A: R&D at home', 'q-and-a-r-and-d-at-home'],
    ['Salt & pepper', 'salt-and-pepper'],
    ['红烧肉&米饭', '红烧肉-米饭'],
    ['100% rye bread', '100-percent-rye-bread'],
    ['减脂 50%的秘密', '减脂-50-的秘密'],
    ['#100DaysOfCode recap', '100daysofcode-recap'],
    ['a+b testing', 'a-b-testing'],
    ["Don't panic: Mei's kitchen", 'dont-panic-meis-kitchen'],
    ['क्षत्रिय इतिहास', 'क्षत्रिय-इतिहास'],
    // A Berlin coach's trial (2026-12-07): ß was kept while every umlaut lost its dots.
    ['Warum Führung Zuhören heißt', 'warum-fuhrung-zuhoren-heisst'],
    ['GROẞE Straße', 'grosse-strasse'],
    ['Ærø og Łódź, Þórsmörk', 'aero-og-lodz-thorsmork'],
  ])('turns %j into the readable slug %j', (title, slug) => {
    expect(slugify(title, 'seed')).toBe(slug);
  });

  test('stops at a word boundary within 60 characters', () => {
    const slug = slugify('word '.repeat(40), 'seed');
    expect([...slug].length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('word-word')).toBe(true);
  });

  test('cuts a single overlong word rather than dropping it', () => {
    expect(slugify('零'.repeat(100), 'seed')).toBe('零'.repeat(60));
  });

  test('falls back to a stable hash of the seed when the title has no letters or digits', () => {
    expect(slugify('🍜 !!! 🍜', 'guid-1')).toBe(`post-${hashText('guid-1')}`);
    expect(slugify('', 'guid-1')).toBe(slugify('—', 'guid-1'));
    expect(slugify('', 'guid-2')).not.toBe(slugify('', 'guid-1'));
  });

  test('always gives a valid post id segment', () => {
    for (const title of ['a', '__x__', '-lead', '1. Intro', 'क्षत्रिय', 'مرحبا بالعالم', '🍜', 'tab\there'])
      expect(checkPostId(`2025/${slugify(title, title)}`)).toBeNull();
  });
});

describe('slugWords, the one rule of post slugs and pillar and channel ids', () => {
  test.each(['C', 'C++', 'C#', 'F#', 'C & C++'])('gives %j words of its own', (name) => {
    const others = ['C', 'C++', 'C#', 'F#', 'C & C++'].filter((n) => n !== name).map((n) => slugWords(n).join('-'));
    expect(others).not.toContain(slugWords(name).join('-'));
  });

  test('is the rule of the studio\'s planned-post slug and of pillar and channel ids', () => {
    expect(slugifyPlanned('C# basics')).toBe('c-sharp-basics');
    expect(deriveId('C++', 'x')).toBe('c-plus-plus');
    expect(deriveId('my_pillar & more', 'x')).toBe('my_pillar-and-more');
  });

  test('never starts a word with a combining mark', () => {
    expect(slugWords('\u093f\u0915 x')).toEqual(['क', 'x']);
  });
});

describe('uniqueSlug', () => {
  test('keeps a free slug and numbers a taken one from 2', () => {
    expect(uniqueSlug('2025/a', new Set())).toBe('2025/a');
    expect(uniqueSlug('2025/a', new Set(['2025/a']))).toBe('2025/a-2');
    expect(uniqueSlug('2025/a', new Set(['2025/a', '2025/a-2']))).toBe('2025/a-3');
  });

  test('compares keys: lower case, NFC', () => {
    expect(uniqueSlug('2025/A', new Set(['2025/a']))).toBe('2025/A-2');
  });
});

describe('slugs a file system can hold (a file name is at most 255 bytes, the save\'s temp file adds 22)', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;

  test('a long Chinese title gives a studio slug of at most 180 bytes, cut at a word boundary', () => {
    const slug = slugifyPlanned('设计'.repeat(120));
    expect(bytes(slug)).toBeLessThanOrEqual(180);
    expect(slug).toBe('设计'.repeat(30));
    const words = slugifyPlanned(`${'我的产品设计'.repeat(8)} ${'工具'.repeat(20)}`);
    expect(words).toBe('我的产品设计'.repeat(8));
    expect(checkPostId(`ideas/${slugifyPlanned('设计'.repeat(120))}-2`)).toBeNull();
  });

  test('letters of four bytes (CJK Extension B) are cut by bytes in an imported slug too', () => {
    const slug = slugify('𠀀'.repeat(100), 'seed');
    expect(bytes(slug)).toBeLessThanOrEqual(180);
    expect(slug).toBe('𠀀'.repeat(45));
  });

  test('a post id part over 200 bytes is refused, naming the limit, in English and Chinese', () => {
    const problem = checkPostId(`drafts/${'设'.repeat(70)}`);
    expect(problem).toBe('each part of a post id must be at most 200 bytes (a Chinese character takes 3)');
    expect(translateMessage(problem!)).toBe('文章 ID 的每一段最多 200 字节（一个汉字占 3 字节）');
    expect(checkPostId(`drafts/${'设'.repeat(66)}`)).toBeNull();
  });
});

describe('deriveId of a German pillar name', () => {
  test('spells ß as ss, as the post slugs do', () => {
    expect(deriveId('Selbstführung & Größe', 'pillar-1')).toBe('selbstfuhrung-and-grosse');
  });
});
