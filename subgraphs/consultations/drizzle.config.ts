import { defineConfig } from 'drizzle-kit';

// Migrations are generated offline (no database needed) and applied by the subgraph at start-up.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
  schemaFilter: ['consultations'],
});
