import { describe, expect, test } from 'vitest';
import { deriveId, isValidId } from '../../src/core/ids.ts';
import { translateMessage } from '../../src/core/i18n/zod-issues.ts';
import { PillarSchema, ChannelSchema } from '../../src/core/schema/planner.ts';
import { suggestChannelId } from '../../src/studio/channels/channel-form.ts';
import { buildStarterPlanner } from '../../src/studio/dashboard/start-fresh.ts';
import { translateMessage as translateStudio } from '../../src/studio/shared/error-strings.ts';

const pillar = (id: string) => PillarSchema.safeParse({ id, name: 'x' });
const channel = (id: string) => ChannelSchema.safeParse({ id, name: 'x', platform: 'other', cadence: 'FREQ=DAILY', start: '2026-01-01' });

describe('pillar and channel ids', () => {
  test('accept letters and digits of any script, "-" and "_"', () => {
    for (const id of ['家常菜', '职场-沟通', 'recipes', 'ट्रेन', 'café_2', '知乎2026']) {
      expect(pillar(id).success, id).toBe(true);
      expect(channel(id).success, id).toBe(true);
    }
  });

  test('refuse spaces, slashes, a leading dot, control characters and other punctuation', () => {
    for (const id of ['a b', 'a/b', '.x', 'a.b', 'a\tb', 'a\u0000', '', '-a', 'a:b', 'a%20b', '家 常', 'x'.repeat(61)]) {
      expect(pillar(id).success, JSON.stringify(id)).toBe(false);
      expect(channel(id).success, JSON.stringify(id)).toBe(false);
    }
  });

  test('are kept in NFC so that the same name typed on two systems is one id', () => {
    const decomposed = 'cafe\u0301';
    const parsed = PillarSchema.parse({ id: decomposed, name: 'Café' });
    expect(parsed.id).toBe('caf\u00e9');
    expect(isValidId(decomposed)).toBe(false);
    expect(isValidId(parsed.id)).toBe(true);
  });

  test('say, in English and in Chinese, that Chinese is allowed', () => {
    const issue = pillar('a b');
    const message = issue.success ? '' : issue.error.issues[0]!.message;
    expect(message).toContain('any script');
    const zh = translateMessage(message)!;
    expect(zh).toContain('支柱 ID');
    expect(zh).toContain('中文也可以');
    expect(translateStudio(message, 'zh')).toContain('中文也可以');
  });
});

describe('a default id from a name', () => {
  test('keeps Chinese, lower-cases ASCII, joins words with "-", drops Latin accents', () => {
    expect(deriveId('家常菜', 'x')).toBe('家常菜');
    expect(deriveId('WeChat 公众号', 'x')).toBe('wechat-公众号');
    expect(deriveId('Café Noir', 'x')).toBe('cafe-noir');
    expect(deriveId('  …  ', 'fallback')).toBe('fallback');
    expect(suggestChannelId('小红书')).toBe('小红书');
  });

  test('is always a valid id', () => {
    for (const name of ['a/b', '../x', '.hidden', 'Tab\there', 'ｆｕｌｌ', '家常菜！', 'x'.repeat(80), '🍜 noodles']) {
      const id = deriveId(name, 'fallback');
      expect(isValidId(id), `${name} -> ${id}`).toBe(true);
    }
  });

  test('gives start-fresh a Chinese pillar its own name as id, not pillar-1', () => {
    const planner = buildStarterPlanner({ name: '林小厨', pillar: '家常菜', timezone: 'Asia/Shanghai' });
    expect(planner.brand.pillars[0]!.id).toBe('家常菜');
  });
});
