// Per-request DataLoaders: every list- or entity-valued field loads through one of these, so the number of SQL
// statements grows with the depth of a query, never with the length of a list.
import type { Position } from '@renkei/connections';
import { rowsByKey, type KeyedPage } from '@renkei/db';
import DataLoader from 'dataloader';
import type { Reader } from './access.js';
import { answerPages, answersByIds, postsByIds, type ConsultationsOrm } from './db/queries.js';
import type { ConsultationAnswerRow, ConsultationPostRow } from './db/schema.js';

export interface AnswerPageKey {
  postId: string;
  first: number;
  position: Position | undefined;
}

const pageKey = (r: AnswerPageKey) => JSON.stringify([r.postId, r.first, r.position ?? null]);
const groupKey = (r: AnswerPageKey) => JSON.stringify([r.first, r.position ?? null]);

export function createLoaders(orm: ConsultationsOrm, reader: Reader | null, regions: string[]) {
  return {
    /** Posts the caller may read; any other is null. */
    post: new DataLoader<string, ConsultationPostRow | null>(async (ids) => rowsByKey(await postsByIds(orm, ids, reader, regions), ids, (r) => r.id)),
    answer: new DataLoader<string, ConsultationAnswerRow | null>(async (ids) => rowsByKey(await answersByIds(orm, ids), ids, (r) => r.id)),
    /** Pages asked for with the same size and cursor share one pair of statements. */
    answerPages: new DataLoader<AnswerPageKey, KeyedPage, string>(
      async (requests) => {
        const groups = new Map<string, AnswerPageKey[]>();
        for (const r of requests) groups.set(groupKey(r), [...(groups.get(groupKey(r)) ?? []), r]);
        const pages = new Map<string, KeyedPage>();
        for (const group of groups.values()) {
          const byPost = await answerPages(orm, [...new Set(group.map((r) => r.postId))], group[0]!.first, group[0]!.position);
          for (const r of group) pages.set(pageKey(r), byPost.get(r.postId)!);
        }
        return requests.map((r) => pages.get(pageKey(r))!);
      },
      { cacheKeyFn: pageKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
