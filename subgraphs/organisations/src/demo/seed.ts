// Loads the checked-in demo data of the given regions through the same validation and writes as the
// mutations, so the demo data can never be something the API itself would refuse.
import { demoUuid } from '@renkei/db';
import { sql } from 'drizzle-orm';
import { contact, organization } from '../db/schema.js';
import type { OrganisationsOrm } from '../db/queries.js';
import { insertNetwork, insertOrganization } from '../db/writes.js';
import * as validate from '../validation.js';
import { gifu } from './gifu.js';
import { kikuchi } from './kikuchi.js';
import { niigata } from './niigata.js';
import type { DemoOrganization, DemoRegionData } from './types.js';

export const DEMO_DATA: Record<string, DemoRegionData> = { kikuchi, niigata, gifu };

export { demoUuid };

function asInput(org: DemoOrganization): Record<string, unknown> {
  return {
    ...org,
    windows: org.windows.map(({ hours, ...w }) => ({ ...w, openingHours: hours })),
  };
}

export interface SeedReport {
  region: string;
  organizations: number;
  networks: number;
  skipped: boolean;
}

/** Seeds each region that has no organisations yet; a region already holding data is left alone. */
export async function seedDemoData(orm: OrganisationsOrm, regions: string[]): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  for (const region of regions) {
    const data = DEMO_DATA[region];
    if (!data) continue;
    const [existing] = await orm.select({ n: sql<number>`count(*)::int` }).from(organization).where(sql`${organization.region} = ${region}`);
    if ((existing?.n ?? 0) > 0) {
      reports.push({ region, organizations: 0, networks: 0, skipped: true });
      continue;
    }
    await orm.transaction(async (tx) => {
      for (const org of data.organizations) {
        const draft = validate.organization(asInput(org), `demo.${org.key}`);
        const id = await insertOrganization(tx, region, draft, {
          organizationId: demoUuid(org.key),
          serviceIds: org.services.map((s) => demoUuid(s.key)),
          windowIds: org.windows.map((w) => demoUuid(w.key)),
        });
        // One named contact each, plainly an example, so that the network-member rule has something to guard.
        await tx.insert(contact).values({
          organizationId: id,
          position: 0,
          name: '見本 担当者（例）',
          title: '相談支援員',
          phone: `000-0000-${String(data.organizations.indexOf(org) + 1).padStart(4, '0')}`,
          email: `contact@${org.key}.example`,
        });
      }
      for (const n of data.networks) {
        await insertNetwork(tx, {
          id: demoUuid(n.key),
          region,
          name: n.name,
          nameKana: n.nameKana,
          description: n.description,
          secretariatId: demoUuid(n.secretariatKey),
          meetingFrequency: n.meetingFrequency,
          admissionRule: n.admissionRule,
          tiers: n.tiers.map((t) => ({ level: t.level, name: t.name, description: t.description })),
          members: n.members.map((m) => ({ organizationId: demoUuid(m.organizationKey), role: m.role, tierLevel: m.tierLevel })),
        });
      }
    });
    reports.push({ region, organizations: data.organizations.length, networks: data.networks.length, skipped: false });
  }
  return reports;
}
