-- pg_trgm serves the free-text search (see src/db/schema.ts: search_text). In a shared database the
-- extension may already be there, created by another subgraph.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
