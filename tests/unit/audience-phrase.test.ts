import { describe, expect, it } from 'vitest';
import { audienceAfterFor } from '../../src/pages/_lib/audience-phrase.ts';

describe('audienceAfterFor: the audience as it reads after "Written for "', () => {
  it('lowers a capital that only starts the sentence', () => {
    expect(audienceAfterFor('Busy home cooks')).toBe('busy home cooks');
    expect(audienceAfterFor('Écoliers curieux')).toBe('écoliers curieux');
    expect(audienceAfterFor('A few friends')).toBe('a few friends');
  });
  it('keeps a first word that is an acronym or written in mixed case (a real blog showed "Written for oI students")', () => {
    expect(audienceAfterFor('OI students')).toBe('OI students');
    expect(audienceAfterFor('AI engineers')).toBe('AI engineers');
    expect(audienceAfterFor('CTOs at startups')).toBe('CTOs at startups');
    expect(audienceAfterFor('iOS developers')).toBe('iOS developers');
    expect(audienceAfterFor('JavaScript developers')).toBe('JavaScript developers');
    expect(audienceAfterFor('I')).toBe('I');
  });
  it('leaves text without a capital first letter as written', () => {
    expect(audienceAfterFor('home cooks')).toBe('home cooks');
    expect(audienceAfterFor('忙碌的上班族')).toBe('忙碌的上班族');
    expect(audienceAfterFor('')).toBe('');
  });
});
