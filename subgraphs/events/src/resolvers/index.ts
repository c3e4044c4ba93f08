import { DateScalar, DateTime } from '@renkei/scalars';
import { auditResolvers } from '../audit.js';
import { eventResolvers } from './event.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';

export const resolvers = {
  DateTime,
  Date: DateScalar,
  Query: { ...queryResolvers.Query, ...auditResolvers.Query },
  AuditRecord: auditResolvers.AuditRecord,
  ...mutationResolvers,
  ...eventResolvers,
  ...referenceResolvers,
};
