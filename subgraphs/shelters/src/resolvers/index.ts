import { DateTime } from '@renkei/scalars';
import { auditResolvers } from '../audit.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';
import { shelterResolvers } from './shelter.js';

export const resolvers = {
  DateTime,
  Query: { ...queryResolvers.Query, ...auditResolvers.Query },
  AuditRecord: auditResolvers.AuditRecord,
  ...mutationResolvers,
  ...shelterResolvers,
  ...referenceResolvers,
};
