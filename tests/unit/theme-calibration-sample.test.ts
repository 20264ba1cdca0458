import { describe, expect, it } from 'vitest';
import { BrandSchema } from '../../src/core/schema/planner.ts';
import { buildThemeModel, scoreTheme } from '../../src/core/theme/index.ts';
import { MAX_POSTS } from '../../src/core/theme/calibrate.ts';

const brand = BrandSchema.parse({
  name: 'Ana Ruiz', label: 'The Kubernetes engineer who measures what she runs',
  audience: 'Engineers who run containers and Kubernetes in production',
  strengths: ['Kubernetes', 'Linux performance'], timezone: 'UTC',
  pillars: [
    { id: 'kube', name: 'Kubernetes', description: 'Clusters, pods and the scheduler', keywords: ['kubernetes', 'pod', 'cluster'] },
    { id: 'perf', name: 'Linux performance', description: 'Profiling the kernel and its latency', keywords: ['latency', 'kernel', 'profiling'] },
  ],
});

const KUBE = ['pod', 'node', 'cluster', 'scheduler', 'kubelet', 'container', 'image', 'deployment', 'service', 'ingress', 'namespace', 'volume', 'controller', 'replica', 'manifest', 'helm', 'etcd', 'taint'];
const PERF = ['latency', 'cpu', 'flame', 'graph', 'perf', 'trace', 'ebpf', 'cache', 'memory', 'syscall', 'kernel', 'profile', 'throughput', 'disk', 'queue', 'interrupt', 'scheduler', 'softirq'];
const PROSE = ['the', 'we', 'restart', 'check', 'after', 'upgrade', 'then', 'watch', 'slow', 'again', 'read', 'write', 'fix', 'how', 'why'];

/** Post i: words drawn from one pillar's list and some prose, `words` long (a fixed generator: the same text every run). */
function post(i: number, list: readonly string[], words: number): string {
  let seed = i * 7919 + 17;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const out: string[] = [];
  for (let k = 0; k < words; k++) out.push(next() % 3 === 0 ? PROSE[next() % PROSE.length] : list[next() % list.length]);
  return out.join(' ') + '.';
}

// A blog that alternates long Kubernetes guides with short performance notes: 44 posts, more
// than MAX_POSTS, so the typical point is measured on a sample of them.
const posts = Array.from({ length: 44 }, (_, i) => ({ body: i % 2 === 0 ? post(i, KUBE, 900) : post(i, PERF, 60) }));
const drafts = [post(1001, KUBE, 200), post(1002, PERF, 200), post(1003, [...KUBE, ...PERF], 120)];

describe('the typical point of a brand with more posts than are measured', () => {
  it('has more posts than the sample holds', () => {
    expect(posts.length).toBeGreaterThan(MAX_POSTS);
  });

  it('moves by a few percent at most when one early post is taken out or published last', () => {
    const typical = (evidence: typeof posts) => buildThemeModel({ brand, evidence }).calibration.en.typical;
    const full = typical(posts);
    for (const changed of [posts.slice(1), [...posts.slice(2), posts[1]], [...posts.slice(0, 3), ...posts.slice(4)]]) {
      typical(changed).forEach((m, i) => expect(Math.abs(m / full[i] - 1), `length ${i}`).toBeLessThan(0.05));
    }
  });

  it('scores drafts about the same when one early post is taken out', () => {
    const all = buildThemeModel({ brand, evidence: posts });
    const fewer = buildThemeModel({ brand, evidence: posts.slice(1) });
    for (const body of drafts) expect(Math.abs(scoreTheme(all, { body }).score - scoreTheme(fewer, { body }).score), body.slice(0, 40)).toBeLessThan(0.03);
  });

  it('does not depend on the order the posts were published in', () => {
    const typical = (evidence: typeof posts) => buildThemeModel({ brand, evidence }).calibration.en.typical;
    const full = typical(posts);
    // Equal but for the order the posts' vectors were summed in.
    typical([...posts].reverse()).forEach((m, i) => expect(m).toBeCloseTo(full[i], 9));
  });
});
