import { describe, expect, it } from 'vitest';
import { forEachStreamWord, isKeptMark, isStreamMark, markKind, normalizeWord, streamWordEnd, tokenize } from '../../src/core/theme/tokenize.ts';

const terms = (text: string) => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('folds plural and inflected English words into one term but keeps the written form', () => {
    const tokens = tokenize('Recipes for a braised recipe, braising slowly');
    expect(tokens.filter((t) => t.term === normalizeWord('recipe')).map((t) => t.surface)).toEqual(['recipes', 'recipe']);
    expect(normalizeWord('braised')).toBe(normalizeWord('braising'));
  });

  it('reads a code identifier of three words or more in prose as its words, a two-word name as one', () => {
    // A real Netty blog wrote method and class names in prose: its evidence read "runalltasks, ioratio".
    const tokens = tokenize('The ChannelInboundHandlerAdapter calls getCommonSuperClass on an HTTPServerConfig.');
    expect(tokens.map((t) => t.surface)).toEqual(['channel', 'inbound', 'handler', 'adapter', 'calls', 'common', 'super', 'class', 'http', 'server', 'config']);
    expect(tokens.map((t) => t.term)).toEqual(['channel', 'inbound', 'handler', 'adapter', 'call', 'common', 'super', 'class', 'http', 'server', 'config'].map((w) => normalizeWord(w) ?? w));
    // Product names and two-word identifiers stay whole.
    expect(terms('JavaScript and GitHub on an iPhone with PostgreSQL and ChannelConfig')).toEqual(['javascript', 'github', 'iphone', 'postgresql', 'channelconfig'].map((w) => normalizeWord(w)));
  });

  it('reads a name cut into pieces (LaTeX, MiKTeX, BibTeX, iPadOS, ConTeXt) as one word, not as fragments', () => {
    // A real blog's Pandoc post (Xuanwo/blog) read "MiKTeX" as the term "mi", "ConTeXt, LaTeX" as con, te, xt, te.
    expect(terms('I typeset it in LaTeX or ConTeXt with MiKTeX and BibTeX on iPadOS')).toEqual(
      ['typeset', 'latex', 'context', 'miktex', 'bibtex', 'ipados'].map((w) => normalizeWord(w)),
    );
    // Identifiers keep their words.
    expect(terms('getElementById runAllTasks')).toEqual(['element', 'run', 'tasks'].map((w) => normalizeWord(w)).filter(Boolean));
  });

  it('keeps an identifier\'s words joined, so the phrase keyword "event loop" is found in NioEventLoopGroup', () => {
    const joined: boolean[] = [];
    expect(tokenize('see NioEventLoopGroup', joined).map((t) => t.surface)).toEqual(['nio', 'event', 'loop']);
    expect(joined).toEqual([false, true, true]);
  });

  it('drops English stopwords, numbers, possessive endings and one-letter words', () => {
    expect(terms("The cook's 2026 guide to a wok and I")).toEqual([normalizeWord('cook'), normalizeWord('guide'), normalizeWord('wok')]);
  });

  it('segments Chinese text into words with Intl.Segmenter and drops Chinese stopwords', () => {
    const words = terms('我喜欢拍摄美食照片和股票市场的投资');
    expect(words).toEqual(expect.arrayContaining(['拍摄', '美食', '照片', '股票', '市场']));
    expect(words).not.toContain('的');
    expect(words).not.toContain('和');
  });

  it('handles mixed Chinese and English in one text', () => {
    expect(terms('用 Debian 管理服务器')).toEqual(expect.arrayContaining([normalizeWord('debian'), '管理', '服务']));
  });

  it('splits a Latin word written against Chinese with no space from the Chinese around it', () => {
    const written = tokenize('用Python写Cpp与Callback的代码').map((t) => t.surface);
    expect(written).toEqual(expect.arrayContaining(['python', 'cpp', 'callback', '代码']));
    expect(written.every((w) => !/[a-z]/.test(w) || !/\p{Script=Han}/u.test(w))).toBe(true);
    // An apostrophe word stays whole; the Chinese after it is not taken into it.
    expect(tokenize("Rust's借用").map((t) => t.surface)).toEqual(['rust', '借用']);
  });

  it('returns nothing for punctuation and whitespace only', () => {
    expect(tokenize(' ,.;!? —\n「」')).toEqual([]);
  });
});

describe('tokenize: characters that show nothing', () => {
  // A real post wrote each linked heading with U+200B between its letters: none of its words counted.
  it('reads a word written with zero-width spaces, joiners or soft hyphens inside it as the word', () => {
    expect(terms('C\u200bo\u200bn\u200bf\u200bi\u200bg\u200bu\u200br\u200bi\u200bn\u200bg nginx')).toEqual(terms('Configuring nginx'));
    expect(terms('soft\u00adware in the wo\u2060k, \uFEFF菜\u200b谱')).toEqual(terms('software in the wok, 菜谱'));
  });
});

describe('tokenize: full-width Latin letters', () => {
  // Chinese writers often type Latin words with a full-width IME: "学习ＣＳＳ" is CSS, and a brand that
  // says "CSS" must meet it (before, ｃｓｓ was a word no list knows, matching nothing).
  it('reads full-width letters and ligatures as the plain word they are', () => {
    expect(terms('学习ＣＳＳ和ＪａｖａＳｃｒｉｐｔ')).toEqual(terms('学习CSS和JavaScript'));
    expect(tokenize('ＡＩ 产品').map((t) => t.surface)).toEqual(['ai', '产品']);
    expect(terms('the ﬁnal ﬂour')).toEqual(terms('the final flour'));
  });
});

describe('tokenize: Japanese kana', () => {
  // A Japanese post's hiragana is grammar (particles, verb endings), not words: before, each run
  // of it between two kanji was read as one Latin-like word, so a Japanese draft's evidence read
  // "くしますが, くなります, とモーセの" (user report, issue 15).
  it('never takes a run of hiragana for a word, and keeps katakana words apart from the particles around them', () => {
    const written = tokenize('索引は検索を速くしますが、更新は遅くなります。聖書の預言者とモーセの物語、データベースのトランザクション。').map((t) => t.surface);
    expect(written.filter((w) => /\p{Script=Hiragana}/u.test(w))).toEqual([]);
    expect(written).toEqual(expect.arrayContaining(['モーセ', 'データベース', 'トランザクション']));
  });

  it('reads a Latin word written against hiragana as the word alone', () => {
    expect(tokenize('Pythonを使う').map((t) => t.surface)).toContain('python');
  });
});

describe('tokenize: the stream of words as read', () => {
  const read = (text: string) => {
    const parts: string[] = [];
    const tokens = tokenize(text, undefined, parts);
    const stream = parts.join('');
    const words: [string, boolean, number][] = [];
    forEachStreamWord(stream, (mark, from, to) => words.push([stream.slice(from, to), isKeptMark(mark), markKind(mark)]));
    return { tokens, stream, words };
  };

  it('reads back every word with its mark: kept or left out, parted, joined across a space or written against the one before', () => {
    const { tokens, words } = read('The Lord of the Rings. 用Rust写 soy-sauce, ＣＳＳ');
    expect(words).toEqual([
      ['the', false, 0], ['lord', true, 1], ['of', false, 1], ['the', false, 1], ['ring', true, 1],
      ['用', false, 0], ['rust', true, 2], ['写', true, 2], ['soi', true, 1], ['sauc', true, 1], ['css', true, 0],
    ]);
    // The kept words are the terms, in order.
    expect(words.filter((w) => w[1]).map((w) => w[0])).toEqual(tokens.map((t) => t.term));
  });

  it('steps word by word (streamWordEnd) as forEachStreamWord does, and finds no word in an empty stream', () => {
    const { stream, words } = read('runAllTasks and C++ in 手冲咖啡');
    const stepped: string[] = [];
    for (let at = 0, end = 0; at < stream.length; at = end) {
      end = streamWordEnd(stream, at);
      expect(isStreamMark(stream.charCodeAt(at))).toBe(true);
      stepped.push(stream.slice(at + 1, end));
    }
    expect(stepped).toEqual(words.map((w) => w[0]));
    let calls = 0;
    forEachStreamWord('', () => calls++);
    expect(calls).toBe(0);
  });
});

describe('the function words of other languages a post is published in', () => {
  // A Berlin coach's trial (2026-12-07): "und" stood in her German posts' evidence.
  it('drops German, French, Spanish, Italian, Dutch and Portuguese function words, keeping the subject words', () => {
    const german = terms('Führung und Feedback: wie wir im Team über Vertrauen sprechen, ohne dass es zu viel wird');
    expect(german).not.toContain(normalizeWord('und'));
    expect(german).toEqual(expect.arrayContaining(['Führung', 'Feedback', 'Team', 'Vertrauen'].map((w) => normalizeWord(w))));
    for (const word of ['und', 'dass', 'dans', 'avec', 'pero', 'perché', 'niet', 'você']) expect(normalizeWord(word)).toBeNull();
  });
  it('keeps the English words some of them are spelled like', () => {
    for (const word of ['hat', 'den', 'van', 'hay', 'pour', 'aux', 'die', 'war']) expect(normalizeWord(word)).not.toBeNull();
  });
});
