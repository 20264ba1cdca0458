import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, flagTheme, scoreTheme } from '../../src/core/theme/index.ts';
import { dayOneHold, dayOneShare } from '../../src/core/theme/score.ts';
import { FLOOR_GAIN, LENGTHS } from '../../src/core/theme/calibrate.ts';
import '../../src/store/theme-lexicon.ts';
import { evaluateBrand, loadCorpus, onePillarStart } from '../eval/theme-eval.ts';
import { sampleRoot } from '../support/sample.ts';

const HARD_CORPUS = new URL('../fixtures/theme-corpus-zh-dev-hard/', import.meta.url).pathname;

const brand = BrandSchema.parse({
  name: 'Mei Lin', label: 'The home cook who photographs her food',
  audience: 'Busy home cooks who want dishes that look as good as they taste',
  strengths: ['cooking', 'food photography'], timezone: 'Asia/Shanghai',
  pillars: [
    { id: 'recipes', name: 'Recipes', description: 'Weeknight recipes tested at home', keywords: ['recipe', 'braise', 'noodles', 'soy sauce'] },
    { id: 'photo', name: 'Food photography', description: 'Lighting and styling food for the camera', keywords: ['camera', 'light', 'lens'] },
  ],
});

const posts = [
  'Braised pork belly with soy sauce, ginger and rock sugar. Simmer the pork for an hour until the sauce turns glossy, then serve it over rice with blanched greens.',
  'Shoot your dinner by a window: soft side light, a reflector card and a 50mm lens make the steam and the glaze of the sauce show on camera.',
  'Hand-pulled noodles for a weeknight: knead the dough, rest it, stretch the noodles and toss them with chili oil, black vinegar and crushed garlic.',
  'Styling a bowl of noodles for the camera: garnish last, wipe the rim, and use a low angle so the light catches the chili oil and the sesame seeds.',
  'Tomato and egg stir-fry, the first dish every home cook learns: scramble the eggs soft, fry the tomatoes until they collapse, add a pinch of sugar.',
  'Steamed fish with ginger and scallion: score the fish, steam it for eight minutes, pour off the water and finish with hot oil and light soy sauce.',
  'A dark background and one light from behind: how I photograph soups and stews so the surface shines and the bowl does not look flat on camera.',
  'Dumplings from scratch: mix pork, cabbage and ginger for the filling, roll thin wrappers, pleat them and boil them in three rounds of cold water.',
].map((body, i) => ({ body, pillar: i % 2 === 1 ? 'photo' : 'recipes' }));

const onTheme = [
  'A quick braise of chicken thighs with soy sauce, star anise and ginger; simmer until tender and spoon the sauce over rice.',
  'Window light, a white reflector and a longer lens: how I photograph a bowl of soup so the steam shows on camera.',
  'Cold sesame noodles for hot nights: whisk sesame paste with vinegar and chili oil, toss with cucumber and serve.',
  'Shooting a stir-fry from above: a dark plate, side light and a fast shutter catch the glaze and the wok smoke.',
];
const offTheme = [
  'Why index funds beat stock picking: investors who chase market timing pay higher fees and earn lower returns over a decade.',
  'The senate passed the budget bill after a long debate over defence spending, taxes and the deficit ceiling.',
  'Configure the firewall before you expose the server: open port 443, close ssh to the world and enable automatic updates.',
];

const model = (n: number) => buildThemeModel({ brand, evidence: posts.slice(0, n) });

describe('day one: the brand text alone', () => {
  const dayOne = model(0);

  it('leaves most on-theme drafts alone and flags clearly off-theme ones', () => {
    // The brand text names few of the words a draft uses ("stir-fry", "shutter"): one miss is allowed.
    expect(onTheme.filter((body) => scoreTheme(dayOne, { body }).onTheme).length).toBeGreaterThanOrEqual(onTheme.length - 1);
    for (const body of offTheme) expect(scoreTheme(dayOne, { body }).onTheme, body).toBe(false);
  });

  it('says a flag is tentative and how many posts would sharpen it', () => {
    const result = scoreTheme(dayOne, { body: offTheme[0] });
    expect(result).toMatchObject({ confidence: 'low', calibrationPosts: 0 });
    const [flag] = flagTheme({ id: 'x', file: 'x.md', status: 'draft' }, result, { recipes: 'Recipes', photo: 'Food photography' });
    expect(flag.message).toContain('few published English posts yet: publish 3 more to sharpen this');
  });

  it('names the draft language in that note: a Chinese draft on a brand of English posts is not told the brand has few posts', () => {
    // User report (issue 15): with 6 English posts published, a Chinese draft's flag read "few
    // published posts yet: publish 3 more", though the count is of posts in the draft's language.
    const result = scoreTheme(model(posts.length), { body: '为什么指数基金跑赢选股：追涨杀跌的投资者支付更高的费用，长期收益更低。' });
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(result).toMatchObject({ language: 'zh', confidence: 'low', calibrationPosts: 0, onTheme: false });
    const names = { recipes: 'Recipes', photo: 'Food photography' };
    const [flag] = flagTheme({ id: 'x', file: 'x.md', status: 'draft' }, result, names);
    expect(flag.message).toContain('few published Chinese posts yet: publish 3 more to sharpen this');
    const [zh] = flagTheme({ id: 'x', file: 'x.md', status: 'draft' }, result, names, 'zh');
    expect(zh.message).toContain('已发布的中文文章还少：再发布 3 篇，判断会更准');
  });

  it('is sure of itself once three posts in the draft language are published', () => {
    expect(scoreTheme(model(3), { body: offTheme[0] }).confidence).toBe('high');
    expect(scoreTheme(model(2), { body: offTheme[0] }).confidence).toBe('low');
  });
});

describe('growth: publishing on-theme posts never makes a flag worse', () => {
  it('never flags a draft that the brand left alone with fewer posts, from the second post on', () => {
    for (const body of [...onTheme, ...offTheme]) {
      const results = [2, 3, 4, 5, 6, 7, 8].map((n) => scoreTheme(model(n), { body }));
      for (let i = 1; i < results.length; i++) {
        const floor = Math.min(results[i - 1].score, results[i - 1].threshold);
        expect(results[i].score, `${body}: ${results.map((r) => r.score)}`).toBeGreaterThanOrEqual(floor);
      }
    }
  });

  it('scores a draft that only an earlier state leaves alone at the threshold, not at that state\'s score, in the order of its current reading', () => {
    // The current model's own score ranks drafts best; an earlier state only holds the flag.
    let held = 0;
    const heldBy = new Map<number, [number, number][]>();
    for (const body of [...onTheme, ...offTheme, ...posts.map((p) => p.body.split(': ')[1] ?? p.body)]) {
      for (const n of [2, 3, 4, 5, 6, 7, 8]) {
        const m = model(n);
        const result = scoreTheme(m, { body });
        const alone = scoreTheme({ ...m, stages: [] }, { body });
        if (result.score === alone.score) {
          expect(result.held, body).toBeUndefined();
          continue;
        }
        held++;
        expect(alone.score, body).toBeLessThan(m.threshold);
        expect(result, body).toMatchObject({ onTheme: true, held: true });
        // Read as the threshold (at 2 or 3 decimals), ordered among held drafts by the current reading.
        expect(result.score, body).toBeGreaterThanOrEqual(m.threshold);
        expect(result.score, body).toBeLessThan(m.threshold + 1e-4);
        expect(result.score.toFixed(3)).toBe(m.threshold.toFixed(3));
        heldBy.set(n, [...(heldBy.get(n) ?? []), [alone.score, result.score]]);
      }
    }
    expect(held).toBeGreaterThan(0);
    // Two held drafts read differently by the current model are not a tie.
    for (const list of heldBy.values()) for (const [a, sa] of list) for (const [b, sb] of list) if (a < b) expect(sa, `${a} < ${b}`).toBeLessThan(sb);
  });

  it('keeps held drafts in the order of their current reading, not tied at the threshold (real posts)', () => {
    // A brand on PCB design (English text, Chinese posts) and LibreOffice/GIMP help as drafts:
    // an earlier state of the brand leaves on-theme and off-theme drafts alone together. Tied at
    // the threshold, the on-theme one was one guess among ten off-theme ones (hard dev AUC 0.957).
    const c = loadCorpus(HARD_CORPUS).find((b) => b.id === 'en-brand-zh-dev-pcb-vs-drawing')!;
    const m = buildThemeModel({ brand: c.brand, evidence: c.published.slice(0, 6).map((d) => ({ title: d.title, body: d.text })) });
    const drafts = [...c.onTheme, ...c.offTheme].filter((d) => d.split === 'dev');
    const held = drafts
      .map((d) => ({ result: scoreTheme(m, { title: d.title, body: d.text }), reading: scoreTheme({ ...m, stages: [] }, { title: d.title, body: d.text }).score }))
      .filter(({ result }) => result.held);
    expect(new Set(held.map((h) => h.reading)).size).toBeGreaterThan(3);
    for (const a of held) for (const b of held) if (a.reading < b.reading) expect(a.result.score).toBeLessThan(b.result.score);
  });

  it('never flags a draft that the brand text alone read as clearly on theme (day one, dayOneHold), at any number of posts', () => {
    for (const body of [...onTheme, ...offTheme]) {
      const dayOne = scoreTheme(model(0), { body });
      if (dayOne.score < dayOneHold(dayOne.threshold)) continue;
      for (const n of [1, 2, 3, 5, 8]) expect(scoreTheme(model(n), { body }).onTheme, `${n} posts: ${body}`).toBe(true);
    }
  });

  it('tells a draft held by the brand text alone (heldBy 0) from one held by earlier posts (their number)', () => {
    const c = loadCorpus().find((b) => b.id === 'en-python-teacher')!;
    const evidence = c.published.slice(0, 2).map((d) => ({ title: d.title, body: d.text }));
    const m = buildThemeModel({ brand: c.brand, evidence });
    const day = buildThemeModel({ brand: c.brand, evidence: [] });
    const drafts = [...c.onTheme, ...c.offTheme].filter((d) => d.split === 'dev');
    const held = drafts.map((d) => ({ d, r: scoreTheme(m, { title: d.title, body: d.text }) })).filter(({ r }) => r.held);
    expect(held.length).toBeGreaterThan(0);
    for (const { d, r } of held) {
      expect(r.heldBy, d.id).toBe(0);
      expect(scoreTheme(day, { title: d.title, body: d.text }).score, d.id).toBeGreaterThanOrEqual(dayOneHold(r.threshold));
    }
    // Passed by a hair on day one is not held: the sample's soup-photo title over a body on crypto
    // tokens reads 0.47 with the brand text alone, and the posts flag it.
    const sample = BrandSchema.parse(JSON.parse(readFileSync(join(sampleRoot(), 'content/planner.json'), 'utf8')).brand);
    const crypto = { title: 'Shooting steam - winter soups on camera', body: 'Bitcoin fell again this week. I rebalanced my crypto portfolio, sold ETF shares and moved tokens into a staking wallet for the yield.' };
    const first = scoreTheme(buildThemeModel({ brand: sample, evidence: [] }), crypto);
    expect(first.onTheme).toBe(true);
    expect(first.score).toBeLessThan(dayOneHold(first.threshold));
    expect(scoreTheme(buildThemeModel({ brand: sample, evidence: posts }), crypto)).toMatchObject({ onTheme: false });
    // Posts first: a draft both a state with posts and day one would hold is told of the posts.
    for (const body of [...onTheme, ...offTheme, ...posts.map((p) => p.body)]) {
      const r = scoreTheme(model(8), { body });
      if (r.held && r.heldBy === 0) expect(scoreTheme({ ...model(8), stages: model(8).stages.slice(1) }, { body }).held, body).toBeUndefined();
    }
  });

  it('flags no on-theme draft of a real brand with 2 posts, or with only one pillar\'s posts, that day one read as clearly on theme (corpus, dev part)', () => {
    // yihui.org's first English posts were all on HTML: its R drafts then fell short of a typical
    // point set by posts alike, 7% of on-theme drafts flagged with no post and 40% with 5.
    let compared = 0;
    for (const c of loadCorpus()) {
      const flagged = (published: number, evidence?: ReturnType<typeof onePillarStart>) =>
        new Set(evaluateBrand(c, { split: 'dev', published, evidence }).on.flatMap((r, i) => (r.onTheme ? [] : [i])));
      // Those day one did not read as clearly on theme (flagged, or passed by less than the margin).
      const dayOne = new Set(evaluateBrand(c, { split: 'dev', published: 0 }).on.flatMap((r, i) => (r.score >= dayOneHold(r.threshold) ? [] : [i])));
      const one = onePillarStart(c);
      for (const [what, later] of [['2 posts', flagged(2)], ...(one.length ? [[`${one.length} posts of one pillar`, flagged(one.length, one)] as const] : [])] as const) {
        for (const i of later) expect(dayOne.has(i), `${c.id}, ${what}: on-theme draft ${i} flagged, clearly on theme on day one`).toBe(true);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('reads a draft on a pillar with no posts of its own as day one reads it (at dayOneShare), not merely holds it (corpus, dev part)', () => {
    // A TIL blog whose first ten posts were on SQL and CI: all nine LLM drafts read 0.2-0.43
    // against the brand's calibration, made on posts alike, and showed as held at 0.45.
    let read = 0;
    for (const c of loadCorpus()) {
      const evidence = onePillarStart(c);
      if (!evidence.length) continue;
      const m = buildThemeModel({ brand: c.brand, evidence: evidence.map((d) => ({ title: d.title, body: d.text })) });
      const day = buildThemeModel({ brand: c.brand, evidence: [] });
      const bare = m.pillars.filter((p) => !p.calibration).map((p) => p.id);
      for (const d of c.onTheme.filter((x) => x.split === 'dev')) {
        const first = scoreTheme(day, { title: d.title, body: d.text });
        const now = scoreTheme(m, { title: d.title, body: d.text });
        for (const id of bare) {
          if (first.pillarScores[id] < dayOneHold(first.threshold)) continue;
          read++;
          expect(now.pillarScores[id], `${c.id} ${d.id} ${id}`).toBeGreaterThanOrEqual(now.threshold);
          expect(now.held, `${c.id} ${d.id}`).toBeUndefined();
        }
      }
    }
    expect(read).toBeGreaterThan(20);
  });

  it('asks an earlier state as that state reads a draft: its pillars with no posts of their own as day one reads them (corpus, dev part)', () => {
    // The growth stage of 2 posts inside a model of 6 left out what the model of 2 posts itself
    // does for a pillar with no posts of its own (read as day one reads it, at dayOneShare): a
    // Rust chapter on structs on a brand whose first posts were Python HOWTOs read 0.47 (on
    // theme) with 2 posts, and 0.33 as the 6-post model's stage of 2 asked it. 111 of 675 dev
    // drafts read differently so.
    let compared = 0;
    for (const id of ['en-programming-cross', 'en-python-teacher', 'zh-mixed-kitchen-and-servers']) {
      const c = loadCorpus().find((b) => b.id === id)!;
      const evidence = c.published.slice(0, 6).map((d) => ({ title: d.title, body: d.text }));
      const six = buildThemeModel({ brand: c.brand, evidence });
      const two = buildThemeModel({ brand: c.brand, evidence: evidence.slice(0, 2) });
      expect(six.stages.length).toBeGreaterThan(1);
      for (const d of [...c.onTheme, ...c.offTheme].filter((x) => x.split === 'dev')) {
        const stages = new Float64Array(six.stages.length).fill(Number.NaN);
        scoreTheme(six, { title: d.title, body: d.text }, stages);
        // Stage 1 (2 posts) is asked first of a draft under the threshold.
        if (Number.isNaN(stages[1])) continue;
        compared++;
        expect(stages[1], `${id} ${d.id}`).toBe(scoreTheme({ ...two, stages: [] }, { title: d.title, body: d.text }).score);
      }
    }
    expect(compared).toBeGreaterThan(10);
  });

  it('flags no on-theme draft with 6 posts that it left alone with 2', () => {
    const flagged = (n: number) => onTheme.filter((body) => !scoreTheme(model(n), { body }).onTheme);
    for (const body of flagged(6)) expect(flagged(2)).toContain(body);
  });

  it('still flags the off-theme drafts once the brand has grown', () => {
    for (const body of offTheme) expect(scoreTheme(model(8), { body }).onTheme, body).toBe(false);
  });
});

describe('a brand whose first posts share no words (one post on each of two unrelated pillars)', () => {
  const mixed = BrandSchema.parse({
    name: 'Ops cook', label: 'A server admin who cooks after work', audience: 'Programmers who cook',
    strengths: ['Linux administration', 'home cooking'], timezone: 'UTC',
    pillars: [
      { id: 'cooking', name: 'Weeknight dishes', description: 'Dishes done in half an hour', keywords: ['recipe', 'wok'] },
      { id: 'servers', name: 'Debian servers', description: 'Packages, services and backups', keywords: ['debian', 'backup'] },
    ],
  });
  const unrelated = [
    { body: posts[0].body, pillar: 'cooking' },
    { body: 'Rotate the nightly backup of the database server: dump with pg_dump, compress with zstd, sync the archive offsite over rsync and prune copies older than thirty days with a systemd timer.', pillar: 'servers' },
  ];

  it('never places the typical own post closer to general language than its floor', () => {
    // Leave-one-out finds no sibling for either post: a typical point from it alone would make
    // any faint match look typical.
    const two = buildThemeModel({ brand: mixed, evidence: unrelated }).calibration.en;
    const last = LENGTHS[LENGTHS.length - 1];
    two.typical.forEach((m, i) => {
      const prior = two.anchor[i] + FLOOR_GAIN * Math.sqrt(LENGTHS[i] / last) * (1 - two.anchor[i]);
      expect(m).toBeGreaterThanOrEqual(prior - 1e-12);
    });
  });
});

describe('the day-one hold at any threshold', () => {
  it('is the threshold plus the margin, at most 0.99, never under the threshold; its share maps it onto the threshold', () => {
    expect(dayOneHold(0.45)).toBeCloseTo(0.6);
    expect(dayOneHold(0.9)).toBe(0.99);
    expect(dayOneHold(0.995)).toBe(0.995);
    expect(dayOneHold(1)).toBe(1);
    expect(dayOneShare(0.45)).toBeCloseTo(Math.log(0.55) / Math.log(0.4));
    expect(dayOneShare(1)).toBe(1);
    expect(dayOneShare(0)).toBeCloseTo(0);
  });
});
