/**
 * Synthetic content for the benchmarks: a brand with 5 channels and N posts of ~500 words over
 * 3 years, English and Chinese, written into a folder that holds content/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializePost } from '../../src/core/post-file.ts';

const EN = 'recipe braise noodles soy sauce ginger simmer wok dumplings broth camera light lens window styling props family market season kitchen dinner rice vegetables pork tofu garlic scallion steam plate bowl photo composition morning grandmother table'.split(' ');
const ZH = '红烧 面条 生抽 姜片 小火 慢炖 饺子 菜市场 外婆 家常菜 拍摄 光线 构图 厨房 米饭 豆腐 蒸汽 碗 季节 晚餐'.split(' ');
const CHANNELS = ['blog', 'newsletter', 'wechat', 'zhihu', 'linkedin'];

export const BENCH_START = Date.parse('2024-01-01T00:00:00Z');
export const BENCH_NOW = Date.parse('2026-12-31T00:00:00Z');

/** A small deterministic PRNG so every run measures the same content. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function syntheticPlanner() {
  return {
    version: 1,
    brand: {
      name: 'Bench Cook',
      label: 'The home cook who photographs her food',
      audience: 'Home cooks',
      strengths: ['cooking', 'photography'],
      timezone: 'Asia/Shanghai',
      pillars: [
        { id: 'recipes', name: 'Recipes', description: 'Weeknight recipes', keywords: ['recipe', 'braise', 'noodles', '红烧'] },
        { id: 'photos', name: 'Photos', description: 'Food photography', keywords: ['camera', 'light', '拍摄'] },
        { id: 'stories', name: 'Stories', description: 'Family and markets', keywords: ['family', 'market', '外婆'] },
      ],
    },
    channels: CHANNELS.map((id, i) => ({
      id,
      name: id,
      platform: id === 'newsletter' ? 'newsletter' : id === 'wechat' ? 'wechat' : id === 'zhihu' ? 'zhihu' : id === 'linkedin' ? 'linkedin' : 'blog',
      cadence: 'FREQ=DAILY',
      start: '2024-01-01',
      time: `${String(8 + i).padStart(2, "0")}:00`,
      timezone: ['Asia/Shanghai', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'UTC'][i],
    })),
    breaks: [{ from: '2025-08-01', to: '2025-08-14', reason: 'holiday' }],
  };
}

export function syntheticBody(random: () => number, words = 500): { body: string; zh: boolean } {
  const zh = random() < 0.3;
  const vocab = zh ? ZH : EN;
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocab[Math.floor(random() * vocab.length)]!);
  return { body: zh ? out.join('') : out.join(' '), zh };
}

/** Writes planner.json and `posts` post files under root/content; returns the root. */
export function writeSyntheticContent(root: string, posts: number, seed = 1): string {
  const random = prng(seed);
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  writeFileSync(join(root, 'content/planner.json'), JSON.stringify(syntheticPlanner(), null, 2));
  const span = BENCH_NOW - BENCH_START;
  for (let i = 0; i < posts; i++) {
    const { body, zh } = syntheticBody(random);
    const published = random() < 0.85;
    const at = new Date(BENCH_START + Math.floor(random() * span)).toISOString();
    const folder = join(root, 'content/posts', at.slice(0, 4));
    mkdirSync(folder, { recursive: true });
    const frontmatter = {
      title: zh ? `第${i}篇：家常菜` : `Post ${i}: weeknight cooking`,
      channel: CHANNELS[i % CHANNELS.length],
      status: published ? 'published' : 'draft',
      pillar: ['recipes', 'photos', 'stories'][i % 3],
      ...(published ? { publishedAt: at } : { plannedFor: at.slice(0, 10) }),
    };
    writeFileSync(join(folder, `post-${i}.md`), serializePost(frontmatter, body));
  }
  return root;
}
