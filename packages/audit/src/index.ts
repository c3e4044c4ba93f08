export { appendOnlySql, auditTable, type AuditRow, type AuditTable } from './table.js';
export { appendAudit, GENESIS, hashOf, verifyAudit, type AuditAction, type AuditEntry, type ChainCheck } from './chain.js';
export { MAX_PURPOSE_LENGTH, PURPOSE_HEADER, readPurpose } from './purpose.js';
