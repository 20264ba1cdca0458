import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { validatePlanner } from '../../src/core/planner-file.ts';
import { errorOf } from './throughline-error.ts';
import { PlannerSchema } from '../../src/core/schema/planner.ts';
import { PLANNER_KEYS, type KeyShape } from '../../src/core/schema/planner-keys.ts';
import { findUnknownKeys, flagUnknownPlannerKeys, meantKey } from '../../src/core/unknown-keys.ts';
import { flagLines } from '../../src/integration/build-check-flags.ts';

const FILE = 'content/planner.json';

function planner(): any {
  return {
    version: 1,
    brand: {
      name: 'Mei Lin', label: 'The home cook', audience: '', strengths: [], timezone: 'Asia/Shanghai',
      pillars: [{ id: 'recipes', name: 'Recipes' }, { id: 'photos', name: 'Photos' }],
    },
    channels: [
      { id: 'blog', name: 'Blog', platform: 'blog', cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06' },
      { id: 'wechat', name: 'WeChat', platform: 'wechat', cadence: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-01-10' },
    ],
    breaks: [],
  };
}

/** The key tree the zod schema reads: what PLANNER_KEYS must mirror. */
function shapeOf(schema: z.ZodType): KeyShape {
  const def = (schema as any)._zod.def;
  switch (def.type) {
    case 'object': return Object.fromEntries(Object.entries(def.shape).map(([k, v]) => [k, shapeOf(v as z.ZodType)]));
    case 'array': {
      const item = shapeOf(def.element);
      return item === null ? null : [item];
    }
    case 'optional': case 'default': case 'nullable': return shapeOf(def.innerType);
    case 'pipe': return shapeOf(def.in);
    default: return null;
  }
}

describe('PLANNER_KEYS', () => {
  test('holds exactly the keys the planner schema reads, place by place', () => {
    expect(PLANNER_KEYS).toEqual(shapeOf(PlannerSchema));
  });
});

describe('findUnknownKeys', () => {
  const shape: KeyShape = { a: null, list: [{ id: null, deep: { x: null } }], obj: { timezone: null, cadence: null } };

  test('finds nothing in a value that holds only known keys', () => {
    expect(findUnknownKeys({ a: 1, list: [{ id: 'x', deep: { x: 2 } }], obj: { timezone: 'UTC' } }, shape)).toEqual([]);
  });

  test('names a key of a nested object by its path, with the key it most likely meant', () => {
    expect(findUnknownKeys({ obj: { timezon: 'UTC', cadense: 'x' } }, shape)).toEqual([
      { path: 'obj.timezon', parent: 'obj', key: 'timezon', meant: 'timezone' },
      { path: 'obj.cadense', parent: 'obj', key: 'cadense', meant: 'cadence' },
    ]);
  });

  test('walks into every item of a list and names the item by its index', () => {
    expect(findUnknownKeys({ list: [{ id: 'a' }, { id: 'b', deep: { y: 1, x: 1 } }, { di: 'c' }] }, shape)).toEqual([
      { path: 'list[1].deep.y', parent: 'list[1].deep', key: 'y' },
      { path: 'list[2].di', parent: 'list[2]', key: 'di' },
    ]);
  });

  test('gives no suggestion for a key near no known one, or as near two', () => {
    expect(findUnknownKeys({ website: 'x' }, shape)).toEqual([{ path: 'website', parent: '', key: 'website' }]);
    expect(meantKey('ab', ['aa', 'bb'])).toBeUndefined();
    expect(meantKey('tim', ['time', 'tom'])).toBeUndefined();
  });

  test('suggests the key written in other capitals or with separators', () => {
    expect(meantKey('TimeZone', ['timezone', 'time'])).toBe('timezone');
    expect(meantKey('show_consistency', ['showConsistency', 'brokenLinks'])).toBe('showConsistency');
    expect(meantKey('minutes-before', ['minutesBefore'])).toBe('minutesBefore');
  });

  test('does not walk into an unknown key, nor into a value of another type than its shape', () => {
    expect(findUnknownKeys({ other: { z: 1 }, list: 'not a list', obj: [{ q: 1 }] }, shape)).toEqual([{ path: 'other', parent: '', key: 'other' }]);
  });

  test('quotes a key that is not a plain name, as JSON writes it', () => {
    expect(findUnknownKeys({ obj: { 'time zone': 'UTC' }, 'a.b': 1 }, shape)).toEqual([
      { path: 'obj["time zone"]', parent: 'obj', key: 'time zone', meant: 'timezone' },
      { path: '["a.b"]', parent: '', key: 'a.b' },
    ]);
  });

  test('knows the extra keys of the top level only there', () => {
    expect(findUnknownKeys({ sample: true, obj: { sample: true } }, shape, ['sample'])).toEqual([{ path: 'obj.sample', parent: 'obj', key: 'sample' }]);
  });
});

describe('flagUnknownPlannerKeys', () => {
  test('warns of each key planner.json holds that the schema does not read, after validation kept them', () => {
    const raw = planner();
    raw.channels[1].timezon = 'Asia/Shanghai';
    raw.channels[0].cadense = 'FREQ=DAILY';
    raw.brand.pilars = [];
    raw.brand.pillars[1].keywrods = ['light'];
    raw.portfolio = { showConsistancy: true };
    raw.channels[0].reminder = { minutesBefore: 60, minuteBefore: 30 };
    raw.website = 'https://example.com';
    const flags = flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'en');
    // In the order validation gives the keys (the schema's first): compared as a set.
    expect(flags.map((f) => [f.field, f.meant]).sort()).toEqual([
      ['brand.pilars', 'pillars'],
      ['brand.pillars[1].keywrods', 'keywords'],
      ['channels[0].cadense', 'cadence'],
      ['channels[0].reminder.minuteBefore', 'minutesBefore'],
      ['channels[1].timezon', 'timezone'],
      ['portfolio.showConsistancy', 'showConsistency'],
      ['website', undefined],
    ]);
    expect(flags.every((f) => f.kind === 'unknown-key' && f.severity === 'warning' && f.file === FILE)).toBe(true);
    const timezon = flags.find((f) => f.key === 'timezon')!;
    expect(timezon.message).toBe('channels[1].timezon: Throughline does not know this key, so it has no effect (did you mean "timezone"?)');
    expect(timezon.hint).toBe('rename "timezon" to "timezone"');
    expect(flags.find((f) => f.key === 'website')!.hint).toMatch(/^check its spelling/);
  });

  test('says it in Chinese', () => {
    const raw = planner();
    raw.channels[1].timezon = 'Asia/Shanghai';
    raw.custom = 1;
    const [typo, custom] = flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'zh');
    expect(typo!.message).toBe('channels[1].timezon：Throughline 不认识这个键，所以它不起作用（是不是想写 "timezone"？）');
    expect(typo!.hint).toBe('请把 "timezon" 改成 "timezone"');
    expect(custom!.hint).toMatch(/^请检查拼写/);
  });

  test('says nothing of the sample marker, $schema, or the defaults validation fills in', () => {
    const raw = { ...planner(), sample: true, $schema: './planner.schema.json' };
    expect(flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'en')).toEqual([]);
  });

  test("leaves a user's own keys alone at any depth: $-keys as JSON Schema's $comment, x- keys as OpenAPI's extensions", () => {
    const raw = { ...planner(), $comment: 'kept by the content team', 'x-notes': { owner: 'Mei' }, 'X-Scheduler': { queue: 3 } };
    raw.brand['x-brandbook'] = 'https://example.com/brand.pdf';
    raw.channels[0].$comment = 'the newsletter mirrors this';
    raw.channels[1]['x-buffer'] = { profile: 'abc' };
    raw.brand.pillars[0]['x-color'] = '#c00';
    expect(flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'en')).toEqual([]);
  });

  test('still warns of a mistyped key beside keys of your own, and its hint names the way to keep one', () => {
    const raw = planner();
    raw.channels[1]['x-notes'] = 'weekly';
    raw.channels[1].timezon = 'Asia/Tokyo';
    raw.teamNotes = 'ours';
    const flags = flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'en');
    expect(flags.map((f) => [f.field, f.meant])).toEqual([['channels[1].timezon', 'timezone'], ['teamNotes', undefined]]);
    expect(flags[1]!.hint).toContain('a key of your own is left alone when it starts with x- ("x-teamNotes") or $');
    expect(flagUnknownPlannerKeys(validatePlanner(raw, FILE), 'zh')[1]!.hint).toContain('请在前面加上 x-（"x-teamNotes"）或 $');
  });

  test('does not take an own key for a mistyped required one', () => {
    const raw = planner();
    raw.channels[1]['x-cadence'] = raw.channels[1].cadence;
    delete raw.channels[1].cadence;
    expect(errorOf(() => validatePlanner(raw, FILE)).format('en')).not.toContain('x-cadence');
  });

  test('a planner with unknown keys still validates, keeping them as written', () => {
    const raw = planner();
    raw.channels[1].timezon = 'Asia/Tokyo';
    const valid = validatePlanner(raw, FILE) as any;
    expect(valid.channels[1].timezon).toBe('Asia/Tokyo');
    expect(valid.channels[1].timezone).toBeUndefined();
  });
});

describe("the build's warnings", () => {
  test('print a line for each key planner.json holds that Throughline does not read, naming the file and the path', () => {
    const raw = planner();
    raw.portfolio = { showConsistancy: true };
    const lines = flagLines({ root: '/nowhere', planner: validatePlanner(raw, FILE), posts: [], now: Date.parse('2026-01-05T00:00:00Z'), lang: 'zh' });
    expect(lines.filter((l) => l.text.includes('unknown-key'))).toEqual([
      { level: 'warn', text: 'content/planner.json: unknown-key: portfolio.showConsistancy：Throughline 不认识这个键，所以它不起作用（是不是想写 "showConsistency"？）' },
    ]);
  });
});

describe('validatePlanner with a required key mistyped', () => {
  test('names the key the file has in its place, in English and Chinese', () => {
    const raw = planner();
    raw.channels[1].cadense = raw.channels[1].cadence;
    delete raw.channels[1].cadence;
    const error = errorOf(() => validatePlanner(raw, FILE));
    expect(error.field).toBe('channels[1].cadence');
    expect(error.format('en')).toMatch(/\n {2}hint: the file has "cadense" here, a key Throughline does not read: rename it to "cadence"$/);
    expect(error.format('zh')).toMatch(/\n {2}建议：文件里这里写的是 "cadense"，Throughline 不认识这个键：请改成 "cadence"$/);
  });

  test('says nothing of a typo beside a key that is there but wrong', () => {
    const raw = planner();
    raw.channels[1].cadense = 'FREQ=WEEKLY';
    raw.channels[1].time = '9am';
    const error = errorOf(() => validatePlanner(raw, FILE));
    expect(error.field).toBe('channels[1].time');
    expect(error.format('en')).not.toContain('cadense');
  });
});
