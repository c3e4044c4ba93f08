// The writes: preview, then confirm. A preview anonymises and generalises, keeps the result (never the draft) for
// its author for 30 minutes and returns it with every change; confirming works the generalisation out again,
// under a lock per region so that two posts cannot both count on a group neither completes.
import { randomUUID } from 'node:crypto';
import { badUserInput, hubError, notFound } from '@renkei/errors';
import { formatGlobalId, parseGlobalId } from '@renkei/regions';
import { toTokyoIso, tokyoDate } from '@renkei/scalars';
import { regionToWrite } from '@renkei/subgraph-host';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { assertMunicipalityScope, assertOwnPost, assertPostsInOwnRegion, writerOf } from '../access.js';
import { auditWrite, postGlobalId } from '../audit.js';
import type { ConsultationsContext } from '../context.js';
import { postsByIds, type Tx } from '../db/queries.js';
import { consultationAnswer, consultationCount, consultationPost, consultationPreview, type ConsultationPostRow, type FlagValue } from '../db/schema.js';
import { anonymiseAnswer, anonymisePost, decide, regionOf, rowOf, sameOutcome, writtenDescription, type StoredPost } from '../drafting.js';
import { insertPost } from '../db/writes.js';
import { answerText, postDraft } from '../validation.js';
import { answerGlobalId } from './post.js';

export const PREVIEW_MINUTES = 30;

interface AnswerPayload {
  id: string;
  postId: string;
  organizationId: string;
  answeredFromRegion: string;
  text: string;
  flags: FlagValue[];
}

const previewExpired = () =>
  notFound('There is no such preview of yours, or it expired after 30 minutes: preview again', 'そのプレビューはないか、30分の有効期限が切れています。もう一度プレビューしてください。');

async function storePreview(ctx: ConsultationsContext, region: string, kind: 'POST' | 'ANSWER', id: string, payload: unknown) {
  const expiresAt = new Date(ctx.now.getTime() + PREVIEW_MINUTES * 60_000);
  await ctx.orm.transaction(async (tx) => {
    await tx.delete(consultationPreview).where(lt(consultationPreview.expiresAt, ctx.now));
    await tx.insert(consultationPreview).values({ id, region, kind, subject: ctx.identity.subject!, payload, expiresAt });
  });
  return toTokyoIso(expiresAt);
}

/** The caller's own unexpired preview of a kind, in a region this request may write. */
async function takePreview(tx: Tx, ctx: ConsultationsContext, previewId: string, kind: 'POST' | 'ANSWER') {
  const id = parseGlobalId(previewId, 'ConsultationPreview');
  if (!id) throw badUserInput('Give the ID a preview returned', 'プレビューが返した ID を指定してください。', 'previewId');
  if (!ctx.writableRegions.includes(id.region)) throw previewExpired();
  const [row] = await tx
    .select()
    .from(consultationPreview)
    .where(
      and(
        eq(consultationPreview.id, id.localId),
        eq(consultationPreview.region, id.region),
        eq(consultationPreview.kind, kind),
        eq(consultationPreview.subject, ctx.identity.subject ?? ''),
        gt(consultationPreview.expiresAt, ctx.now),
      ),
    )
    .for('update');
  if (!row) throw previewExpired();
  return row;
}

/** One post's categories added to its municipality's count of this month (in Japan). */
async function countConsultation(tx: Tx, post: StoredPost, now: Date) {
  const month = tokyoDate(now).slice(0, 7);
  await tx
    .insert(consultationCount)
    .values(post.issueCategories.map((category) => ({ region: post.region, municipalityCode: post.municipalityCode, month, category, count: 1 })))
    .onConflictDoUpdate({
      target: [consultationCount.region, consultationCount.municipalityCode, consultationCount.month, consultationCount.category],
      set: { count: sql`${consultationCount.count} + 1` },
    });
}

async function readablePost(ctx: ConsultationsContext, tx: Tx | undefined, postId: string, field: string): Promise<ConsultationPostRow> {
  const id = parseGlobalId(postId, 'ConsultationPost');
  if (!id) throw badUserInput('Give the ID of a consultation post', '事例相談の ID を指定してください。', field);
  const [row] = await postsByIds(tx ?? ctx.orm, [id.localId], ctx.reader, ctx.regions.filter((r) => r === id.region), { lock: tx !== undefined });
  if (!row) throw notFound('There is no such post within your sharing scope', '共有範囲内にその投稿はありません。');
  return row;
}

function assertOpen(post: ConsultationPostRow) {
  if (post.status === 'CLOSED') throw hubError('CONFLICT', 'The post is closed and takes no more answers', 'この投稿は終了しているため回答できません。');
  if (post.status === 'HELD_BACK') throw hubError('CONFLICT', 'The post is held back and not published yet', 'この投稿は保留中で、まだ公開されていません。');
}

export const mutationResolvers = {
  Mutation: {
    previewConsultationPost: async (_: unknown, args: { input: Record<string, unknown> }, ctx: ConsultationsContext) => {
      const writer = writerOf(ctx.identity);
      const draft = postDraft(args.input ?? {});
      const regionCode = regionToWrite(ctx, draft.municipalityCode, 'input.municipalityCode');
      assertPostsInOwnRegion(writer, regionCode);
      assertMunicipalityScope(writer, draft);
      const region = regionOf(ctx.registry, regionCode);
      const written = writtenDescription(draft);
      const { outcome } = await decide(ctx.orm, region, written, draft.sharingScope, ctx.k);
      const { changes, ...texts } = anonymisePost(ctx.anonymiser, region, draft, outcome);
      const post: StoredPost = {
        id: randomUUID(),
        region: regionCode,
        organizationId: writer.organizationId,
        municipalityCode: draft.municipalityCode,
        written,
        outcome,
        issueCategories: draft.issueCategories,
        processStage: draft.processStage,
        legalBasis: draft.legalBasis,
        sharingScope: draft.sharingScope,
        ...texts,
      };
      const expiresAt = await storePreview(ctx, regionCode, 'POST', post.id, post);
      return {
        id: formatGlobalId(regionCode, 'ConsultationPreview', post.id),
        expiresAt,
        post: rowOf(post, ctx.now),
        changes,
        wouldBeHeldBack: !outcome.published,
      };
    },

    postConsultation: async (_: unknown, args: { previewId: string }, ctx: ConsultationsContext) => {
      writerOf(ctx.identity);
      return ctx.orm.transaction(async (tx) => {
        const preview = await takePreview(tx, ctx, args.previewId, 'POST');
        const post = preview.payload as StoredPost;
        const region = regionOf(ctx.registry, post.region);
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`renkei:consultations:k:${post.region}`}))`);
        const decision = await decide(tx, region, post.written, post.sharingScope, ctx.k);
        if (!sameOutcome(decision.outcome, post.outcome)) {
          throw hubError(
            'CONFLICT',
            'Other posts changed how this one would be published since the preview: preview it again',
            'プレビューの後にほかの投稿があり、公開のされ方が変わりました。もう一度プレビューしてください。',
          );
        }
        const row = rowOf({ ...post, outcome: decision.outcome }, ctx.now);
        await insertPost(tx, row, decision.released);
        await countConsultation(tx, post, ctx.now);
        await tx.delete(consultationPreview).where(eq(consultationPreview.id, preview.id));
        const fields = ['ageBand', 'sex', 'household', 'place', 'issueCategories', 'supportsUsed', 'processStage', 'legalBasis', 'sharingScope', 'question', 'narrative'];
        await auditWrite(tx, ctx, 'Mutation.postConsultation', [postGlobalId(row), ...decision.released.map((r) => postGlobalId(r.row))], fields);
        return row;
      });
    },

    previewConsultationAnswer: async (_: unknown, args: { postId: string; text: string }, ctx: ConsultationsContext) => {
      const writer = writerOf(ctx.identity);
      const text = answerText(args.text);
      const post = await readablePost(ctx, undefined, args.postId, 'postId');
      assertOpen(post);
      const answer = anonymiseAnswer(ctx.anonymiser, regionOf(ctx.registry, post.region), post, text);
      const payload: AnswerPayload = {
        id: randomUUID(),
        postId: post.id,
        organizationId: writer.organizationId,
        answeredFromRegion: writer.region,
        text: answer.text,
        flags: answer.flags,
      };
      const expiresAt = await storePreview(ctx, post.region, 'ANSWER', payload.id, payload);
      return { id: formatGlobalId(post.region, 'ConsultationPreview', payload.id), expiresAt, text: answer.text, changes: answer.changes, unusualDescriptions: answer.flags };
    },

    answerConsultation: async (_: unknown, args: { previewId: string }, ctx: ConsultationsContext) => {
      writerOf(ctx.identity);
      return ctx.orm.transaction(async (tx) => {
        const preview = await takePreview(tx, ctx, args.previewId, 'ANSWER');
        const payload = preview.payload as AnswerPayload;
        const post = await readablePost(ctx, tx, formatGlobalId(preview.region, 'ConsultationPost', payload.postId), 'previewId');
        assertOpen(post);
        const [row] = await tx
          .insert(consultationAnswer)
          .values({
            id: payload.id,
            region: post.region,
            postId: post.id,
            organizationId: payload.organizationId,
            answeredFromRegion: payload.answeredFromRegion,
            text: payload.text,
            flags: payload.flags,
            answeredAt: ctx.now,
          })
          .returning();
        await tx.update(consultationPost).set({ status: 'ANSWERED' }).where(and(eq(consultationPost.id, post.id), eq(consultationPost.status, 'OPEN')));
        await tx.delete(consultationPreview).where(eq(consultationPreview.id, preview.id));
        await auditWrite(tx, ctx, 'Mutation.answerConsultation', [answerGlobalId(row!), postGlobalId(post)], ['text']);
        return row;
      });
    },

    closeConsultationPost: async (_: unknown, args: { id: string }, ctx: ConsultationsContext) => {
      const writer = writerOf(ctx.identity);
      return ctx.orm.transaction(async (tx) => {
        const post = await readablePost(ctx, tx, args.id, 'id');
        assertOwnPost(writer, post);
        if (post.status === 'HELD_BACK') throw hubError('CONFLICT', 'A held-back post is not published and cannot be closed', '保留中の投稿は公開されていないため終了できません。');
        if (post.status === 'CLOSED') return post;
        const [row] = await tx.update(consultationPost).set({ status: 'CLOSED', closedAt: ctx.now }).where(eq(consultationPost.id, post.id)).returning();
        await auditWrite(tx, ctx, 'Mutation.closeConsultationPost', [postGlobalId(post)], ['status']);
        return row;
      });
    },
  },
};
