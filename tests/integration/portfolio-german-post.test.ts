/**
 * A Berlin leadership coach's trial (2026-12-07): her German blog post was published as
 * `<html lang="en">` (browsers hyphenated it, and screen readers read it, as English), its
 * straight quotes curled into English “…”, and its German tags marked `lang="en"`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPortfolio, makeRoot } from '../fixtures/roots/portfolio/build-fixture.ts';

function write(root: string, file: string, text: string): void {
  const path = join(root, 'content/posts', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const GERMAN = `---
title: "Warum Führung Zuhören heißt, nicht Reden"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-21
tags: [Führung, Selbstführung]
---

Viele neue Teamleiterinnen glauben, dass Führung vor allem bedeutet, die richtigen Antworten zu haben. Das ist ein Missverständnis.

Eine Teilnehmerin sagte mir neulich: "Ich dachte, ich muss immer eine Lösung parat haben." Genau das ist der Punkt: Wer zuerst zuhört, gewinnt Vertrauen, und die Verantwortungsübernahme beginnt mit Aufmerksamkeit.

Sie schrieb mir danach: “Das hat mir geholfen.”
`;

const SWISS = `---
title: "Zuhören in Zürich"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-22
lang: de-CH
---

Ein Kunde sagte mir: "Ich höre jetzt zuerst zu." Das ist für ihn und sein Team ein grosser Schritt, weil er nicht mehr sofort eine Antwort sucht.
`;

const MDX = `---
title: "Feedback, das ankommt"
channel: blog
pillar: bread
status: published
publishedAt: 2026-09-23
---

Wenn ich mit einem Team arbeite, frage ich zuerst: "Was braucht ihr von mir?" Die Antwort ist nicht immer einfach, aber sie zeigt, wo wir stehen und wie wir weiter arbeiten.
`;

let root: string;
let outDir: string;
const page = (path: string) => readFile(join(outDir, path), 'utf8');

beforeAll(async () => {
  root = await makeRoot('tl-german-post-');
  write(root, '2026/warum-fuehrung.md', GERMAN);
  write(root, '2026/zuhoeren-in-zuerich.md', SWISS);
  write(root, '2026/feedback.mdx', MDX);
  ({ outDir } = await buildPortfolio(root));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a German post on an English site', () => {
  it('is published as lang="de" with og:locale de_DE, the site\'s own words staying English', async () => {
    const html = await page('posts/2026/warum-fuehrung/index.html');
    expect(html).toMatch(/<html lang="de">/);
    expect(html).toContain('<meta property="og:locale" content="de_DE"');
    expect(html).toMatch(/<header class="site-header"[^>]* lang="en"/);
  });

  it('writes its straight quotes as „…“ and leaves the curled ones its author typed', async () => {
    const html = await page('posts/2026/warum-fuehrung/index.html');
    expect(html).toContain('„Ich dachte, ich muss immer eine Lösung parat haben.“');
    expect(html).toContain('“Das hat mir geholfen.”');
  });

  it('does so in an .mdx post too', async () => {
    expect(await page('posts/2026/feedback/index.html')).toContain('„Was braucht ihr von mir?“');
  });

  it('writes a de-CH post\'s quotes as « »', async () => {
    expect(await page('posts/2026/zuhoeren-in-zuerich/index.html')).toContain('«Ich höre jetzt zuerst zu.»');
  });

  it('does not mark its German tags as English, and is marked de in the site\'s lists', async () => {
    const html = await page('posts/2026/warum-fuehrung/index.html');
    const tagLinks = html.match(/<a href="\/tags\/[^"]+\/"[^>]*>/g) ?? [];
    expect(tagLinks.length).toBe(2);
    for (const a of tagLinks) expect(a).not.toContain('lang=');
    expect(await page('archive/index.html')).toMatch(/<li lang="de">\s*<h\d class="post-title"><a href="\/posts\/2026\/warum-fuehrung\/"/);
  });

  it('is hyphenated by the browser (hyphens: auto for German), English words kept as they were', async () => {
    const css = (await Promise.all((await readdir(join(outDir, '_astro'))).filter((f) => f.endsWith('.css')).map((f) => readFile(join(outDir, '_astro', f), 'utf8')))).join('\n');
    expect(css).toMatch(/:lang\(de\)[^{]*\{\s*hyphens:\s*auto/);
    expect(css).toMatch(/:lang\(en\)\s*\{\s*hyphens:\s*manual/);
  });
});
