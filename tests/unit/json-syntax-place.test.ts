/**
 * A JSON file with a syntax error V8 does not place ("Unexpected token ','") is named with the
 * line and column where it breaks: planner.json, a JSON Feed given to import, a tsconfig.json.
 */
import { describe, expect, test } from 'vitest';
import { readImportSource } from '../../src/core/feed/read-source.ts';
import { parsePlannerText } from '../../src/core/planner-file.ts';
import { errorOf } from './throughline-error.ts';

const broken = ['{', '  "version": 1,', '  "channels": [],', '  "breaks": [, { "from": "2026-08-01", "to": "2026-08-02" }]', '}'].join('\n');

describe('a JSON syntax error', () => {
  test('in planner.json is placed at its line and column, in English and Chinese', () => {
    const error = errorOf(() => parsePlannerText(broken, 'content/planner.json'));
    expect(error.format('en')).toMatch(/^content\/planner\.json: is not valid JSON at line 4, column 14 \(Unexpected token ','/);
    expect(error.format('zh')).toMatch(/^content\/planner\.json: 不是有效的 JSON（第 4 行第 14 列）/);
  });

  test.each([
    ['a trailing comma in a list', '{\n  "breaks": [1, 2,]\n}', 2, 19],
    ['a word that is no value', '{\n  "sample": tru\n}', 2, 13],
    ['full-width quotes', '{\n  "brand": { "name": “王工” }\n}', 2, 22],
  ])('in planner.json: %s, which V8 does not place, is placed', (_, text, line, column) => {
    expect(errorOf(() => parsePlannerText(text, 'content/planner.json')).format('en')).toContain(`is not valid JSON at line ${line}, column ${column}`);
  });

  test('a place V8 names itself is given once, as before', () => {
    const error = errorOf(() => parsePlannerText('{\n  "a": 1\n  "b": 2\n}', 'content/planner.json'));
    expect(error.format('en')).toMatch(/: is not valid JSON \(Expected ',' or '\}' after property value in JSON at position 13 \(line 3 column 3\)\)/);
    expect(error.format('zh')).toMatch(/: 不是有效的 JSON（第 3 行第 3 列）/);
  });

  test('nesting too deep for jsonc-parser is still refused as JSON, not as a crash', () => {
    const error = errorOf(() => parsePlannerText(`{"a": ${'['.repeat(20000)}`, 'content/planner.json'));
    expect(error.format('en')).toMatch(/^content\/planner\.json: is not valid JSON/);
  });

  test('in a JSON Feed given to import is placed too', () => {
    const feed = '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [,]\n}';
    const error = errorOf(() => readImportSource({ bytes: new TextEncoder().encode(feed) }, 'feed.json'));
    expect(error.format('en')).toMatch(/^feed\.json: this is not valid JSON at line 3, column 13 /);
    expect(error.format('zh')).toMatch(/^feed\.json: 这不是有效的 JSON（第 3 行第 13 列）/);
  });
});
