import { describe, expect, test } from 'vitest';
import { translateIssue } from '../../src/core/i18n/zod-issues.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { suggestTimeZone } from '../../src/core/time-zones.ts';

function plannerWithZone(timezone: string) {
  return {
    version: 1,
    brand: { name: '林梅', label: '', audience: '', strengths: [], timezone, pillars: [{ id: 'a', name: 'A', description: '', keywords: [] }] },
    channels: [],
    breaks: [],
  };
}

describe('a time zone that is not one', () => {
  test('names the value given and the zone it most likely meant, in English and Chinese', () => {
    const result = PlannerSchema.safeParse(plannerWithZone('Asia/Kolkatta'));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toMatch(/^expected an IANA time zone, e\.g\. "Asia\/Shanghai" or "Europe\/Berlin"/);
    expect(issue.message).toContain('got "Asia/Kolkatta" (did you mean "Asia/Kolkata"?)');
    expect(translateIssue(issue).zh).toContain('"Asia/Kolkatta" 不是时区（是不是 "Asia/Kolkata"？）');
  });

  // A UTC offset is refused (no daylight-saving rules; TZID=+08:00 is unreadable): before, the
  // message offered nothing, and a writer in Beijing who typed UTC+8 had to look the name up.
  test('suggests for a UTC offset the zone most people with it live in, or a fixed Etc zone', () => {
    const result = PlannerSchema.safeParse(plannerWithZone('+08:00'));
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toContain('got "+08:00" (did you mean "Asia/Shanghai"?)');
    expect(translateIssue(issue).zh).toContain('"+08:00" 不是时区（是不是 "Asia/Shanghai"？）');
    expect(['UTC+8', 'utc +08', 'GMT+0800', '+5:30', 'GMT-5', '-03:30', '−08:00'].map((z) => suggestTimeZone(z))).toEqual(['Asia/Shanghai', 'Asia/Shanghai', 'Asia/Shanghai', 'Asia/Kolkata', 'America/New_York', 'America/St_Johns', 'America/Los_Angeles']);
    expect(suggestTimeZone('+11:00', ['Etc/GMT-11', 'Asia/Shanghai'])).toBe('Etc/GMT-11');
    expect(suggestTimeZone('+08:00', ['Etc/GMT-8'])).toBe('Etc/GMT-8');
  });

  test('suggests the zone of a bare city, another letter case, and near misspellings, and nothing for nonsense', () => {
    expect(suggestTimeZone('Kolkata')).toBe('Asia/Kolkata');
    expect(suggestTimeZone('new york')).toBe('America/New_York');
    expect(suggestTimeZone('europe/london')).toBe('Europe/London');
    expect(suggestTimeZone('Australia/LordHowe')).toBe('Australia/Lord_Howe');
    expect(suggestTimeZone('Europe/Londn')).toBe('Europe/London');
    expect(suggestTimeZone('Beijing time')).toBeUndefined();
    expect(suggestTimeZone('Asia/Beijing')).toBe('Asia/Shanghai');
    expect(suggestTimeZone('')).toBeUndefined();
  });

  // Plain Levenshtein counted two neighbours swapped as two edits, past the one a zone under ten
  // characters may be off (Asia/Bkau); and a bare city was compared with whole zone names only.
  test('suggests the zone of a name with two letters swapped, or of a bare city mistyped, and nothing for other words', () => {
    expect(['Asia/Bkau', 'Asia/Dlii', 'Tokio', 'Londn', 'Berln', 'Sydeny', 'new yrok'].map((z) => suggestTimeZone(z))).toEqual([
      'Asia/Baku', 'Asia/Dili', 'Asia/Tokyo', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'America/New_York',
    ]);
    expect(['hello', 'xyz', 'home', 'Beijing time', 'Mars/Olympus_Mons', 'Asia/Nowhere'].map((z) => suggestTimeZone(z))).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  test('a zone without a likely meaning still names the value given', () => {
    const result = PlannerSchema.safeParse(plannerWithZone('Mars/Olympus_Mons'));
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toMatch(/; got "Mars\/Olympus_Mons"$/);
    expect(translateIssue(issue).zh).toMatch(/；"Mars\/Olympus_Mons" 不是时区$/);
  });
});

// A Chinese user types Asia/Beijing or 北京 (tzdb names China's zone by Shanghai), a Californian
// San Francisco: the message said only "not a time zone", with no zone to use instead.
describe('a place that tzdb names by another city', () => {
  test.each([
    ['Asia/Beijing', 'Asia/Shanghai'], ['北京', 'Asia/Shanghai'], ['Shenzhen', 'Asia/Shanghai'], ['香港', 'Asia/Hong_Kong'],
    ['伦敦', 'Europe/London'], ['San Francisco', 'America/Los_Angeles'], ['America/San_Francisco', 'America/Los_Angeles'], ['旧金山', 'America/Los_Angeles'], ['Bangalore', 'Asia/Kolkata'],
  ])('%s: suggests %s, in the message in English and Chinese', (input, zone) => {
    expect(suggestTimeZone(input)).toBe(zone);
    const issue = PlannerSchema.safeParse(plannerWithZone(input)).error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toContain(`(did you mean "${zone}"?)`);
    expect(translateIssue(issue).zh).toContain(`（是不是 "${zone}"？）`);
  });

  test('is never taken as a zone', () => {
    expect(PlannerSchema.safeParse(plannerWithZone('北京')).success).toBe(false);
  });
});

describe('init answers with a mistyped zone', () => {
  test('the error names the value and hints at the zone it most likely meant', async () => {
    const { buildPlannerFromAnswers } = await import('../../src/core/init-answers.ts');
    const answers = { name: 'Mei', strengths: ['cooking'], pillars: [{ name: 'Recipes' }], timezone: 'Europe/Londn', channel: { platform: 'blog', cadence: 'weekly' } };
    let message = '';
    try {
      buildPlannerFromAnswers(answers, { now: Date.parse('2026-12-01T00:00:00Z'), defaultZone: 'UTC', file: 'answers.json' });
    } catch (error) {
      message = (error as { format(lang: string): string }).format('en');
    }
    expect(message).toBe('answers.json: timezone: "Europe/Londn" is not an IANA time zone\n  hint: did you mean "Europe/London"?');
  });
});

describe('a very long text given as a time zone', () => {
  test('is quoted by its first 60 characters, so the message stays one short line', () => {
    const result = PlannerSchema.safeParse(plannerWithZone(`Asia/${'x'.repeat(100_000)}`));
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message.length).toBeLessThan(200);
    expect(issue.message).toContain(`got "Asia/${'x'.repeat(55)}…"`);
    expect(suggestTimeZone('x'.repeat(100_000))).toBeUndefined();
  });
});

// Intl takes Java's old three-letter ids and tzdb's fixed-offset EST, MST and HST as zones: a
// planner with "EST" planned a New York slot at UTC-5 all year (an hour late every summer),
// "BST" was Bangladesh's time, not Britain's, and "CST" was Chicago's for a Chinese brand.
describe('a time zone abbreviation', () => {
  test.each([
    ['EST', 'America/New_York'], ['est', 'America/New_York'], ['MST', 'America/Phoenix'], ['HST', 'Pacific/Honolulu'],
    ['BST', 'Europe/London'], ['IST', 'Asia/Kolkata'], ['CST', 'Asia/Shanghai'], ['PST', 'America/Los_Angeles'],
    ['PDT', 'America/Los_Angeles'], ['EDT', 'America/New_York'], ['AEST', 'Australia/Sydney'], ['CTT', 'Asia/Shanghai'],
  ])('%s is refused in planner.json, naming the zones it may stand for (first %s)', (input, first) => {
    const result = PlannerSchema.safeParse(plannerWithZone(input));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toContain(`got "${input}", an abbreviation, not a zone: it can stand for several places, or for one offset all year with no daylight saving (did you mean "${first}"`);
    expect(translateIssue(issue).zh).toContain(`"${input}" 是时区缩写，不是时区：它可能指好几个地方，或全年不变、没有夏令时的一个偏移（是不是 "${first}"`);
    expect(suggestTimeZone(input)).toBe(first);
  });

  test('lists up to three places for an abbreviation several countries use, joined as a list', () => {
    const issue = PlannerSchema.safeParse(plannerWithZone('BST')).error!.issues.find((i) => i.path.join('.') === 'brand.timezone')!;
    expect(issue.message).toMatch(/\(did you mean "Europe\/London", "Asia\/Dhaka" or "Europe\/Gibraltar"\?\)$/);
    expect(translateIssue(issue).zh).toMatch(/（是不是 "Europe\/London"、"Asia\/Dhaka" 或 "Europe\/Gibraltar"？）$/);
  });

  test('is refused in a channel and a history period too, but UTC, GMT and the European CET, EET and WET are zones', () => {
    const channel = (timezone: string) => ({ id: 'c', name: 'C', platform: 'blog', cadence: 'FREQ=WEEKLY', start: '2026-01-01', timezone });
    const planner = (timezone: string) => ({ ...plannerWithZone('Europe/London'), channels: [channel(timezone)] });
    expect(PlannerSchema.safeParse(planner('EST')).success).toBe(false);
    const history = { ...plannerWithZone('Europe/London'), channels: [{ ...channel('Europe/London'), history: [{ cadence: 'FREQ=WEEKLY', start: '2025-01-01', time: '09:00', timezone: 'PST' }] }] };
    expect(PlannerSchema.safeParse(history).success).toBe(false);
    for (const zone of ['UTC', 'GMT', 'CET', 'EET', 'WET', 'Etc/UTC']) expect(PlannerSchema.safeParse(planner(zone)).success, zone).toBe(true);
  });

  test('is refused in init answers, with the zone it most likely meant', async () => {
    const { buildPlannerFromAnswers } = await import('../../src/core/init-answers.ts');
    const answers = { name: 'Sam', strengths: ['writing'], pillars: [{ name: 'APIs' }], timezone: 'EST', channel: { platform: 'blog', cadence: 'weekly' } };
    let message = '';
    try {
      buildPlannerFromAnswers(answers, { now: Date.parse('2026-12-01T00:00:00Z'), defaultZone: 'UTC', file: 'answers.json' });
    } catch (error) {
      message = (error as { format(lang: string): string }).format('en');
    }
    expect(message).toMatch(/^answers\.json: timezone: "EST" is an abbreviation, not an IANA time zone: it can stand for several places, or for one offset all year with no daylight saving\n {2}hint: did you mean "America\/New_York"/);
  });
});
