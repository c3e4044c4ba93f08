// Writes. Callers run them inside one transaction with drafts that validation.ts has already checked, so a
// failure half-way rolls everything back.
import { normaliseForSearch } from '@renkei/japanese-text';
import { and, asc, eq, max, sql } from 'drizzle-orm';
import type { OrganizationDraft, OrganizationPatch, ServiceDraft, ServicePatch, ServiceWindowDraft } from '../validation.js';
import type { OrganisationsOrm } from './queries.js';
import {
  network,
  networkMember,
  networkTier,
  openingHours,
  organization,
  programmeRole,
  service,
  serviceArea,
  serviceWindow,
} from './schema.js';

/** What a drizzle transaction callback receives; the same query API as the database itself. */
export type Tx = Parameters<Parameters<OrganisationsOrm['transaction']>[0]>[0];

async function insertServiceRows(tx: Tx, organizationId: string, draft: ServiceDraft, position: number, id?: string) {
  const [row] = await tx
    .insert(service)
    .values({
      ...(id ? { id } : {}),
      organizationId,
      position,
      name: draft.name,
      nameKana: draft.nameKana,
      description: draft.description,
      categories: draft.categories,
      targetGroups: draft.targetGroups,
      schoolAgeBands: draft.schoolAgeBands,
      fee: draft.fee,
    })
    .returning();
  if (draft.areas.length > 0) {
    await tx.insert(serviceArea).values(draft.areas.map((a, i) => ({ serviceId: row!.id, position: i, ...a })));
  }
  return row!;
}

async function insertWindowRows(tx: Tx, organizationId: string, draft: ServiceWindowDraft, position: number, id?: string) {
  const { openingHours: hours, ...fields } = draft;
  const [row] = await tx
    .insert(serviceWindow)
    .values({ ...(id ? { id } : {}), organizationId, position, ...fields })
    .returning();
  if (hours.length > 0) {
    await tx.insert(openingHours).values(hours.map((h, i) => ({ windowId: row!.id, position: i, ...h })));
  }
  return row!;
}

async function replaceProgrammeRoles(tx: Tx, organizationId: string, roles: OrganizationDraft['programmeRoles']) {
  await tx.delete(programmeRole).where(eq(programmeRole.organizationId, organizationId));
  if (roles.length > 0) await tx.insert(programmeRole).values(roles.map((r) => ({ organizationId, ...r })));
}

/**
 * Recomputes the organisation's search column from its own fields and its services' names, so that a search
 * for a service (家計相談) finds the organisation that offers it.
 */
export async function refreshSearchText(tx: Tx, organizationId: string): Promise<void> {
  const [org] = await tx.select().from(organization).where(eq(organization.id, organizationId));
  if (!org) return;
  const services = await tx
    .select({ name: service.name, nameKana: service.nameKana })
    .from(service)
    .where(eq(service.organizationId, organizationId))
    .orderBy(asc(service.position));
  const words = [org.name, org.nameKana, ...org.aliases, org.description ?? '', ...services.flatMap((s) => [s.name, s.nameKana ?? ''])];
  await tx
    .update(organization)
    .set({ searchText: words.map(normaliseForSearch).filter(Boolean).join(' ') })
    .where(eq(organization.id, organizationId));
}

export interface PresetIds {
  organizationId?: string;
  serviceIds?: string[];
  windowIds?: string[];
}

export async function insertOrganization(tx: Tx, region: string, draft: OrganizationDraft, preset: PresetIds = {}) {
  const [row] = await tx
    .insert(organization)
    .values({
      ...(preset.organizationId ? { id: preset.organizationId } : {}),
      region,
      name: draft.name,
      nameKana: draft.nameKana,
      aliases: draft.aliases,
      legalForm: draft.legalForm,
      municipalityCode: draft.municipalityCode,
      description: draft.description,
      phone: draft.publicContact.phone,
      email: draft.publicContact.email,
      website: draft.publicContact.website,
      sortKey: normaliseForSearch(draft.nameKana),
      searchText: '',
    })
    .returning();
  const id = row!.id;
  await replaceProgrammeRoles(tx, id, draft.programmeRoles);
  for (const [i, s] of draft.services.entries()) await insertServiceRows(tx, id, s, i, preset.serviceIds?.[i]);
  for (const [i, w] of draft.windows.entries()) await insertWindowRows(tx, id, w, i, preset.windowIds?.[i]);
  await refreshSearchText(tx, id);
  return id;
}

export async function updateOrganization(tx: Tx, id: string, patch: OrganizationPatch): Promise<void> {
  const { programmeRoles, publicContact, ...fields } = patch;
  await tx
    .update(organization)
    .set({
      ...fields,
      ...(fields.nameKana ? { sortKey: normaliseForSearch(fields.nameKana) } : {}),
      ...(publicContact ? { phone: publicContact.phone, email: publicContact.email, website: publicContact.website } : {}),
      updatedAt: sql`now()`,
    })
    .where(eq(organization.id, id));
  if (programmeRoles) await replaceProgrammeRoles(tx, id, programmeRoles);
  await refreshSearchText(tx, id);
}

export async function addService(tx: Tx, organizationId: string, draft: ServiceDraft) {
  const [last] = await tx
    .select({ position: max(service.position) })
    .from(service)
    .where(eq(service.organizationId, organizationId));
  const row = await insertServiceRows(tx, organizationId, draft, (last?.position ?? -1) + 1);
  await touch(tx, organizationId);
  return row;
}

export async function updateService(tx: Tx, organizationId: string, serviceId: string, patch: ServicePatch) {
  const { areas, ...fields } = patch;
  if (Object.keys(fields).length > 0) await tx.update(service).set(fields).where(eq(service.id, serviceId));
  if (areas) {
    await tx.delete(serviceArea).where(eq(serviceArea.serviceId, serviceId));
    if (areas.length > 0) await tx.insert(serviceArea).values(areas.map((a, i) => ({ serviceId, position: i, ...a })));
  }
  await touch(tx, organizationId);
}

export async function removeService(tx: Tx, organizationId: string, serviceId: string) {
  await tx.delete(service).where(and(eq(service.id, serviceId), eq(service.organizationId, organizationId)));
  await touch(tx, organizationId);
}

async function touch(tx: Tx, organizationId: string) {
  await tx.update(organization).set({ updatedAt: sql`now()` }).where(eq(organization.id, organizationId));
  await refreshSearchText(tx, organizationId);
}

export interface NetworkDraft {
  id: string;
  region: string;
  name: string;
  nameKana: string;
  description: string | null;
  secretariatId: string | null;
  meetingFrequency: string | null;
  admissionRule: string | null;
  tiers: { level: number; name: string; description: string | null }[];
  members: { organizationId: string; role: string; tierLevel: number | null }[];
}

export async function insertNetwork(tx: Tx, draft: NetworkDraft): Promise<void> {
  const { tiers, members, ...fields } = draft;
  await tx.insert(network).values({ ...fields, sortKey: normaliseForSearch(fields.nameKana) });
  if (tiers.length > 0) await tx.insert(networkTier).values(tiers.map((t) => ({ networkId: draft.id, ...t })));
  if (members.length > 0) await tx.insert(networkMember).values(members.map((m) => ({ networkId: draft.id, ...m })));
}
