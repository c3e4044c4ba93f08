import { badUserInput } from '@renkei/errors';
import { municipalityCode } from '@renkei/input-checks';
import { addDays } from '@renkei/scalars';
import type { EventsContext } from '../context.js';
import { ATTENDEE_KINDS, AUDIENCES, EVENT_TYPES, STATUSES, terms } from '../vocabulary.js';
import { eventConnection, loadEvent, loadSeries } from './event.js';

/** The longest calendar one request may ask for. */
export const MAX_CALENDAR_DAYS = 400;

interface EventFilterInput {
  from: string;
  to: string;
  municipalityCodes?: string[] | null;
  types?: string[] | null;
  audiences?: string[] | null;
  text?: string | null;
  includeCancelled?: boolean | null;
}

function checkedFilter(filter: EventFilterInput): EventFilterInput {
  if (filter.to < filter.from) throw badUserInput('"to" is before "from"', '期間の終わり（to）が始め（from）より前です。', 'filter.to');
  if (addDays(filter.from, MAX_CALENDAR_DAYS) < filter.to) {
    throw badUserInput(`A calendar spans at most ${MAX_CALENDAR_DAYS} days`, `期間は${MAX_CALENDAR_DAYS}日以内で指定してください。`, 'filter.to');
  }
  if ((filter.text ?? '').length > 200) throw badUserInput('The search text is at most 200 characters', '検索語は200文字以内です。', 'filter.text');
  return {
    ...filter,
    municipalityCodes: filter.municipalityCodes?.map((code, i) => municipalityCode(code, `filter.municipalityCodes.${i}`)),
  };
}

export const queryResolvers = {
  Query: {
    event: (_: unknown, { id }: { id: string }, ctx: EventsContext) => loadEvent(ctx, id),
    eventSeries: (_: unknown, { id }: { id: string }, ctx: EventsContext) => loadSeries(ctx, id),
    events: (
      _: unknown,
      args: { filter: EventFilterInput; first?: number | null; after?: string | null; regions?: string[] | null },
      ctx: EventsContext,
    ) => {
      const filter = checkedFilter(args.filter);
      // The gateway narrows by region itself; a caller reaching this instance directly may narrow it too.
      const regions = args.regions ? ctx.regions.filter((r) => args.regions!.includes(r)) : ctx.regions;
      return eventConnection(ctx, { ...filter, regions }, args);
    },
    eventVocabularies: () => ({
      types: terms(EVENT_TYPES),
      audiences: terms(AUDIENCES),
      statuses: terms(STATUSES),
      attendeeKinds: terms(ATTENDEE_KINDS),
    }),
  },
};
