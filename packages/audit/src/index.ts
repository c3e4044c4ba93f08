export { appendOnlySql, auditTable, type AuditRow, type AuditTable } from './table.js';
export { appendAudit, auditEntry, GENESIS, hashOf, verifyAudit, type AuditAction, type AuditCaller, type AuditEntry, type ChainCheck } from './chain.js';
export { MAX_PURPOSE_LENGTH, PURPOSE_HEADER, readPurpose } from './purpose.js';
export { auditReadsPlugin, auditTrailQueries, auditTrailResolvers, type AuditReader } from './trail.js';
