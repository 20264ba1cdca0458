import { describe, expect, test } from 'vitest';
import { latinLanguage } from '../../src/core/latin-language.ts';
import { postLangTag, textLangAttr } from '../../src/core/language.ts';

// A Berlin leadership coach's trial (2026-12-07): her German blog post was published as
// <html lang="en">, so browsers hyphenated it and screen readers read it as English.
const german = 'Viele neue Teamleiterinnen glauben, dass Führung vor allem bedeutet, die richtigen Antworten zu haben. Das ist ein Missverständnis. In meiner Arbeit als Coach sehe ich jede Woche, wie viel sich verändert, wenn eine Führungskraft zuerst zuhört und dann erst spricht.';
const samples: [string, string][] = [
  ['de', german],
  ['fr', 'Je pense que le leadership est une question de confiance. Dans mon travail avec les équipes, je vois chaque semaine ce qui change quand on écoute avant de parler, et pour elle comme pour nous, cette écoute fait la différence.'],
  ['es', 'Muchos líderes nuevos creen que liderar es tener todas las respuestas. Pero en mi trabajo veo cada semana que el equipo cambia cuando su jefe escucha primero y habla después, y también cuando hay confianza.'],
  ['it', 'Molti nuovi responsabili pensano che guidare un gruppo sia avere sempre la risposta giusta. Nel mio lavoro vedo ogni settimana che cosa cambia quando chi guida ascolta prima di parlare, perché la fiducia è anche questo.'],
  ['nl', 'Veel nieuwe teamleiders denken dat leiderschap betekent dat je alle antwoorden hebt. Maar in mijn werk zie ik elke week wat er verandert als een leider eerst luistert voor hij iets zegt, en dat is ook het begin van vertrouwen.'],
  ['pt', 'Muitos novos líderes acham que liderar é ter todas as respostas. Mas no meu trabalho vejo toda semana o que muda quando ele escuta antes de falar, e isso também é o começo da confiança que você quer com sua equipe.'],
];

describe('latinLanguage', () => {
  test.each(samples)('reads a paragraph in %s as that language', (lang, text) => {
    expect(latinLanguage(text)).toBe(lang);
  });
  test('an English text, also one quoting a German sentence, is no other language', () => {
    expect(latinLanguage('Leadership is listening first. A client once told me, "Ich dachte, ich muss immer eine Lösung haben," and that is the point: the team needs questions, not answers, and trust is what makes feedback land.')).toBeUndefined();
  });
  test('a text too short to tell (a title, a tag) is no language', () => {
    expect(latinLanguage('Führung')).toBeUndefined();
    expect(latinLanguage('Warum Führung Zuhören heißt')).toBeUndefined();
  });
  test('one function word repeated (Indonesian "di" is also Italian) is not enough', () => {
    expect(latinLanguage('Proyek ini di GitHub, tema di Astro, dokumen di folder docs, contoh di situs, gambar di sini, kode di src, dan blog di web.')).toBeUndefined();
  });
});

describe('postLangTag of a post in a Latin-script language other than English', () => {
  test('publishes a German post as de, and a French one as fr', () => {
    expect(postLangTag('Warum Führung Zuhören heißt', undefined, german)).toBe('de');
    expect(postLangTag('Écouter avant de parler', undefined, samples[1]![1])).toBe('fr');
  });
  test('reads the prose only: German in a code block leaves an English post en', () => {
    expect(postLangTag('Parsing dates', undefined, `Here is what the parser saw, and why it failed:\n\n\`\`\`\n${german}\n\`\`\`\n\nThe fix was to read the file with its own encoding.`)).toBe('en');
  });
});

describe('textLangAttr on a page in a Latin-script language', () => {
  test('a German tag or pillar name on a de page inherits, where it was marked English', () => {
    expect(textLangAttr('Führung', 'de')).toBeUndefined();
    expect(textLangAttr('Selbstführung', 'de-AT')).toBeUndefined();
  });
  test('a German sentence on an English page is marked de; Latin words on a Chinese page stay en', () => {
    expect(textLangAttr(german, 'en')).toBe('de');
    expect(textLangAttr('Coffee roasting', 'zh-CN')).toBe('en');
  });
});
