/**
 * A Berlin coach's trial (2026-12-07): every German post she published under her leadership
 * pillar taught the model that "und" meant leadership, so a German self-management draft read as
 * leadership, with "und" as its evidence.
 */
import { describe, expect, test } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import '../../src/store/theme-lexicon.ts';

const brand = BrandSchema.parse({
  name: 'Katrin Weiß',
  label: 'The leadership coach who thinks like a psychologist',
  timezone: 'Europe/Berlin',
  pillars: [
    { id: 'fuhrung', name: 'Führung', description: 'Leadership in practice', keywords: ['leadership', 'Führung', 'feedback'] },
    { id: 'self-management', name: 'Self-Management', description: 'Energy, focus and boundaries', keywords: ['energy', 'focus', 'Energie', 'Fokus', 'Grenzen'] },
  ],
});
const published = [
  'Führung und Feedback gehören zusammen, und wer führt, hört zuerst zu und fragt dann nach.',
  'Gute Führung und klare Erwartungen: und das Team weiß, woran es ist, und Feedback kommt an.',
  'Feedback und Vertrauen: und warum Führung mit Zuhören beginnt und nicht mit Antworten.',
].map((body) => ({ body, pillar: 'fuhrung' }));

describe('a German draft on a German brand', () => {
  test('is read by its subject words, not by "und", which every post of another pillar writes', () => {
    const model = buildThemeModel({ brand, evidence: published });
    const result = scoreTheme(model, { title: 'Energie und Fokus', body: 'Die Zeitumstellung kostet Energie und Fokus, und gesunde Grenzen helfen, und zwar jeden Tag und jede Woche.' });
    expect(result.terms.map((t) => t.toLowerCase())).not.toContain('und');
    expect(result.pillar).toBe('self-management');
  });
});
