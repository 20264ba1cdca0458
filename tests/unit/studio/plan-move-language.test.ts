/**
 * The errors of POST /studio/api/plan-move (and autosave's) in the Chinese studio: they came back
 * as "详情（英文）：expected the slot date as YYYY-MM-DD, or null to unplan", English behind a
 * "details in English" label.
 */
import { describe, expect, it } from 'vitest';
import { readMoveRequest } from '../../../src/studio/plan/move.ts';
import { translateErrors, translateMessage } from '../../../src/studio/shared/error-strings.ts';

describe('plan-move errors in Chinese', () => {
  it.each([
    [{ date: '2026-12-08' }, 'id', '哪篇内容？请给出 "id"'],
    [{ id: 'drafts/x', date: '2026-13-40' }, 'date', '排期日期格式应为 YYYY-MM-DD，或用 null 取消安排'],
    [{ id: 'drafts/x', date: '2026-12-08', channel: 3 }, 'channel', '应为渠道 ID'],
    [{ id: 'drafts/x', date: '2026-12-08', moveIdeaTo: 3 }, 'moveIdeaTo', '新的内容 ID 应为文字'],
    [{ id: 'drafts/x', date: null, restore: { channel: 3 } }, 'restore', '要恢复的渠道和 ID 应为文字'],
    [{ id: 'drafts/x', date: null, restore: { status: 'gone' } }, 'status', '应为以下之一：idea, draft, scheduled, published'],
  ])('%j: %s', (body, field, zh) => {
    const read = readMoveRequest(body);
    expect('errors' in read).toBe(true);
    if ('errors' in read) expect(translateErrors(read.errors, 'zh')[field]).toBe(zh);
  });

  it("Plan a post's status, and an unknown plan action", () => {
    expect(translateMessage('expected idea or draft', 'zh')).toBe('应为 idea 或 draft');
    expect(translateMessage('unknown action "x"; expected plan-post, skip, add-break, remove-break or targets', 'zh')).toBe('未知操作“x”；应为以下之一：plan-post, skip, add-break, remove-break or targets');
  });

  it("autosave's malformed request", () => {
    expect(translateMessage('expected {id, revision, values}', 'zh')).toBe('请求应包含 {id, revision, values}');
  });
});

describe('plan-move refusal of a post whose file name is no id, in Chinese', () => {
  it('says to rename the file first', () => {
    expect(translateMessage('the file name of "2026/bad id" is no id the studio can plan by: rename the file first, then plan it', 'zh')).toBe('“2026/bad id”的文件名不能用作工作室排期所用的 ID：请先给文件重命名，再安排它');
  });
});
