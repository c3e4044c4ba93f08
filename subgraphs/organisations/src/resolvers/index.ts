import { auditResolvers } from '../audit.js';
import { DateTime } from '@renkei/scalars';
import { mutationResolvers } from './mutation.js';
import { organizationResolvers } from './organization.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';

export const resolvers = {
  DateTime,
  ...queryResolvers,
  Query: { ...queryResolvers.Query, ...auditResolvers.Query },
  AuditRecord: auditResolvers.AuditRecord,
  ...mutationResolvers,
  ...organizationResolvers,
  ...referenceResolvers,
};
