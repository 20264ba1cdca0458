/**
 * Rebuilds tests/fixtures/theme-eval/ from Debian packages (run as root on Debian bookworm):
 *   apt-get update -o Acquire::Languages="en"
 *   apt-get install -y wordnet-base fortunes-zh
 *   node tests/eval/build-fixtures.ts
 * Sources and licences are written into each subject file.
 */
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mulberry32 } from '../support/mulberry32.ts';

const OUT = new URL('../fixtures/theme-eval/', import.meta.url);
const DOCS_PER_SUBJECT = 60;

interface Subject { id: string; lang: 'en' | 'zh'; source: string; licence: string; docs: string[] }

/** Deterministic shuffle (mulberry32) so that a rebuild gives the same fixtures. */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const rand = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Joins pieces into documents of about `size` characters. */
function group(pieces: string[], size: number, sep: string): string[] {
  const docs: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const p of pieces) {
    cur.push(p);
    len += p.length;
    if (len >= size) {
      docs.push(cur.join(sep));
      cur = [];
      len = 0;
    }
    if (docs.length === DOCS_PER_SUBJECT) break;
  }
  return docs;
}

function wordnetSubject(id: string, lexFile: number): Subject {
  const lines = readFileSync('/usr/share/wordnet/data.noun', 'utf8').split('\n');
  const pieces: string[] = [];
  for (const line of lines) {
    const m = /^\d{8} (\d\d) n [0-9a-f]{2} (\S+) .*\| (.+?)\s*$/.exec(line);
    if (!m || Number(m[1]) !== lexFile) continue;
    const gloss = m[3].replace(/"/g, '');
    if (gloss.split(' ').length < 8) continue;
    pieces.push(`${m[2].replace(/_/g, ' ')}: ${gloss}.`);
  }
  return {
    id, lang: 'en', source: `WordNet 3.0 noun glosses, lexicographer file ${lexFile} (Debian wordnet-base)`,
    licence: 'WordNet 3.0 licence (BSD-style, free to use, copy, modify and distribute)',
    docs: group(shuffle(pieces, lexFile), 1200, '\n'),
  };
}

function aptList(suffix: string): string {
  const dir = '/var/lib/apt/lists/';
  const file = readdirSync(dir).find((f) => f.includes('_debian_dists_bookworm_main_') && f.endsWith(suffix));
  if (!file) throw new Error(`no apt list *${suffix} in ${dir}: run apt-get update first`);
  return execFileSync('/usr/lib/apt/apt-helper', ['cat-file', dir + file], { maxBuffer: 1 << 28 }).toString('utf8');
}

function debianSections(): Map<string, string> {
  const sections = new Map<string, string>();
  for (const block of aptList('binary-amd64_Packages.lz4').split('\n\n')) {
    const name = /^Package: (.+)$/m.exec(block)?.[1];
    const section = /^Section: (.+)$/m.exec(block)?.[1];
    if (name && section) sections.set(name, section);
  }
  return sections;
}

const SKIP = /^(lib|python3?-|ruby-|golang-|node-|r-cran-)|-(dev|doc|data|dbg|common|dbgsym|plugins?|l10n|tests)$/;

function debianSubject(id: string, wanted: string[], sections: Map<string, string>, descs: string): Subject {
  const seen = new Set<string>();
  const pieces: string[] = [];
  for (const block of descs.split('\n\n')) {
    const name = /^Package: (.+)$/m.exec(block)?.[1] ?? '';
    if (SKIP.test(name) || !wanted.includes(sections.get(name) ?? '')) continue;
    const m = /^Description-en: (.+)\n((?: .*\n?)*)/m.exec(block);
    if (!m) continue;
    const long = m[2].split('\n').map((l) => l.trim()).filter((l) => l && l !== '.').join(' ');
    const key = long.slice(0, 60);
    if (long.split(' ').length < 40 || seen.has(key)) continue;
    seen.add(key);
    pieces.push(`${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}. ${long}`);
  }
  return {
    id, lang: 'en', source: `Debian bookworm package descriptions, sections ${wanted.join(', ')} (apt Translation-en)`,
    licence: "each package's own free licence (Debian main)",
    docs: group(shuffle(pieces, id.length * 7919), 1200, '\n\n'),
  };
}

function fortunes(file: string): string[] {
  const text = readFileSync(`/usr/share/games/fortunes/${file}`, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  return text.split(/\n%\n/).map((f) => f.trim()).filter(Boolean);
}

function zhSubject(id: string, source: string, licence: string, pieces: string[], size: number): Subject {
  return { id, lang: 'zh', source, licence, docs: group(shuffle(pieces, id.length * 104729), size, '\n\n') };
}

function build(): Subject[] {
  const sections = debianSections();
  const descs = aptList('i18n_Translation-en.lz4');
  const chinese = fortunes('chinese.u8');
  const by = (re: RegExp) => chinese.filter((f) => re.test(f)).map((f) => f.replace(/\n\s*--.*$/s, '').trim());
  const fortunesNote = 'Debian fortunes-zh, GPL-3.0+ (classical texts themselves are public domain)';
  return [
    wordnetSubject('en-food', 13),
    wordnetSubject('en-animals', 5),
    wordnetSubject('en-plants', 20),
    wordnetSubject('en-body', 8),
    debianSubject('en-audio', ['sound'], sections, descs),
    debianSubject('en-games', ['games'], sections, descs),
    debianSubject('en-science', ['science', 'math'], sections, descs),
    debianSubject('en-hamradio', ['hamradio'], sections, descs),
    zhSubject('zh-linux', 'Debian Reference (Osamu Aoki), quoted in fortunes-zh', fortunesNote, by(/--\s*Osamu Aoki/), 400),
    zhSubject('zh-poetry', 'Tang and Song poems from fortunes-zh (tang300, song100)', fortunesNote,
      [...fortunes('tang300.u8'), ...fortunes('song100.u8')], 300),
    zhSubject('zh-proverbs', 'Chinese proverbs (谚语) and 增广贤文 from fortunes-zh', fortunesNote, by(/--\s*《(谚语|增广贤文)》/), 200),
    zhSubject('zh-analects', 'The Analects (论语) from fortunes-zh', fortunesNote, by(/--\s*《?论语/), 250),
  ];
}

mkdirSync(OUT, { recursive: true });
for (const subject of build()) {
  writeFileSync(new URL(`${subject.id}.json`, OUT), JSON.stringify(subject, null, 1) + '\n');
  console.log(subject.id, subject.docs.length);
}
