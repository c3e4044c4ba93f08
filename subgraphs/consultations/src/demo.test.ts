// The demo posts load through the write path (validation, anonymiser, generalisation) in all three regions, and
// what a worker then reads is what the sharing rules allow: 菊池 and 岐阜 see each other's NETWORK posts, 新潟 keeps its own.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consultationCount, consultationPost } from './db/schema.js';
import { DEMO_CONSULTATIONS } from './demo/index.js';
import { consultationsTestBench } from './test-bench.js';

const bench = consultationsTestBench('consultations-demo-test', { seed: true });

describe('the demo posts', () => {
  it('are stored in every region, most of them published, with answers', async () => {
    const rows = await bench.subgraph.orm.select().from(consultationPost);
    for (const region of ['kikuchi', 'niigata', 'gifu']) {
      const own = rows.filter((r) => r.region === region);
      expect(own.length, region).toBe(DEMO_CONSULTATIONS[region]!.posts.length);
      expect(own.filter((r) => r.status !== 'HELD_BACK').length, region).toBeGreaterThanOrEqual(own.length - 2);
    }
    const counts = await bench.subgraph.orm.select({ n: sql<number>`count(distinct ${consultationCount.municipalityCode})` }).from(consultationCount);
    expect(Number(counts[0]!.n)).toBeGreaterThan(30);
  });

  it('are read across regions only under the sharing agreement', async () => {
    const LIST = `{ consultationPosts(first: 100) { edges { node { region status } } } }`;
    const regionsOf = async (caller: 'worker' | 'gifuWorker' | 'niigataWorker') =>
      new Set((await bench.ask<{ consultationPosts: { edges: { node: { region: string } }[] } }>(caller, LIST)).data!.consultationPosts.edges.map((e) => e.node.region));
    expect(await regionsOf('niigataWorker')).toEqual(new Set(['niigata']));
    expect(await regionsOf('worker')).toContain('kikuchi');
    expect(await regionsOf('gifuWorker')).toContain('gifu');
  });
});
