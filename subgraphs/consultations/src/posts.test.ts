// The write path end to end on a real instance: a preview returns exactly what would be stored and every change;
// confirming stores it; the text as typed reaches no table, log, error or audit record; a post is published only
// in a group of k posts with the same description, or held back and released when the group is complete; bad
// input changes nothing and is never quoted back.
import { isIndividualNumber } from '@renkei/anonymiser';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { consultationCount, consultationPost, consultationPreview } from './db/schema.js';
import { consultationsTestBench } from './test-bench.js';
import type { TestCaller } from './test-server.js';

const bench = consultationsTestBench('consultations-posts-test');
const ask = bench.ask.bind(bench);

const PREVIEW = `mutation($input: ConsultationPostInput!) {
  previewConsultationPost(input: $input) {
    id expiresAt wouldBeHeldBack
    changes { field kind measure reason reasonJa inputStart inputEnd replacement }
    post { id status question narrative supportsUsed { category description } ageBand { from to labelJa } sex household place { level name } generalisations { attribute reasonJa } heldBackReasonJa }
  }
}`;
const POST = `mutation($id: ID!) { postConsultation(previewId: $id) { id status question narrative ageBand { labelJa } sex household place { level name } generalisations { attribute } } }`;
const READ = `query($id: ID!) { consultationPost(id: $id) { id status ageBand { labelJa } sex household place { level name } question } }`;

// A valid My Number: the check digit is computed, so that only the anonymiser's own rule can remove it.
function individualNumber(): string {
  for (let d = 0; d <= 9; d++) if (isIndividualNumber(`48263917052${d}`)) return `48263917052${d}`;
  throw new Error('no check digit fits');
}
const MY_NUMBER = individualNumber();
const RAW = {
  name: '佐藤健一',
  phone: '090-3187-5521',
  address: '隈府1234番地',
  birth: '1982年4月12日',
  school: '菊池北中学校',
};
const rawNarrative =
  `${RAW.name}さん（${RAW.birth}生まれ）は菊池市${RAW.address}に母と暮らす。携帯は${RAW.phone}、マイナンバーは${MY_NUMBER}。` +
  `長男は${RAW.school}に通っていたが不登校。家賃の滞納が3か月続いている。`;

function draft(overrides: Record<string, unknown> = {}) {
  return {
    municipalityCode: '432105',
    ageBand: 'FORTIES',
    sex: 'MALE',
    household: 'SINGLE_PARENT',
    issueCategories: ['ARREARS', 'SCHOOL_ABSENCE'],
    supportsUsed: [{ category: 'STATUTORY', description: '住居確保給付金' }],
    processStage: 'ASSESSMENT',
    legalBasis: 'CONSENT',
    sharingScope: 'REGION',
    question: '家賃滞納が続く世帯で、子どもの不登校も重なっている場合、どこから手をつけましたか。',
    narrative: rawNarrative,
    ...overrides,
  };
}

interface Preview {
  id: string;
  wouldBeHeldBack: boolean;
  changes: { field: string; kind: string; inputStart: number; inputEnd: number; replacement: string }[];
  post: { id: string; status: string; narrative: string; question: string; place: { level: string; name: string }; ageBand: { labelJa: string } | null };
}

async function preview(caller: TestCaller, input: Record<string, unknown>) {
  const { data, errors } = await ask<{ previewConsultationPost: Preview }>(caller, PREVIEW, { input });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.previewConsultationPost;
}

async function post(caller: TestCaller, input: Record<string, unknown>) {
  const p = await preview(caller, input);
  const { data, errors } = await ask<{ postConsultation: { id: string; status: string } }>(caller, POST, { id: p.id });
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return { preview: p, post: data!.postConsultation };
}

/** Every row of every table of the subgraph, as text. */
async function everything(): Promise<string> {
  const tables = ['consultation_post', 'consultation_answer', 'consultation_preview', 'consultation_count', 'audit_record'];
  const dumps = await Promise.all(tables.map((t) => bench.subgraph.orm.execute(sql.raw(`select coalesce(json_agg(t)::text, '') as dump from consultations.${t} t`))));
  return dumps.map((d) => String(((d as { rows?: { dump: string }[] }).rows ?? (d as unknown as { dump: string }[]))[0]?.dump ?? '')).join('\n');
}

describe('a preview', () => {
  it('returns exactly what would be stored, with every change and its reason, and never the removed text', async () => {
    const p = await preview('worker', draft({ ageBand: 'SIXTIES', household: 'COUPLE' }));
    for (const value of [...Object.values(RAW), MY_NUMBER]) expect(p.post.narrative).not.toContain(value);
    expect(p.post.narrative).toContain('家賃の滞納が3か月続いている');
    const kinds = new Set(p.changes.map((c) => c.kind));
    for (const kind of ['PERSONAL_NAME', 'BIRTH_DATE', 'ADDRESS', 'PHONE_NUMBER', 'INDIVIDUAL_NUMBER', 'SCHOOL']) expect(kinds).toContain(kind);
    // Offsets point into the worker's own text: what they cover is what was removed.
    const name = p.changes.find((c) => c.kind === 'PERSONAL_NAME')!;
    expect(rawNarrative.slice(name.inputStart, name.inputEnd)).toContain('佐藤');
    expect(JSON.stringify(p.changes)).not.toContain(RAW.name);
    // Alone in its description it would be held back, and says so.
    expect(p.wouldBeHeldBack).toBe(true);
    expect(p.post.status).toBe('HELD_BACK');
    expect(p.post.ageBand).toBeNull();
    expect(p.post.place.level).toBe('REGION');
    // What a preview keeps is the anonymised result only.
    const [kept] = await bench.subgraph.orm.select().from(consultationPreview).where(sql`${consultationPreview.id} = ${p.id.split(':')[2]!}`);
    expect(JSON.stringify(kept!.payload)).toContain('家賃の滞納が3か月続いている');
    expect(JSON.stringify(kept!.payload)).not.toContain(RAW.name);
  });

  it('refuses bad input naming the field, never quotes the text back, and stores nothing', async () => {
    const before = await everything();
    const cases: [Record<string, unknown>, string][] = [
      [{ question: `${RAW.name}さんについて。${'あ'.repeat(2000)}` }, 'input.question'],
      [{ narrative: `${RAW.phone}${'い'.repeat(8000)}` }, 'input.narrative'],
      [{ question: '   ' }, 'input.question'],
      [{ municipalityCode: '432106' }, 'input.municipalityCode'],
      [{ issueCategories: [] }, 'input.issueCategories'],
      [{ legalBasis: 'SUPPORT_MEETING', sharingScope: 'REGION' }, 'input.sharingScope'],
      [{ supportsUsed: [{ category: 'INFORMAL', description: `${RAW.name}の親戚${'う'.repeat(200)}` }] }, 'input.supportsUsed.0.description'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await ask('worker', PREVIEW, { input: draft(overrides) });
      expect(errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(typeof errors?.[0]?.extensions?.messageJa).toBe('string');
      expect(JSON.stringify(errors)).not.toContain(RAW.name);
      expect(JSON.stringify(errors)).not.toContain(RAW.phone);
    }
    expect(await everything()).toBe(before);
  });

  it('is made only by consultation workers of an organisation, in their own region', async () => {
    for (const caller of ['city', 'foodbank', 'kumamotoPref', 'admin', 'public'] as const) {
      const { data, errors } = await ask(caller, PREVIEW, { input: draft() });
      expect(data?.previewConsultationPost ?? null, caller).toBeNull();
      expect(['FORBIDDEN', 'UNAUTHENTICATED'], caller).toContain(errors?.[0]?.extensions?.code);
    }
    const { errors } = await ask('gifuWorker', PREVIEW, { input: draft() });
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a confirmed post', () => {
  it('leaves no trace of the text as typed in any table, log, error or audit record', async () => {
    const { post: stored } = await post('worker', draft({ ageBand: 'SEVENTIES', household: 'OTHER' }));
    const { errors } = await ask('worker', POST, { id: 'kikuchi:ConsultationPreview:00000000-0000-4000-8000-000000000000' });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const all = await everything();
    expect(all).toContain(stored.id.split(':')[2]);
    const logs = JSON.stringify(bench.logs.lines);
    for (const value of [...Object.values(RAW), MY_NUMBER, MY_NUMBER.slice(0, 4) + ' ' + MY_NUMBER.slice(4, 8)]) {
      expect(all, value).not.toContain(value);
      expect(logs, value).not.toContain(value);
    }
    // The audit trail has the write, by record and field names.
    expect(all).toMatch(/Mutation\.postConsultation/);
    // A preview is confirmed once.
    expect(await bench.subgraph.orm.select().from(consultationPreview).where(sql`${consultationPreview.kind} = 'POST'`)).toHaveLength(1);
  });

  it('is published only when k posts share its description; held-back posts are released with the one that completes the group', async () => {
    // In 新潟県, where nothing else is posted: held-back posts of a region join a group at any rung of the ladder.
    const description = { ageBand: 'THIRTIES', sex: 'FEMALE', household: 'SINGLE', municipalityCode: '151009' };
    const first = await post('niigataWorker', draft(description));
    expect(first.post.status).toBe('HELD_BACK');
    const second = await post('niigataWorker', draft(description));
    expect(second.post.status).toBe('HELD_BACK');
    // Held back, a post is seen by its own organisation only.
    expect((await ask<{ consultationPost: unknown }>('niigataWorker', READ, { id: first.post.id })).data?.consultationPost).not.toBeNull();
    const third = await post('niigataWorker', draft(description));
    const published = { status: 'OPEN', ageBand: { labelJa: '30代' }, sex: 'FEMALE', household: 'SINGLE', place: { level: 'MUNICIPALITY', name: '新潟市' } };
    expect(third.post).toMatchObject(published);
    for (const { post: p } of [first, second]) {
      const { data } = await ask<{ consultationPost: Record<string, unknown> }>('niigataWorker', READ, { id: p.id });
      expect(data!.consultationPost).toMatchObject(published);
    }
    // Once published, the description as written is forgotten.
    const rows = await bench.subgraph.orm.select().from(consultationPost).where(sql`${consultationPost.region} = 'niigata'`);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.writtenAgeFrom === null && r.writtenSex === null && r.writtenHousehold === null)).toBe(true);
  });

  it('is held back from everyone but its organisation', async () => {
    const { post: held } = await post('worker', draft({ ageBand: 'TEENS', sex: 'FEMALE', household: 'THREE_GENERATIONS', sharingScope: 'MUNICIPALITY', legalBasis: 'SUPPORT_MEETING' }));
    expect(held.status).toBe('HELD_BACK');
    expect((await ask<{ consultationPost: unknown }>('colleague', READ, { id: held.id })).data?.consultationPost).not.toBeNull();
    expect((await ask<{ consultationPost: unknown }>('kikuyoWorker', READ, { id: held.id })).data?.consultationPost).toBeNull();
    // Not published, it cannot be closed or answered.
    const close = await ask('worker', `mutation($id: ID!) { closeConsultationPost(id: $id) { status } }`, { id: held.id });
    expect(close.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const answer = await ask('colleague', `mutation($id: ID!) { previewConsultationAnswer(postId: $id, text: "助言です。") { id } }`, { id: held.id });
    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses IDs that are not what the field takes, naming the field and changing nothing', async () => {
    const before = await everything();
    const badPreview = await ask('worker', POST, { id: 'not-an-id' });
    expect(badPreview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'previewId' });
    const postAsPreview = await ask('worker', `mutation($id: ID!) { answerConsultation(previewId: $id) { id } }`, { id: 'kikuchi:ConsultationPost:00000000-0000-4000-8000-000000000000' });
    expect(postAsPreview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'previewId' });
    const badPost = await ask('worker', `mutation { previewConsultationAnswer(postId: "kikuchi:Shelter:1", text: "助言です。") { id } }`);
    expect(badPost.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });
    expect(await everything()).toBe(before);
  });

  it('is CONFLICT when other posts changed its outcome since the preview, and writes nothing', async () => {
    const description = { ageBand: 'TWENTIES', sex: 'MALE', household: 'WITH_PARENTS', municipalityCode: '212016' };
    const waiting = await preview('gifuWorker', draft(description));
    expect(waiting.wouldBeHeldBack).toBe(true);
    await post('gifuWorker', draft(description));
    await post('gifuWorker', draft(description));
    const before = await bench.subgraph.orm.select().from(consultationPost);
    const { errors } = await ask('gifuWorker', POST, { id: waiting.id });
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await bench.subgraph.orm.select().from(consultationPost)).toHaveLength(before.length);
    // Previewed again, it completes the group.
    const again = await preview('gifuWorker', draft(description));
    expect(again.wouldBeHeldBack).toBe(false);
  });

  it("is confirmed only by the worker who previewed it, and counts in its municipality's month", async () => {
    const p = await preview('worker', draft({ ageBand: 'EIGHTIES', issueCategories: ['CARE'] }));
    const byColleague = await ask('colleague', POST, { id: p.id });
    expect(byColleague.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const month = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);
    const countOf = async () =>
      (await bench.subgraph.orm.select().from(consultationCount).where(sql`${consultationCount.category} = 'CARE' and ${consultationCount.month} = ${month} and ${consultationCount.municipalityCode} = '432105'`))[0]?.count ?? 0;
    const before = await countOf();
    expect((await ask('worker', POST, { id: p.id })).errors).toBeUndefined();
    expect(await countOf()).toBe(before + 1);
  });
});
