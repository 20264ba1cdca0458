import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme, tokenize } from '../../src/core/theme/index.ts';

// Chat abbreviations say how something is said, never what it is about; unknown to the
// general-language table, they weighed as much as the rarest subject word.
const CHAT = ['btw', 'fwiw', 'imo', 'imho', 'afaik', 'tl', 'tldr', 'iirc', 'fyi', 'lol', 'tbh', 'ymmv', 'otoh'];

describe('chat abbreviations (btw, fwiw, imo, tl;dr) are no theme terms', () => {
  it('drops them in lower case and in capitals, where a 2-4 letter capital word is otherwise kept as an acronym', () => {
    const text = 'btw fwiw imo imho afaik tl;dr tldr iirc fyi lol tbh ymmv otoh. BTW FWIW IMO IMHO AFAIK TL;DR TLDR IIRC FYI LOL TBH YMMV OTOH';
    const terms = tokenize(text).map((t) => t.term);
    for (const chat of CHAT) expect(terms).not.toContain(chat);
    expect(tokenize('AI and ML in VR').map((t) => t.term)).toEqual(['ai', 'ml', 'vr']);
  });

  it('never shows them as evidence or as off-theme words of a real-looking draft', () => {
    const brand = BrandSchema.parse({
      name: 'Yu', label: 'Vegetable gardening on a small balcony', audience: 'Balcony gardeners', timezone: 'UTC',
      pillars: [{ id: 'g', name: 'Balcony vegetables', description: 'Tomatoes, herbs and compost in pots', keywords: ['tomato', 'compost', 'seedling'] }],
    });
    const model = buildThemeModel({ brand, evidence: [] });
    const draft = 'BTW the tomato seedlings are up. FWIW I moved the compost bin, IMO it was too shaded. Btw, fwiw, imho the basil failed again; tl;dr more sun.';
    const { terms, offTerms } = scoreTheme(model, { body: draft });
    expect(terms).toContain('tomato');
    for (const chat of CHAT) {
      expect(terms).not.toContain(chat);
      expect(offTerms).not.toContain(chat);
    }
  });
});
