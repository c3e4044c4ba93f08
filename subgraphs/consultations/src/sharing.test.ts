// Who reads a post, through the listing and by ID (the same SQL rule): its organisation, the workers of its
// municipality, of its region, or of the regions sharing consultations with its own, as its legal basis and
// scope say; nobody else, and nobody who is not a consultation worker. Answers come from within the scope, also
// from a region under a sharing agreement; every read is audited.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditRecord, consultationAnswer } from './db/schema.js';
import { consultationsTestBench } from './test-bench.js';
import type { TestCaller } from './test-server.js';

const bench = consultationsTestBench('consultations-sharing-test');
const ask = bench.ask.bind(bench);

const PREVIEW = `mutation($input: ConsultationPostInput!) { previewConsultationPost(input: $input) { id } }`;
const POST = `mutation($id: ID!) { postConsultation(previewId: $id) { id status } }`;
const READ = `query($id: ID!) { consultationPost(id: $id) { id } }`;
const LIST = `{ consultationPosts(first: 100) { totalCount edges { node { id } } } }`;

const posted: Record<string, string[]> = {};

async function postAs(caller: TestCaller, input: Record<string, unknown>): Promise<string> {
  const preview = await ask<{ previewConsultationPost: { id: string } }>(caller, PREVIEW, { input });
  expect(preview.errors, JSON.stringify(preview.errors)).toBeUndefined();
  const confirmed = await ask<{ postConsultation: { id: string } }>(caller, POST, { id: preview.data!.previewConsultationPost.id });
  expect(confirmed.errors, JSON.stringify(confirmed.errors)).toBeUndefined();
  return confirmed.data!.postConsultation.id;
}

/** Three posts with one description, so that they are published (k = 3). */
async function group(label: string, caller: TestCaller, input: Record<string, unknown>) {
  const base = {
    ageBand: 'FIFTIES',
    sex: 'MALE',
    household: 'SINGLE',
    issueCategories: ['EMPLOYMENT'],
    processStage: 'PLANNING',
    question: '就労準備支援につなぐ前に、生活リズムを整えるためにどんな工夫をしましたか。',
    ...input,
  };
  posted[label] = [await postAs(caller, base), await postAs(caller, base), await postAs(caller, base)];
}

beforeAll(async () => {
  await group('municipality', 'worker', { municipalityCode: '432105', legalBasis: 'SUPPORT_MEETING', sharingScope: 'MUNICIPALITY' });
  await group('kikuyo', 'kikuyoWorker', { municipalityCode: '434043', legalBasis: 'SUPPORT_MEETING', sharingScope: 'MUNICIPALITY', ageBand: 'SIXTIES' });
  await group('region', 'worker', { municipalityCode: '432105', legalBasis: 'CONSENT', sharingScope: 'REGION', ageBand: 'THIRTIES' });
  await group('network', 'worker', { municipalityCode: '432164', legalBasis: 'ANONYMISED', sharingScope: 'NETWORK', ageBand: 'TWENTIES' });
  await group('niigata', 'niigataWorker', { municipalityCode: '151009', legalBasis: 'ANONYMISED', sharingScope: 'NETWORK' });
}, 60_000);

// Who reads which group: the case meetings of 菊池市 stay in 菊池市, 菊陽町's in 菊陽町 (and their posting organisations).
const EXPECTED: Record<string, TestCaller[]> = {
  municipality: ['worker', 'colleague'],
  kikuyo: ['kikuyoWorker'],
  region: ['worker', 'colleague', 'kikuyoWorker'],
  network: ['worker', 'colleague', 'kikuyoWorker', 'gifuWorker'],
  niigata: ['niigataWorker'],
};
const CALLERS: TestCaller[] = ['worker', 'colleague', 'kikuyoWorker', 'gifuWorker', 'niigataWorker', 'city', 'kumamotoPref', 'foodbank', 'admin', 'public'];

describe('the sharing scope', () => {
  it.each(CALLERS)('is what %s reads, by ID and in the listing', async (caller) => {
    const list = await ask<{ consultationPosts: { edges: { node: { id: string } }[] } | null }>(caller, LIST);
    const listed = new Set(list.data?.consultationPosts?.edges.map((e) => e.node.id) ?? []);
    for (const [label, ids] of Object.entries(posted)) {
      const allowed = EXPECTED[label]!.includes(caller);
      for (const id of ids) {
        const { data } = await ask<{ consultationPost: { id: string } | null }>(caller, READ, { id });
        expect(data?.consultationPost?.id ?? null, `${caller} ${label} by ID`).toBe(allowed ? id : null);
        expect(listed.has(id), `${caller} ${label} listed`).toBe(allowed);
      }
    }
    if (!['worker', 'colleague', 'kikuyoWorker', 'gifuWorker', 'niigataWorker'].includes(caller)) {
      expect(list.data?.consultationPosts ?? null).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(list.errors?.[0]?.extensions?.code);
    }
  });

  it("refuses a post kept within a municipality about another municipality's case", async () => {
    const { errors } = await ask('worker', PREVIEW, {
      input: { municipalityCode: '434035', ageBand: 'FIFTIES', issueCategories: ['EMPLOYMENT'], processStage: 'PLANNING', legalBasis: 'SUPPORT_MEETING', sharingScope: 'MUNICIPALITY', question: '質問です。' },
    });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages by the day a post was written, never by the time', async () => {
    const { data } = await ask<{ consultationPosts: { pageInfo: { endCursor: string } } }>('worker', `{ consultationPosts(first: 1) { pageInfo { endCursor } } }`);
    const [sortKey] = JSON.parse(Buffer.from(data!.consultationPosts.pageInfo.endCursor, 'base64url').toString('utf8')) as [string, string];
    // Eight digits: a day, where milliseconds would take thirteen.
    expect(sortKey).toMatch(/^\d{8}$/);
    const second = await ask<{ consultationPosts: { edges: unknown[] } }>('worker', `query($after: String) { consultationPosts(first: 1, after: $after) { edges { node { id } } } }`, {
      after: data!.consultationPosts.pageInfo.endCursor,
    });
    expect(second.data!.consultationPosts.edges).toHaveLength(1);
  });

  it('records every read in the audit trail', async () => {
    await ask('gifuWorker', READ, { id: posted.network![0] });
    const reads = await bench.subgraph.orm.select().from(auditRecord).where(sql`${auditRecord.action} = 'read' and ${auditRecord.subject} = 't-gifu'`);
    expect(reads.flatMap((r) => r.recordIds)).toContain(posted.network![0]);
  });
});

describe('an answer', () => {
  const PREVIEW_ANSWER = `mutation($post: ID!, $text: String!) { previewConsultationAnswer(postId: $post, text: $text) { id text changes { kind } } }`;
  const ANSWER = `mutation($id: ID!) { answerConsultation(previewId: $id) { id text answeredFromRegion organization { id } } }`;
  const ANSWERS = `query($id: ID!) { consultationPost(id: $id) { status answers { totalCount edges { node { text answeredFromRegion } } } } }`;

  it('comes from a region under a sharing agreement, anonymised like a post', async () => {
    const text = '岐阜では、ぎふNPOセンターの山本さん（058-263-1234）が同行して、地域若者サポートステーションにつなぎました。';
    const preview = await ask<{ previewConsultationAnswer: { id: string; text: string; changes: { kind: string }[] } }>('gifuWorker', PREVIEW_ANSWER, { post: posted.network![0], text });
    expect(preview.errors, JSON.stringify(preview.errors)).toBeUndefined();
    expect(preview.data!.previewConsultationAnswer.text).not.toContain('058-263-1234');
    expect(preview.data!.previewConsultationAnswer.text).not.toContain('山本');
    const answer = await ask<{ answerConsultation: { answeredFromRegion: string } }>('gifuWorker', ANSWER, { id: preview.data!.previewConsultationAnswer.id });
    expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
    expect(answer.data!.answerConsultation.answeredFromRegion).toBe('gifu');
    const read = await ask<{ consultationPost: { status: string; answers: { totalCount: number } } }>('worker', ANSWERS, { id: posted.network![0] });
    expect(read.data!.consultationPost).toMatchObject({ status: 'ANSWERED', answers: { totalCount: 1 } });
    expect(JSON.stringify(await bench.subgraph.orm.select().from(consultationAnswer))).not.toContain('058-263-1234');
  });

  it('is refused outside the scope, on a closed post, and to anyone but a consultation worker', async () => {
    const outside = await ask('niigataWorker', PREVIEW_ANSWER, { post: posted.network![1], text: '助言です。' });
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const gifuOnRegionPost = await ask('gifuWorker', PREVIEW_ANSWER, { post: posted.region![0], text: '助言です。' });
    expect(gifuOnRegionPost.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byCity = await ask('city', PREVIEW_ANSWER, { post: posted.region![0], text: '助言です。' });
    expect(byCity.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const empty = await ask('kikuyoWorker', PREVIEW_ANSWER, { post: posted.region![0], text: ' ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    const close = await ask('kikuyoWorker', `mutation($id: ID!) { closeConsultationPost(id: $id) { status } }`, { id: posted.region![1] });
    expect(close.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = await ask<{ closeConsultationPost: { status: string } }>('colleague', `mutation($id: ID!) { closeConsultationPost(id: $id) { status } }`, { id: posted.region![1] });
    expect(closed.data!.closeConsultationPost.status).toBe('CLOSED');
    const late = await ask('kikuyoWorker', PREVIEW_ANSWER, { post: posted.region![1], text: '助言です。' });
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
