import { describe, expect, it } from 'vitest';
import { studioGuess } from '../../../src/studio/not-found/guess.ts';

describe('studioGuess: the studio page an unknown address was likely meant as', () => {
  it('reads /studio/posts/<id> as the editor of that post, keeping the id', () => {
    expect(studioGuess('posts/2026/dumplings')).toBe('/studio/drafts/2026/dumplings');
    expect(studioGuess('Posts')).toBe('/studio/drafts');
    expect(studioGuess('post/ideas/x/')).toBe('/studio/drafts/ideas/x');
  });

  it('reads other names of a page as that page, dropping a rest only the editor takes', () => {
    expect(studioGuess('calendar')).toBe('/studio/plan');
    expect(studioGuess('settings/x')).toBe('/studio/brand');
    expect(studioGuess('home')).toBe('/studio');
  });

  it('guesses nothing for a word it does not know', () => {
    expect(studioGuess('nothing-here')).toBeUndefined();
    expect(studioGuess('')).toBeUndefined();
  });
});
