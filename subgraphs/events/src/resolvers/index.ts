import { DateScalar, DateTime } from '@renkei/scalars';
import { eventResolvers } from './event.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';

export const resolvers = {
  DateTime,
  Date: DateScalar,
  ...queryResolvers,
  ...mutationResolvers,
  ...eventResolvers,
  ...referenceResolvers,
};
