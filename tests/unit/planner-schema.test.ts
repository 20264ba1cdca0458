import { describe, expect, test } from 'vitest';
import { errorOf } from './throughline-error.ts';
import { parsePlannerText, validatePlanner } from '../../src/core/planner-file.ts';

const FILE = 'content/planner.json';

function validPlanner() {
  return {
    version: 1,
    brand: {
      name: 'Mei Lin',
      label: 'The home cook who photographs her food',
      audience: 'Busy home cooks',
      strengths: ['cooking', 'food photography'],
      timezone: 'Asia/Shanghai',
      pillars: [{ id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords: ['braise'] }],
    },
    channels: [{ id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2026-01-06', pillars: ['recipes'] }],
    breaks: [{ from: '2026-08-01', to: '2026-08-14', channels: ['blog'], reason: 'holiday' }],
  };
}

describe('validatePlanner', () => {
  test('accepts the example of the contract and fills the defaults', () => {
    const planner = validatePlanner(validPlanner(), FILE);
    expect(planner.channels[0]!.time).toBe('09:00');
    expect(planner.brand.impressions).toEqual([]);
  });

  test('keeps fields it does not know so that a save never drops them', () => {
    const raw = validPlanner() as Record<string, unknown>;
    (raw.brand as Record<string, unknown>).website = 'https://meilin.example';
    raw.custom = { anything: true };
    const planner = validatePlanner(raw, FILE) as unknown as Record<string, { website?: string }>;
    expect(planner.brand!.website).toBe('https://meilin.example');
    expect(planner.custom).toEqual({ anything: true });
  });

  test.each([
    ['an unknown zone', (p: any) => (p.brand.timezone = 'Mars/Olympus'), 'brand.timezone', /IANA time zone/],
    ['no pillars', (p: any) => (p.brand.pillars = []), 'brand.pillars', /at least 1 pillar/],
    ['eight pillars', (p: any) => (p.brand.pillars = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }))), 'brand.pillars', /at most 7/],
    ['an unknown platform', (p: any) => (p.channels[0].platform = 'myspace'), 'channels[0].platform', /expected one of blog/],
    ['a start that is not a date', (p: any) => (p.channels[0].start = '06/01/2026'), 'channels[0].start', /YYYY-MM-DD/],
    ['a start written as a Chinese date', (p: any) => (p.channels[0].start = '2026年11月2日'), 'channels[0].start', /^2026年11月2日: write the date as YYYY-MM-DD, 2026-11-02$/],
    ['a break written with slashes', (p: any) => (p.breaks = [{ from: '2026/08/01', to: '2026-08-14' }]), 'breaks[0].from', /^2026\/08\/01: write the date as YYYY-MM-DD, 2026-08-01$/],
    ['a start that does not exist', (p: any) => (p.channels[0].start = '2026-02-30'), 'channels[0].start', /^2026-02-30 does not exist: February 2026 has 28 days$/],
    ['a time that is not HH:MM', (p: any) => (p.channels[0].time = '9am'), 'channels[0].time', /HH:MM/],
    // São Paulo writes 19h30; before, the message said only "HH:MM, e.g. 09:00".
    ['a time written as people write it', (p: any) => (p.channels[0].time = '19h30'), 'channels[0].time', /^expected a time as HH:MM \(24-hour\): write "19:30"$/],
    ['a channel pillar that does not exist', (p: any) => (p.channels[0].pillars = ['travel']), 'channels[0].pillars[0]', /unknown pillar "travel"/],
    ['a break naming an unknown channel', (p: any) => (p.breaks[0].channels = ['podcast']), 'breaks[0].channels[0]', /unknown channel "podcast"/],
    ['a break that ends before it starts', (p: any) => (p.breaks[0].to = '2026-07-01'), 'breaks[0].to', /before "from"/],
    // Read as "no channel", it made a break that paused nothing, silently: its slots stayed gaps.
    ['a break whose channels list is empty', (p: any) => (p.breaks[0].channels = []), 'breaks[0].channels', /^an empty list names no channel, so the break would pause nothing; leave "channels" out for every channel/],
    ['a duplicate channel id', (p: any) => p.channels.push({ ...p.channels[0] }), 'channels', /"blog" is used twice/],
    // A CI user's trial (2026-12-05): LH and lh built /calendar/LH.ics and /calendar/lh.ics, one file on macOS and Windows.
    ['channel ids that differ only in case', (p: any) => p.channels.push({ ...p.channels[0], id: 'Blog' }), 'channels', /^channel ids "blog" and "Blog" differ only in case/],
    ['pillar ids that differ only in case', (p: any) => p.brand.pillars.push({ ...p.brand.pillars[0], id: p.brand.pillars[0].id.toUpperCase() }), 'brand.pillars', /pillar ids "\S+" and "\S+" differ only in case/],
    ['a wrong version', (p: any) => (p.version = 0), 'version', /"version": 1/],
    ['a portfolio.brokenLinks that is no mode', (p: any) => (p.portfolio = { brokenLinks: 'loud' }), 'portfolio.brokenLinks', /expected one of warn, error, ignore/],
  ])('rejects %s, naming the field', (_name, mutate, field, message) => {
    const raw = validPlanner();
    mutate(raw);
    const error = errorOf(() => validatePlanner(raw, FILE));
    expect(error.file).toBe(FILE);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  test('reads portfolio.brokenLinks (warn, error or ignore) and keeps it', () => {
    for (const mode of ['warn', 'error', 'ignore']) expect(validatePlanner({ ...validPlanner(), portfolio: { brokenLinks: mode } }, FILE).portfolio?.brokenLinks).toBe(mode);
  });

  test('refuses a file written by a newer version and says to update', () => {
    const error = errorOf(() => validatePlanner({ ...validPlanner(), version: 2 }, FILE));
    expect(error.format()).toMatch(/content\/planner.json: version: this file is version 2, newer than this Throughline/);
  });
});

describe('parsePlannerText', () => {
  test('names the file and the position of broken JSON', () => {
    const error = errorOf(() => parsePlannerText('{ "version": 1, "brand": ', FILE));
    expect(error.file).toBe(FILE);
    expect(error.message).toMatch(/not valid JSON/);
  });

  // README's planner.json example is JSONC, for reading: a newcomer who copies it with its
  // comments got only "Expected double-quoted property name … (line 5 column 58)".
  test('says that JSON has no comments when the file breaks at a // or /* comment, in English and Chinese', () => {
    for (const comment of ['// the positioning label', '/* the label */']) {
      const error = errorOf(() => parsePlannerText(`{\n  "version": 1, ${comment}\n  "brand": {}\n}`, FILE));
      expect(error.file).toBe(FILE);
      expect(error.message).toMatch(/not valid JSON \(.*line 2 column 17\)/);
      expect(error.hint).toBe('JSON has no comments: remove each // … and /* … */ (the README shows them only to explain the fields); the file was left as it is');
      expect(error.format('zh')).toContain('JSON 不支持注释：请删掉每个 // … 和 /* … */（README 里的注释只用来说明字段）；文件保持原样未改动');
    }
    expect(errorOf(() => parsePlannerText('{ "version": 1, "brand": ', FILE)).hint).toBe('fix the JSON syntax; the file was left as it is');
  });

  // The two slips of a hand edit: a comma left after the last item, and punctuation typed with
  // a Chinese input method ("name": “王工”，) which JSON.parse names only by its position.
  test('names a trailing comma with its line and column, in English and Chinese', () => {
    for (const text of ['{\n  "version": 1,\n  "breaks": [],\n}', '{\n  "version": 1,\n  "breaks": [\n    "a",\n  ]\n}']) {
      const error = errorOf(() => parsePlannerText(text, FILE));
      const line = text.includes('"a",') ? 4 : 3;
      const column = text.includes('"a",') ? 8 : 15;
      expect(error.hint).toBe(`JSON allows no comma after the last item: remove the comma at line ${line}, column ${column}; the file was left as it is`);
      expect(error.format('zh')).toContain(`JSON 里最后一项后面不能有逗号：请删掉第 ${line} 行第 ${column} 列的逗号；文件保持原样未改动`);
    }
  });

  // The other two slips of a hand edit got only "fix the JSON syntax" beside V8's "Expected ','
  // or '}' after property value in JSON at position 1008 (line 48 column 7)", which points at the
  // line after the one to fix.
  test('names a missing comma by the line that needs it, in English and Chinese', () => {
    for (const [text, line] of [['{\n  "version": 1\n  "breaks": []\n}', 2], ['{\n  "breaks": [\n    { "from": "2026-12-21" }\n    { "from": "2027-01-04" }\n  ]\n}', 3]] as const) {
      const error = errorOf(() => parsePlannerText(text, FILE));
      expect(error.hint).toBe(`a comma is missing at the end of line ${line}, before the next item: add one there; the file was left as it is`);
      expect(error.format('zh')).toContain(`第 ${line} 行末尾少了一个逗号（下一项之前）：请在那里加上逗号；文件保持原样未改动`);
    }
  });

  test('names a key written without double quotes, in English and Chinese', () => {
    for (const [text, key] of [['{\n  "version": 1,\n  name: "Sam"\n}', 'name'], ["{\n  'version': 1\n}", 'version']] as const) {
      const error = errorOf(() => parsePlannerText(text, FILE));
      expect(error.hint).toBe(`JSON needs each key in double quotes: write "${key}" at line ${text.includes("'") ? 2 : 3}, column 3; the file was left as it is`);
      expect(error.format('zh')).toContain(`JSON 的每个键都要用双引号：请在第 ${text.includes("'") ? 2 : 3} 行第 3 列写成 "${key}"；文件保持原样未改动`);
    }
  });

  test('names full-width punctuation typed by a Chinese input method, in English and Chinese', () => {
    const error = errorOf(() => parsePlannerText('{\n  "version": 1,\n  "brand": { "name": “王工” }\n}', FILE));
    expect(error.hint).toBe('line 3, column 22 has the full-width “ where JSON needs the plain " (a Chinese input method types one): retype it with the input method in English mode; the file was left as it is');
    expect(error.format('zh')).toContain('第 3 行第 22 列是全角的“，JSON 要用半角的 "（中文输入法会打出全角符号）：请切换到英文输入后重新输入；文件保持原样未改动');
    // The message is one line, and the Chinese one holds none of V8's English.
    const multiLine = errorOf(() => parsePlannerText('{\n  "version": 1,\n  "brand": { "name": “李华”，\n', FILE));
    expect(multiLine.format('en').split('\n')[0]).toMatch(/^content\/planner\.json: is not valid JSON at line 3, column 22 \(Unexpected token .*\)$/);
    expect(multiLine.format('zh').split('\n')[0]).toBe('content/planner.json: 不是有效的 JSON（第 3 行第 22 列）');
    for (const [text, mark] of [['{ "version": 1， "brand": {} }', '，'], ['{ "version"： 1 }', '：']] as const)
      expect(errorOf(() => parsePlannerText(text, FILE)).hint).toContain(`has the full-width ${mark} where JSON needs the plain ${mark === '，' ? ',' : ':'}`);
  });

  test('does not blame full-width punctuation after the place JSON broke (a calendar or YAML written into planner.json)', () => {
    for (const text of ['BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:林小雨：内容计划\n', 'name: 林小雨\nlabel： 写作者\n']) {
      const error = errorOf(() => parsePlannerText(text, FILE));
      expect(error.hint).toBe('fix the JSON syntax; the file was left as it is');
    }
    // V8 gives no position for these, only a quoted excerpt: a slip before the place still stands.
    expect(errorOf(() => parsePlannerText('[1,]', FILE)).hint).toContain('remove the comma at line 1, column 3');
    expect(errorOf(() => parsePlannerText('[\n// a comment\n1]', FILE)).hint).toContain('JSON has no comments');
    const long = `{"a": [${Array.from({ length: 20 }, (_, i) => i).join(', ')},], "b": "王：x"}`;
    expect(errorOf(() => parsePlannerText(long, FILE)).hint).toContain('remove the comma at line 1');
  });

  // JSON.parse keeps the last of two equal keys: a "channels" list pasted twice lost the first
  // without a word, and the next save from the studio wrote the file without it.
  test('refuses a key written twice in one object, naming its path and both lines, in English and Chinese', () => {
    const text = JSON.stringify(validPlanner(), null, 2).replace('"channels": [', '"channels": [],\n  "channels": [');
    const error = errorOf(() => parsePlannerText(text, FILE));
    const second = text.split('\n').findIndex((l) => l.includes('"channels": [') && !l.includes('[]')) + 1;
    expect(error.format('en')).toBe(
      `content/planner.json: channels: is written twice in the same object (lines ${second - 1} and ${second}); JSON keeps only the last, so the first would be lost\n  hint: merge the two into one; the file was left as it is`,
    );
    expect(error.format('zh')).toContain(`content/planner.json: channels: 在同一个对象里写了两次（第 ${second - 1} 行和第 ${second} 行）；JSON 只保留后一个，前一个会丢失`);
    const nested = JSON.stringify(validPlanner(), null, 2).replace('"timezone":', '"name": "again",\n    "timezone":');
    expect(errorOf(() => parsePlannerText(nested, FILE)).field).toBe('brand.name');
  });

  test('the same key in two different objects is fine', () => {
    expect(() => parsePlannerText(JSON.stringify(validPlanner(), null, 2), FILE)).not.toThrow();
  });

  test('rejects JSON that is not an object', () => {
    expect(errorOf(() => parsePlannerText('[]', FILE)).message).toMatch(/expected a JSON object/);
  });
});

describe('ids that differ only in case, in Chinese', () => {
  test('are named with both ids and why, in the user language', () => {
    const raw = {
      version: 1,
      brand: { name: 'Mei', label: 'x', timezone: 'UTC', pillars: [{ id: 'recipes', name: 'Recipes' }] },
      channels: [
        { id: 'LH', name: 'A', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=MO', start: '2026-01-05' },
        { id: 'lh', name: 'B', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06' },
      ],
    };
    const error = errorOf(() => validatePlanner(raw, FILE));
    expect(error.format('zh')).toContain('渠道 ID "LH" 和 "lh" 只有大小写不同');
    expect(error.format('en')).toContain('channel ids "LH" and "lh" differ only in case');
  });
});
