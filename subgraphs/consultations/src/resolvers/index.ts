import { DateScalar, DateTime } from '@renkei/scalars';
import { auditResolvers } from '../audit.js';
import { mutationResolvers } from './mutation.js';
import { postResolvers } from './post.js';
import { queryResolvers } from './query.js';

export const resolvers = {
  DateTime,
  Date: DateScalar,
  Query: { ...queryResolvers.Query, ...auditResolvers.Query },
  AuditRecord: auditResolvers.AuditRecord,
  ...mutationResolvers,
  ...postResolvers,
  Municipality: { __resolveReference: (ref: { code: string }) => ref },
};
