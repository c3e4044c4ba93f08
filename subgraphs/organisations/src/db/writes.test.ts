// A write that fails half-way leaves no trace: the organisation, its services and windows go in one transaction.
import { openTestDatabase, type TestDatabase } from '@renkei/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { prepareOrganisationsDatabase } from '../app.js';
import * as validate from '../validation.js';
import type { OrganisationsOrm } from './queries.js';
import { organization, service, serviceWindow } from './schema.js';
import { insertOrganization } from './writes.js';

let db: TestDatabase;
let orm: OrganisationsOrm;

beforeAll(async () => {
  db = await openTestDatabase();
  ({ orm } = await prepareOrganisationsDatabase(db));
});
afterAll(() => db?.close());

async function counts() {
  const one = async (table: typeof organization | typeof service | typeof serviceWindow) =>
    (await orm.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
  return { organizations: await one(organization), services: await one(service), windows: await one(serviceWindow) };
}

it('rolls back an organisation whose insert fails after its services were written', async () => {
  const draft = validate.organization({
    name: '途中で失敗する会',
    nameKana: 'トチュウデシッパイスルカイ',
    legalForm: 'NPO',
    municipalityCode: '434043',
    services: [
      { name: '相談', categories: ['CONSULTATION'], areas: [{ municipalityCode: '434043' }] },
      { name: '食材', categories: ['FOOD_PROVISION'] },
    ],
    windows: [{ name: '窓口', municipalityCode: '434043' }],
  });
  const before = await counts();
  // The same service ID twice: the second insert violates the primary key after the first has been written.
  const duplicate = '11111111-1111-4111-8111-111111111111';
  await expect(
    orm.transaction((tx) => insertOrganization(tx, 'kikuchi', draft, { serviceIds: [duplicate, duplicate] })),
  ).rejects.toThrow();
  expect(await counts()).toEqual(before);

  await orm.transaction((tx) => insertOrganization(tx, 'kikuchi', draft));
  expect(await counts()).toEqual({
    organizations: before.organizations + 1,
    services: before.services + 2,
    windows: before.windows + 1,
  });
});

it('applies its migrations once: a second start finds nothing to do', async () => {
  await expect(prepareOrganisationsDatabase(db)).resolves.toBeDefined();
});
