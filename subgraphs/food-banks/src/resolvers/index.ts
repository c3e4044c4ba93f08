import { DateScalar, DateTime } from '@renkei/scalars';
import { auditResolvers } from '../audit.js';
import { mutationResolvers } from './mutation.js';
import { offerResolvers } from './offer.js';
import { queryResolvers } from './query.js';
import { referenceResolvers } from './reference.js';
import { referralResolvers } from './referral.js';
import { siteResolvers } from './site.js';

export const resolvers = {
  DateTime,
  Date: DateScalar,
  Query: { ...queryResolvers.Query, ...auditResolvers.Query },
  AuditRecord: auditResolvers.AuditRecord,
  ...mutationResolvers,
  ...siteResolvers,
  ...offerResolvers,
  ...referralResolvers,
  ...referenceResolvers,
};
