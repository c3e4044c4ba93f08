// Anonymised case consultations end to end: three regions, each with its own instances and database, one gateway.
// A 菊池 worker reads its region's posts and 岐阜's shared ones, never 新潟's; a post written through the gateway
// leaves no trace of the text as typed in any database table or log of the gateway or the subgraphs; a 岐阜 worker
// answers a shared 菊池 post in 菊池's instance (the region that holds it), a 新潟 worker cannot; the prefecture and
// the municipality read suppressed monthly counts, workers do not.
import { tables } from '@renkei/consultations-subgraph';
import { demoUuid } from '@renkei/db';
import type { HubClaims } from '@renkei/identity';
import { postGraphQL } from '@renkei/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;

const CALLERS = {
  kikuchiWorker: { sub: 'e-kikuchi-worker', roles: ['consultation_worker'], organization: org('kikuchi', 'kikuchi-kikuaikai'), municipality: '432105', region: 'kikuchi' },
  gifuWorker: { sub: 'e-gifu-worker', roles: ['consultation_worker'], organization: org('gifu', 'gifu-gifu-npo-center'), municipality: '212016', region: 'gifu' },
  niigataWorker: { sub: 'e-niigata-worker', roles: ['consultation_worker'], organization: org('niigata', 'niigata-rofukukyo'), municipality: '151009', region: 'niigata' },
  kikuchiCity: { sub: 'e-kikuchi-city', roles: ['municipal_staff'], organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'), municipality: '432105', region: 'kikuchi' },
  kumamotoPref: { sub: 'e-kumamoto', roles: ['prefecture_staff'], municipality: '430005', region: 'kikuchi' },
} satisfies Record<string, HubClaims>;
type Caller = keyof typeof CALLERS | 'public';

let hub: TestHub;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  hub = await startTestHub({ separateRegions: true });
  for (const [name, claims] of Object.entries(CALLERS)) tokens[name as Caller] = await hub.issuer.mint(claims);
}, 180_000);
afterAll(() => hub?.close());

function ask<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}) {
  const token = tokens[caller];
  return postGraphQL<T>(hub.gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
}

interface Node {
  id: string;
  region: string;
  status: string;
  sharingScope: string;
  postedByOwnOrganization: boolean;
}
const LIST = `query($regions: [ID!]) { consultationPosts(first: 100, regions: $regions) { totalCount edges { node { id region status sharingScope postedByOwnOrganization } } } }`;

async function listed(caller: Caller, regions?: string[]) {
  const { data, errors } = await ask<{ consultationPosts: { totalCount: number; edges: { node: Node }[] } }>(caller, LIST, { regions });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.consultationPosts.edges.map((e) => e.node);
}

describe('reading consultations across regions', () => {
  it("gives a 菊池 worker its region's posts and 岐阜's shared ones, merged newest first, and never 新潟's", async () => {
    const posts = await listed('kikuchiWorker');
    const regions = new Set(posts.map((p) => p.region));
    expect(regions).toEqual(new Set(['kikuchi', 'gifu']));
    expect(posts.filter((p) => p.region === 'gifu').every((p) => p.sharingScope === 'NETWORK')).toBe(true);
    expect(posts.filter((p) => p.region === 'kikuchi' && p.status === 'HELD_BACK').every((p) => p.postedByOwnOrganization)).toBe(true);
    const refused = await ask('kikuchiWorker', LIST, { regions: ['niigata'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(new Set((await listed('niigataWorker')).map((p) => p.region))).toEqual(new Set(['niigata']));
  });

  it('gives the public, organisations and local governments no post at all', async () => {
    for (const caller of ['public', 'kikuchiCity', 'kumamotoPref'] as const) {
      const { data, errors } = await ask(caller, LIST);
      expect(data?.consultationPosts ?? null).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(errors?.[0]?.extensions?.code);
    }
  });
});

describe('writing through the gateway', () => {
  const RAW = ['山田花子', '080-5562-1193', '隈府2-14-5', 'yamada.hanako@example.jp'];
  const input = {
    municipalityCode: '432164',
    ageBand: 'FIFTIES',
    sex: 'FEMALE',
    household: 'WITH_PARENTS',
    issueCategories: ['CARE', 'ECONOMIC_HARDSHIP'],
    processStage: 'CONSULTATION',
    legalBasis: 'ANONYMISED',
    sharingScope: 'NETWORK',
    question: `${RAW[0]}さんの母の介護と家計について、どの制度から当たりましたか。`,
    narrative: `${RAW[0]}さんは合志市${RAW[2]}で母と暮らす。連絡先は${RAW[1]}、メールは${RAW[3]}。介護離職のあと収入がない。`,
  };

  it('stores the anonymised post only: no table and no log of any region or the gateway holds the text as typed', async () => {
    const preview = await ask<{ previewConsultationPost: { id: string; post: { question: string } } }>(
      'kikuchiWorker',
      `mutation($input: ConsultationPostInput!) { previewConsultationPost(input: $input) { id post { question narrative } } }`,
      { input },
    );
    expect(preview.errors, JSON.stringify(preview.errors)).toBeUndefined();
    const posted = await ask('kikuchiWorker', `mutation($id: ID!) { postConsultation(previewId: $id) { id status } }`, { id: preview.data!.previewConsultationPost.id });
    expect(posted.errors, JSON.stringify(posted.errors)).toBeUndefined();
    // A bad input that carries the same text is refused without quoting it.
    const bad = await ask('kikuchiWorker', `mutation($input: ConsultationPostInput!) { previewConsultationPost(input: $input) { id } }`, {
      input: { ...input, question: `${input.question}${'。'.repeat(2000)}` },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.question' });
    const stored: string[] = [];
    for (const instance of Object.values(hub.consultations)) {
      for (const table of Object.values(tables)) stored.push(JSON.stringify(await instance.orm.select().from(table)));
    }
    expect(stored.join('\n')).toContain('Mutation.postConsultation');
    const everywhere = [JSON.stringify(preview.data), JSON.stringify(bad), stored.join('\n'), JSON.stringify(hub.gatewayLogs.lines), JSON.stringify(hub.subgraphLogs.lines)];
    for (const place of everywhere) for (const value of RAW) expect(place).not.toContain(value);
  });

  it("lets a 岐阜 worker answer a shared 菊池 post in 菊池's instance, and not a 新潟 worker", async () => {
    const target = (await listed('gifuWorker', ['kikuchi'])).find((p) => p.region === 'kikuchi' && ['OPEN', 'ANSWERED'].includes(p.status))!;
    expect(target).toBeDefined();
    const PREVIEW = `mutation($post: ID!, $text: String!) { previewConsultationAnswer(postId: $post, text: $text) { id text } }`;
    const preview = await ask<{ previewConsultationAnswer: { id: string } }>('gifuWorker', PREVIEW, { post: target.id, text: '岐阜では家計改善支援と就労準備支援を同時に始めました。' });
    expect(preview.errors, JSON.stringify(preview.errors)).toBeUndefined();
    expect(preview.data!.previewConsultationAnswer.id.startsWith('kikuchi:')).toBe(true);
    const answered = await ask<{ answerConsultation: { answeredFromRegion: string } }>('gifuWorker', `mutation($id: ID!) { answerConsultation(previewId: $id) { answeredFromRegion } }`, {
      id: preview.data!.previewConsultationAnswer.id,
    });
    expect(answered.errors, JSON.stringify(answered.errors)).toBeUndefined();
    expect(answered.data!.answerConsultation.answeredFromRegion).toBe('gifu');
    const held = await hub.consultations.kikuchi!.orm.select().from(tables.consultationAnswer);
    expect(held.some((a) => a.answeredFromRegion === 'gifu' && a.text.includes('家計改善支援'))).toBe(true);
    const fromNiigata = await ask('niigataWorker', PREVIEW, { post: target.id, text: '新潟からの回答です。' });
    expect(fromNiigata.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const postElsewhere = await ask('gifuWorker', `mutation($input: ConsultationPostInput!) { previewConsultationPost(input: $input) { id } }`, { input });
    expect(postElsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('monthly statistics through the gateway', () => {
  const QUERY = `query($m: String!) { consultationStatistics(fromMonth: $m, toMonth: $m) { suppressedBelow months { month total rows { municipality { code name } total counts { category count suppressed } } } } }`;
  // Last month in Japan: a month is published once it has ended.
  const now = new Date(Date.now() + 9 * 3_600_000);
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);

  it("give 熊本県 the four municipalities of 菊池圏域 and 菊池市 its own row, with small counts suppressed", async () => {
    const pref = await ask<{ consultationStatistics: { months: { total: number | null; rows: { municipality: { code: string; name: string }; counts: { count: number | null; suppressed: boolean }[] }[] }[] } }>(
      'kumamotoPref',
      QUERY,
      { m: month },
    );
    expect(pref.errors, JSON.stringify(pref.errors)).toBeUndefined();
    const rows = pref.data!.consultationStatistics.months[0]!.rows;
    expect(rows.map((r) => r.municipality.name)).toEqual(['菊池市', '合志市', '大津町', '菊陽町']);
    for (const cell of rows.flatMap((r) => r.counts)) {
      if (cell.suppressed) expect(cell.count).toBeNull();
      else expect(cell.count === 0 || cell.count! >= 3).toBe(true);
    }
    const city = await ask<{ consultationStatistics: { months: { rows: unknown[] }[] } }>('kikuchiCity', QUERY, { m: month });
    expect(city.data!.consultationStatistics.months[0]!.rows).toEqual([rows[0]]);
    const worker = await ask('kikuchiWorker', QUERY, { m: month });
    expect(worker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
