/** Evidence in the draft's own spelling (issue 15: "the evidence shows the draft's own words"). */
import { describe, expect, test } from 'vitest';
import { asWritten } from '../../src/core/theme/written-forms.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import type { Brand } from '../../src/core/schema/planner.ts';

describe('asWritten', () => {
  test('a word the text writes only in capitals or mixed case reads as written', () => {
    const text = 'This week in AI: GitHub shipped a new PostgreSQL extension, and AI agents got cheaper.';
    expect(asWritten(['ai', 'github', 'postgresql', 'extension'], text)).toEqual(['AI', 'GitHub', 'PostgreSQL', 'extension']);
  });

  test('a capital only at the start of a sentence, a heading or a list item says nothing of the spelling', () => {
    const text = '# Cooking rice\n\nCooking is easy. 1. Rice first.\n- Braise the pork.\n\nWe braise it slowly.';
    expect(asWritten(['cooking', 'rice', 'braise'], text)).toEqual(['cooking', 'rice', 'braise']);
  });

  test('a word the text also writes in lower case stays lower case', () => {
    expect(asWritten(['soy sauce', 'ai'], 'Soy Sauce brands differ; pour the soy sauce. Said ai, not AI.')).toEqual(['soy sauce', 'ai']);
  });

  test('a phrase keeps the form the text writes it in, across a line break', () => {
    expect(asWritten(['machine learning'], 'We use Machine\nLearning at work, Machine Learning everywhere.')).toEqual(['Machine Learning']);
  });

  test('an address, an e-mail, code and a part of a longer word are no occurrence', () => {
    const text = 'Read it on github.com/me or https://x.github.io, mail ai@x.org, run `Ai`; foo_AI and AIs. We love GitHub.';
    expect(asWritten(['github', 'ai'], text)).toEqual(['GitHub', 'ai']);
  });

  test("a link's target, inline code and a code block are no prose; a word joined by a hyphen is no occurrence", () => {
    const text = 'See [the notes](https://x.dev/claude-notes) and `claude --help`:\n\n```sh\nclaude run\n```\n\nThe claude-agent-sdk package. We asked Claude.';
    expect(asWritten(['claude'], text)).toEqual(['Claude']);
  });

  // A Taipei writer's trial (2026-12-07): her imported Jekyll page's 球拍：_Nittaku Acoustic_（木吉他），
  // 正手：_XIOM Vega Pro_ showed as "nittaku" and "xiom" in its off-theme evidence.
  test('a word in _emphasis_ is an occurrence, as in *emphasis*; foo_ai and __init__ are still joined', () => {
    expect(asWritten(['nittaku', 'xiom'], '球拍：_Nittaku Acoustic_（木吉他），正手：_XIOM Vega Pro_（Max）')).toEqual(['Nittaku', 'XIOM']);
    expect(asWritten(['ai', 'init'], 'Call foo_AI or __Init__ here.')).toEqual(['ai', 'init']);
  });

  test('a capital after Chinese punctuation (：。！？) is a spelling, as Chinese has no capitals of its own', () => {
    expect(asWritten(['nittaku', 'fastarc'], '反手：Nittaku 的板。Fastarc 是膠皮。')).toEqual(['Nittaku', 'Fastarc']);
    expect(asWritten(['cooking'], 'Title: Cooking rice. Cooking is easy.')).toEqual(['cooking']);
  });

  test('Han words, glossed words and words the text lacks come back unchanged', () => {
    expect(asWritten(['饺子 (dumpling)', '生抽', 'rust'], '饺子和生抽。Go is fine.')).toEqual(['饺子 (dumpling)', '生抽', 'rust']);
  });
});

describe('scoreTheme shows evidence as written', () => {
  const brand: Brand = {
    name: 'A', label: 'A developer who writes about AI tools', audience: 'developers', strengths: ['AI'], timezone: 'UTC',
    pillars: [{ id: 'ai', name: 'AI tools', description: 'Tools built on large language models', keywords: ['AI', 'LLM', 'GitHub'] }],
  } as Brand;
  test('a Chinese draft writing AI and GitHub shows them so, on and off theme alike', () => {
    const model = buildThemeModel({ brand, evidence: [] });
    const body = '这周我用 AI 写代码，在 GitHub 上发布了一个 LLM 工具。AI 让编程更快，Claude 也不错。';
    const result = scoreTheme(model, { title: 'AI 工具', body });
    const shown = [...result.terms, ...result.offTerms];
    expect(shown).toContain('AI');
    expect(shown).not.toContain('ai');
    expect(shown.filter((w) => /^[a-z]+$/.test(w))).toEqual([]);
  });
});
