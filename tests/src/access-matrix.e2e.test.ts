// The access matrix: every protected field of the composed schema, found by reading the schema, against every
// role, by several query shapes, through the gateway and straight at the subgraph. The expected outcome of each
// field is written out below as a policy table, independently of the code that enforces it; a protected field
// without a row fails the test, so a new one cannot slip through unexamined.
import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '@renkei/gateway';
import type { HubClaims } from '@renkei/identity';
import { demoUuid } from '@renkei/organisations-subgraph';
import { readPolicyDirectives, requirementsOf, stripSecurityFeatures } from '@renkei/policy';
import { postGraphQL } from '@renkei/testing';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './hub.js';

const org = (region: string, key: string) => `${region}:Organization:${demoUuid(key)}`;
const KIKUAIKAI = org('kikuchi', 'kikuchi-kikuaikai');
const FOODBANK = org('kikuchi', 'kikuchi-foodbank-kikuchi');

// One caller per role. Network memberships in the demo data: フードバンク菊池 and 菊池市 share a network with
// 菊愛会; ぎふNPOセンター and 新潟県 do not.
const CALLERS: Record<string, HubClaims | null> = {
  public: null,
  org_staff: { sub: 'm-org', roles: ['org_staff'], organization: FOODBANK, region: 'kikuchi' },
  municipal_staff: {
    sub: 'm-city',
    roles: ['municipal_staff'],
    organization: org('kikuchi', 'kikuchi-kikuchi-city-fukushika'),
    municipality: '432105',
    region: 'kikuchi',
  },
  consultation_worker: { sub: 'm-worker', roles: ['consultation_worker'], organization: org('gifu', 'gifu-gifu-npo-center'), region: 'gifu' },
  prefecture_staff: { sub: 'm-pref', roles: ['prefecture_staff'], organization: org('niigata', 'niigata-pref-fukushi-hokenka'), region: 'niigata' },
  hub_admin: { sub: 'm-admin', roles: ['hub_admin'] },
};
type Role = keyof typeof CALLERS;
/** 'hidden': the record is not returned at all, to this caller (a confidential shelter outside its access). */
type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'hidden';

// The policy, as the brief states it, for the demo callers above.
const contactsPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'allowed', // フードバンク菊池 shares 菊池圏域 食と学びのつながり会 with 菊愛会
  municipal_staff: 'allowed', // 菊池市 shares 菊池圏域担当者連絡会議 with 菊愛会
  consultation_worker: 'FORBIDDEN', // ぎふNPOセンター shares no network with 菊愛会
  prefecture_staff: 'FORBIDDEN',
  hub_admin: 'allowed',
};
const editPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'allowed', // its own organisation
  municipal_staff: 'allowed', // its own region
  consultation_worker: 'FORBIDDEN',
  prefecture_staff: 'FORBIDDEN', // another region
  hub_admin: 'allowed',
};
const createPolicy: Record<Role, Outcome> = { ...editPolicy, org_staff: 'FORBIDDEN' };
const auditPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'FORBIDDEN',
  municipal_staff: 'FORBIDDEN',
  consultation_worker: 'FORBIDDEN',
  prefecture_staff: 'allowed', // its own region's records
  hub_admin: 'allowed',
};

const staffPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'allowed',
  municipal_staff: 'allowed',
  consultation_worker: 'allowed',
  prefecture_staff: 'allowed',
  hub_admin: 'allowed',
};
// Events of 菊池圏域: writes only in one's own region; organisation staff for their own organisation's events
// (the food drive is フードバンク菊池's).
const eventEditPolicy: Record<Role, Outcome> = { ...editPolicy };
const eventRegisterPolicy: Record<Role, Outcome> = { ...staffPolicy, consultation_worker: 'FORBIDDEN', prefecture_staff: 'FORBIDDEN' };
const eventImportPolicy: Record<Role, Outcome> = { ...createPolicy };

// Shelters: a confidential shelter's details for consultation workers of its sharing scope (菊池圏域 shares them
// with 岐阜県, whose worker this is) and its operator's staff; フードバンク菊池 runs none, so never sees one.
const shelterLocationPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'hidden',
  municipal_staff: 'FORBIDDEN',
  consultation_worker: 'allowed',
  prefecture_staff: 'FORBIDDEN',
  hub_admin: 'FORBIDDEN',
};
// Shelters are written by their region's staff and their operators, never by the hub's administrators.
// Vacancy of 菊池市's welfare shelter: 菊池市's staff; not another organisation or region.
const shelterEditPolicy: Record<Role, Outcome> = { ...editPolicy, org_staff: 'FORBIDDEN', hub_admin: 'FORBIDDEN' };
// A new shelter in 菊池市: the region's staff, an organisation of the region for one it runs itself.
const shelterCreatePolicy: Record<Role, Outcome> = { ...editPolicy, hub_admin: 'FORBIDDEN' };
const shelterImportPolicy: Record<Role, Outcome> = { ...createPolicy, hub_admin: 'FORBIDDEN' };

// Food banks: stock for staff of support organisations and local governments; a site's referrals, stock and
// needs for the staff of the organisation that runs it (フードバンク菊池); referrals made by consultation workers
// (ぎふNPOセンター's worker, to a site of 岐阜県); statistics for local governments; the donor of an offer for
// the staff of the site that accepted it. The hub's administrators have no food scope.
const foodStaffPolicy: Record<Role, Outcome> = { ...staffPolicy, hub_admin: 'FORBIDDEN' };
const siteStaffPolicy: Record<Role, Outcome> = {
  public: 'UNAUTHENTICATED',
  org_staff: 'allowed',
  municipal_staff: 'FORBIDDEN',
  consultation_worker: 'FORBIDDEN',
  prefecture_staff: 'FORBIDDEN',
  hub_admin: 'FORBIDDEN',
};
const referPolicy: Record<Role, Outcome> = { ...siteStaffPolicy, org_staff: 'FORBIDDEN', consultation_worker: 'allowed' };
const statisticsPolicy: Record<Role, Outcome> = { ...siteStaffPolicy, org_staff: 'FORBIDDEN', municipal_staff: 'allowed', prefecture_staff: 'allowed' };
// Claiming and releasing an offer is for a site of another region than the offer's, through its own instance.
const betweenRegionsPolicy: Record<Role, Outcome> = { ...siteStaffPolicy, org_staff: 'FORBIDDEN' };

// Case consultations: read and written by consultation workers only (ぎふNPOセンター's, in 岐阜県's sharing scope);
// statistics for local governments, never narratives; the hub's administrators neither.
const consultationWorkerPolicy: Record<Role, Outcome> = { ...referPolicy };

const EXPECTED: Record<string, Record<Role, Outcome>> = {
  'Query.consultationPost': consultationWorkerPolicy,
  'Query.consultationPosts': consultationWorkerPolicy,
  'Query.consultationStatistics': statisticsPolicy,
  'Query.consultationAuditTrail': auditPolicy,
  'Query.consultationAuditTrailCheck': auditPolicy,
  'Query.exportConsultationAuditTrail': auditPolicy,
  'Mutation.previewConsultationPost': consultationWorkerPolicy,
  'Mutation.postConsultation': consultationWorkerPolicy,
  'Mutation.previewConsultationAnswer': consultationWorkerPolicy,
  'Mutation.answerConsultation': consultationWorkerPolicy,
  'Mutation.closeConsultationPost': consultationWorkerPolicy,
  'FoodSite.stock': foodStaffPolicy,
  'FoodSite.referrals': siteStaffPolicy,
  'DonationOffer.donor': siteStaffPolicy,
  'Query.donationOffers': foodStaffPolicy,
  'Query.foodReferralsMade': referPolicy,
  'Query.foodReferralStatistics': statisticsPolicy,
  'Query.foodAuditTrail': auditPolicy,
  'Query.foodAuditTrailCheck': auditPolicy,
  'Query.exportFoodAuditTrail': auditPolicy,
  'Mutation.createFoodSite': shelterCreatePolicy,
  'Mutation.recordFoodStock': siteStaffPolicy,
  'Mutation.adjustFoodStock': siteStaffPolicy,
  'Mutation.setFoodNeed': siteStaffPolicy,
  'Mutation.acceptDonationOffer': siteStaffPolicy,
  'Mutation.claimDonationOffer': betweenRegionsPolicy,
  'Mutation.releaseDonationOffer': betweenRegionsPolicy,
  'Mutation.referHousehold': referPolicy,
  'Mutation.redeemFoodReferral': siteStaffPolicy,
  'Shelter.confidentialDetails': shelterLocationPolicy,
  'Mutation.createShelter': shelterCreatePolicy,
  'Mutation.updateShelterVacancy': shelterEditPolicy,
  'Mutation.adjustShelterVacancy': shelterEditPolicy,
  'Mutation.importEvacuationSites': shelterImportPolicy,
  'Event.registeredParticipants': staffPolicy,
  'Event.invitees': staffPolicy,
  'Event.attendance': staffPolicy,
  'Mutation.createEvent': editPolicy,
  'Mutation.updateEvent': eventEditPolicy,
  'Mutation.cancelEvent': eventEditPolicy,
  'Mutation.recordAttendance': eventEditPolicy,
  'Mutation.registerForEvent': eventRegisterPolicy,
  'Mutation.importEvents': eventImportPolicy,
  'Organization.contacts': contactsPolicy,
  'NamedContact.name': contactsPolicy,
  'NamedContact.title': contactsPolicy,
  'NamedContact.phone': contactsPolicy,
  'NamedContact.email': contactsPolicy,
  'Mutation.createOrganization': createPolicy,
  'Mutation.updateOrganization': editPolicy,
  'Mutation.addService': editPolicy,
  'Mutation.updateService': editPolicy,
  'Mutation.removeService': editPolicy,
  'Query.auditTrail': auditPolicy,
  'Query.auditTrailCheck': auditPolicy,
  'Query.exportAuditTrail': auditPolicy,
  'Query.eventAuditTrail': auditPolicy,
  'Query.eventAuditTrailCheck': auditPolicy,
  'Query.exportEventAuditTrail': auditPolicy,
  'Query.shelterAuditTrail': auditPolicy,
  'Query.shelterAuditTrailCheck': auditPolicy,
  'Query.exportShelterAuditTrail': auditPolicy,
};

const AUDIT_SHAPES: Record<string, Shape> = {
  auditTrail: { name: 'audit trail', query: `{ auditTrail(first: 5, region: "niigata") { totalCount edges { node { operation } } } }`, path: ['auditTrail'] },
  auditTrailCheck: { name: 'audit check', query: `{ auditTrailCheck(region: "niigata") { intact records } }`, path: ['auditTrailCheck'] },
  exportAuditTrail: { name: 'audit export', query: `{ exportAuditTrail(region: "niigata") }`, path: ['exportAuditTrail'] },
  ...Object.fromEntries(
    (['event', 'shelter', 'food', 'consultation'] as const).flatMap((subgraph) => {
      const Of = subgraph === 'event' ? 'Event' : subgraph === 'shelter' ? 'Shelter' : subgraph === 'food' ? 'Food' : 'Consultation';
      return [
        [`${subgraph}AuditTrail`, { name: 'audit trail', query: `{ ${subgraph}AuditTrail(first: 5, region: "niigata") { totalCount edges { node { operation } } } }`, path: [`${subgraph}AuditTrail`] }],
        [`${subgraph}AuditTrailCheck`, { name: 'audit check', query: `{ ${subgraph}AuditTrailCheck(region: "niigata") { intact records } }`, path: [`${subgraph}AuditTrailCheck`] }],
        [`export${Of}AuditTrail`, { name: 'audit export', query: `{ export${Of}AuditTrail(region: "niigata") }`, path: [`export${Of}AuditTrail`] }],
      ];
    }),
  ),
};

const FOOD_QUERY_SHAPES: Record<string, Shape> = {
  donationOffers: { name: 'open offers', query: `{ donationOffers(first: 5) { totalCount edges { node { id } } } }`, path: ['donationOffers'] },
  foodReferralsMade: { name: 'referrals made', query: `{ foodReferralsMade(first: 5) { totalCount edges { node { code } } } }`, path: ['foodReferralsMade'] },
  foodReferralStatistics: {
    name: 'statistics',
    query: `{ foodReferralStatistics(fromMonth: "2026-06", toMonth: "2026-11") { months cells { month referrals } } }`,
    path: ['foodReferralStatistics'],
  },
};

/** Every field the composed schema protects, read from its directives. */
function protectedFields(): string[] {
  const sdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const policy = readPolicyDirectives(sdl);
  const schema = buildSchema(stripSecurityFeatures(sdl), { assumeValidSDL: true });
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name.startsWith('join__') || type.name.startsWith('link__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (requirementsOf(policy, type.name, field.name, getNamedType(field.type).name).length > 0) found.push(`${type.name}.${field.name}`);
    }
  }
  return found.sort();
}

// Sentinels of the protected data: none may appear in a denied answer.
const CONTACT_LEAK = /見本|000-0000-|contact@|\.example/;

interface Shape {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Where the protected value sits in `data`, as a path with list positions ('*': every element). */
  path: (string | number)[];
  /** Or a function that finds it, where a path cannot say which element is 菊愛会. */
  select?: (data: unknown) => unknown[];
  /** The subgraph that serves it, when asked directly; organisations by default. */
  subgraph?: 'events' | 'shelters' | 'food-banks' | 'consultations';
}

/** Query shapes that reach a named contact field (`field`) of 菊愛会. */
function contactShapes(field: string): Shape[] {
  const sub = field === 'contacts' ? '{ name phone email }' : `{ ${field} }`;
  const tail = field === 'contacts' ? ['contacts'] : ['contacts', 0, field];
  const contacts = field === 'contacts' ? 'contacts { name phone email }' : `contacts ${sub}`;
  const network = demoUuid('kikuchi-tantosha-renraku-kaigi');
  type Members = { network: { members: { organization: { id: string } & Record<string, unknown> }[] } | null };
  const kikuaikaiAmongMembers = (data: unknown) =>
    ((data as Members | null)?.network?.members ?? [])
      .filter((m) => m.organization.id === KIKUAIKAI)
      .flatMap((m) => valuesAt(m.organization, tail));
  return [
    { name: 'by id', query: `query($id: ID!) { organization(id: $id) { name ${contacts} } }`, variables: { id: KIKUAIKAI }, path: ['organization', ...tail] },
    { name: 'through an alias', query: `query($id: ID!) { o: organization(id: $id) { name who: contacts ${sub} } }`, variables: { id: KIKUAIKAI }, path: ['o', 'who', ...tail.slice(1)] },
    {
      name: 'through a named fragment',
      query: `query($id: ID!) { organization(id: $id) { ...C } } fragment C on Organization { name ${contacts} }`,
      variables: { id: KIKUAIKAI },
      path: ['organization', ...tail],
    },
    {
      name: 'through an inline fragment',
      query: `query($id: ID!) { organization(id: $id) { ... on Organization { name ${contacts} } } }`,
      variables: { id: KIKUAIKAI },
      path: ['organization', ...tail],
    },
    {
      name: 'in a search result',
      query: `{ organizations(filter: { text: "菊愛会", regionCode: "kikuchi" }, first: 1) { edges { node { name ${contacts} } } } }`,
      path: ['organizations', 'edges', 0, 'node', ...tail],
    },
    {
      name: 'nested in a network',
      query: `query($id: ID!) { network(id: $id) { name members { organization { id name ${contacts} } } } }`,
      variables: { id: `kikuchi:Network:${network}` },
      path: [],
      select: kikuaikaiAmongMembers,
    },
    {
      name: 'back from a service',
      query: `query($id: ID!) { organization(id: $id) { services { organization { name ${contacts} } } } }`,
      variables: { id: KIKUAIKAI },
      path: ['organization', 'services', 0, 'organization', ...tail],
    },
  ];
}

// A past public event with attendance (新潟's summer festival), and フードバンク菊池's food drive.
const FESTIVAL = `niigata:Event:${demoUuid('niigata-koyurunet-natsumatsuri-2026')}`;
const FOOD_DRIVE = `kikuchi:Event:${demoUuid('kikuchi-food-drive-2026-12')}`;
// Registrations go to a study session with room for them (the food drive is cancelled along the way).
const STUDY_SESSION = `kikuchi:Event:${demoUuid('kikuchi-gakushukai-kodomo-hinkon-2027-02')}`;
const ONE_ROW_CSV = Buffer.from(
  '都道府県コード又は市区町村コード,NO,イベント名,開始日,終了日,開始時間,終了時間\r\n432105,9001,行列確認の研修,2027-03-01,2027-03-01,10:00,12:00\r\n',
).toString('base64');

// 菊池市's welfare shelter (an ACCESSIBLE category with room for the allowed changes), and 合志市's DV shelter's name.
const WELFARE_SHELTER = `kikuchi:Shelter:${demoUuid('kikuchi-fukushi-hinanjo-sogo-fukushi-center')}`;
const DV_SHELTER_NAME = /こもれび/;
const ONE_SITE_CSV = Buffer.from('全国地方公共団体コード,ID,名称,災害種別_地震\r\n432105,9001,行列確認の広場,1\r\n').toString('base64');

// 合志市 holds the DV shelter and an evacuation site: the site's details field is refused to those who may not
// ask for it at all, the DV shelter's is the value itself, for those who may see it.
function shelterFieldShapes(): Shape[] {
  type Edges = { shelters?: { edges: { node: { kind: string; confidentialDetails: unknown } }[] } } | null;
  return [
    {
      name: 'in the search',
      query: `{ shelters(filter: { municipalityCodes: ["432164"] }) { edges { node { kind confidentialDetails { name } } } } }`,
      path: [],
      select: (data) => ((data as Edges)?.shelters?.edges ?? []).filter((e) => e.node.kind === 'DV_SHELTER').map((e) => e.node.confidentialDetails),
    },
  ];
}

// フードバンク菊池's food bank, 岐阜県's pantry (for referrals by 岐阜's worker), and the sentinels of food-bank
// data a denied answer must not carry: the donor, stock figures, referral codes.
const KIKUCHI_FOOD_BANK = `kikuchi:FoodSite:${demoUuid('kikuchi-food-fb-kikuchi-soko')}`;
const GIFU_PANTRY = `gifu:FoodSite:${demoUuid('gifu-food-kakamigahara-pantry')}`;
const FOOD_LEAK = /行列確認の寄付者|096-000-9999|"available"|[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/;
const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

function foodFieldShapes(field: string, acceptedOffer: string): Shape[] {
  if (field === 'donor') {
    return [{ name: 'by id', query: `query($id: ID!) { donationOffer(id: $id) { status donor { name contact } } }`, variables: { id: acceptedOffer }, path: ['donationOffer', 'donor'] }];
  }
  const sub = field === 'stock' ? 'stock { category available }' : 'referrals(first: 5) { totalCount edges { node { code householdSize } } }';
  return [
    { name: 'by id', query: `query($id: ID!) { foodSite(id: $id) { name ${sub} } }`, variables: { id: KIKUCHI_FOOD_BANK }, path: ['foodSite', field] },
    {
      name: 'in the search',
      query: `{ foodSites(filter: { municipalityCodes: ["432105"], kinds: [FOOD_BANK] }, first: 1) { edges { node { name ${sub} } } } }`,
      path: ['foodSites', 'edges', 0, 'node', field],
    },
  ];
}

function eventFieldShapes(field: string): Shape[] {
  const sub = field === 'invitees' ? 'invitees { organization { id } }' : field === 'attendance' ? 'attendance { total }' : field;
  return [
    { name: 'by id', query: `query($id: ID!) { event(id: $id) { title ${sub} } }`, variables: { id: FESTIVAL }, path: ['event', field] },
    {
      name: 'in the calendar',
      query: `{ events(filter: { from: "2026-08-29", to: "2026-08-29", text: "夏まつり" }, first: 1) { edges { node { title ${sub} } } } }`,
      path: ['events', 'edges', 0, 'node', field],
    },
  ];
}

function mutationShape(field: string, serviceId: string): Shape {
  switch (field) {
    case 'createEvent':
      return {
        name: 'mutation',
        query: `mutation { createEvent(input: { type: TRAINING, title: "行列確認の研修", municipalityCode: "432105", startDate: "2027-03-01", audience: PUBLIC }) { id } }`,
        path: ['createEvent'],
      };
    case 'updateEvent':
      return { name: 'mutation', query: `mutation($id: ID!) { updateEvent(id: $id, input: { note: "行列確認" }) { id } }`, variables: { id: FOOD_DRIVE }, path: ['updateEvent'] };
    case 'cancelEvent':
      return { name: 'mutation', query: `mutation($id: ID!) { cancelEvent(id: $id, reason: "行列確認") { id } }`, variables: { id: FOOD_DRIVE }, path: ['cancelEvent'] };
    case 'recordAttendance':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { recordAttendance(id: $id, attendance: [{ kind: NPO, count: 3 }]) { id } }`,
        variables: { id: FOOD_DRIVE },
        path: ['recordAttendance'],
      };
    case 'registerForEvent':
      return { name: 'mutation', query: `mutation($id: ID!) { registerForEvent(id: $id, participants: 1) { id } }`, variables: { id: STUDY_SESSION }, path: ['registerForEvent'] };
    case 'importEvents':
      return {
        name: 'mutation',
        query: `mutation($f: String!) { importEvents(input: { region: "kikuchi", fileBase64: $f, dryRun: true }) { rows } }`,
        variables: { f: ONE_ROW_CSV },
        path: ['importEvents'],
      };
    case 'createShelter':
      return {
        name: 'mutation',
        query: `mutation { createShelter(input: { kind: PRIVATE_SHELTER, name: "行列確認の宿泊所", municipalityCode: "432105", intakeRoute: WALK_IN }) { id } }`,
        path: ['createShelter'],
      };
    case 'updateShelterVacancy':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { updateShelterVacancy(id: $id, beds: [{ category: ACCESSIBLE, vacant: 5 }]) { id } }`,
        variables: { id: WELFARE_SHELTER },
        path: ['updateShelterVacancy'],
      };
    case 'adjustShelterVacancy':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { adjustShelterVacancy(id: $id, category: ACCESSIBLE, change: -1) { vacant } }`,
        variables: { id: WELFARE_SHELTER },
        path: ['adjustShelterVacancy'],
      };
    case 'importEvacuationSites':
      return {
        name: 'mutation',
        query: `mutation($f: String!) { importEvacuationSites(input: { region: "kikuchi", fileBase64: $f, dryRun: true }) { rows } }`,
        variables: { f: ONE_SITE_CSV },
        path: ['importEvacuationSites'],
      };
    case 'createOrganization':
      return {
        name: 'mutation',
        query: `mutation { createOrganization(input: { name: "行列確認の会", nameKana: "ギョウレツカクニンノカイ", legalForm: NPO, municipalityCode: "434043" }) { id } }`,
        path: ['createOrganization'],
      };
    case 'updateOrganization':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "行列確認" }) { id } }`,
        variables: { id: FOODBANK },
        path: ['updateOrganization'],
      };
    case 'addService':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { addService(organizationId: $id, input: { name: "行列確認", categories: [FOOD_PROVISION] }) { id } }`,
        variables: { id: FOODBANK },
        path: ['addService'],
      };
    case 'updateService':
      return {
        name: 'mutation',
        query: `mutation($id: ID!) { updateService(id: $id, input: { fee: "無料" }) { id } }`,
        variables: { id: serviceId },
        path: ['updateService'],
      };
    default:
      return { name: 'mutation', query: `mutation($id: ID!) { removeService(id: $id) }`, variables: { id: serviceId }, path: ['removeService'] };
  }
}

/** The food-bank mutations, each with the fresh record it needs (an open offer, a lot, a referral code). */
async function foodMutationShape(field: string): Promise<Shape> {
  const site = { id: KIKUCHI_FOOD_BANK };
  switch (field) {
    case 'createFoodSite':
      return {
        name: 'mutation',
        query: `mutation { createFoodSite(input: { kind: PANTRY, name: "行列確認のパントリー", municipalityCode: "432105", access: OPEN }) { id } }`,
        path: ['createFoodSite'],
      };
    case 'recordFoodStock':
      return { name: 'mutation', query: `mutation($id: ID!) { recordFoodStock(siteId: $id, lots: [{ category: HYGIENE, quantity: 1 }]) { id } }`, variables: site, path: ['recordFoodStock'] };
    case 'adjustFoodStock':
      return { name: 'mutation', query: `mutation($id: ID!) { adjustFoodStock(lotId: $id, change: 1) { quantity } }`, variables: { id: await foodBankLot() }, path: ['adjustFoodStock'] };
    case 'setFoodNeed':
      return { name: 'mutation', query: `mutation($id: ID!) { setFoodNeed(siteId: $id, need: { category: HYGIENE, quantity: 5 }) { id } }`, variables: site, path: ['setFoodNeed'] };
    case 'acceptDonationOffer':
    case 'claimDonationOffer':
    case 'releaseDonationOffer':
      return {
        name: 'mutation',
        query: `mutation($offer: ID!, $site: ID!) { ${field}(offerId: $offer, siteId: $site) { __typename } }`,
        variables: { offer: await riceOffer(), site: KIKUCHI_FOOD_BANK },
        path: [field],
      };
    case 'referHousehold':
      return {
        name: 'mutation',
        query: `mutation($site: ID!, $until: DateTime!) { referHousehold(input: { siteId: $site, householdSize: 2, pickupUntil: $until }) { id } }`,
        variables: { site: GIFU_PANTRY, until: inHours(48) },
        path: ['referHousehold'],
      };
    default:
      return {
        name: 'mutation',
        query: `mutation($site: ID!, $code: String!) { redeemFoodReferral(siteId: $site, code: $code) { status } }`,
        variables: { site: KIKUCHI_FOOD_BANK, code: await referralCode() },
        path: ['redeemFoodReferral'],
      };
  }
}

/** The values at a path; '*' stands for every element of a list. */
function valuesAt(data: unknown, path: (string | number)[]): unknown[] {
  if (path.length === 0) return [data];
  if (data === null || data === undefined) return [];
  const [head, ...rest] = path;
  if (head === '*') return (data as unknown[]).flatMap((item) => valuesAt(item, rest));
  return valuesAt((data as Record<string, unknown>)[head as string], rest);
}

let hub: TestHub;
const tokens: Partial<Record<Role, string | null>> = {};
let admin: string;

beforeAll(async () => {
  hub = await startTestHub();
  for (const [role, claims] of Object.entries(CALLERS)) tokens[role as Role] = claims ? await hub.issuer.mint(claims) : null;
  admin = tokens.hub_admin!;
});
afterAll(() => hub?.close());

const results: { field: string; role: Role; shape: string; endpoint: string; outcome: Outcome }[] = [];

async function ask(endpoint: 'gateway' | 'subgraph', role: Role, shape: Shape) {
  const url =
    endpoint === 'gateway'
      ? hub.gatewayUrl
      : shape.subgraph === 'events'
        ? hub.events.kikuchi!.url
        : shape.subgraph === 'shelters'
          ? hub.shelters.kikuchi!.url
          : shape.subgraph === 'food-banks'
            ? hub.foodBanks.kikuchi!.url
            : shape.subgraph === 'consultations'
              ? hub.consultations.kikuchi!.url
              : hub.subgraph.url;
  const token = tokens[role];
  // Every request states a purpose, so that what is measured is access itself.
  return postGraphQL(url, shape.query, shape.variables ?? {}, {
    'x-hub-purpose': encodeURIComponent('アクセス権の確認'),
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
}

async function newServiceOfFoodbank(): Promise<string> {
  const response = await postGraphQL<{ addService: { id: string } }>(
    hub.gatewayUrl,
    `mutation($id: ID!) { addService(organizationId: $id, input: { name: "行列確認用", categories: [FOOD_PROVISION] }) { id } }`,
    { id: FOODBANK },
    { authorization: `Bearer ${admin}` },
  );
  return response.data!.addService.id;
}

/** A new open offer of 1 kg of rice, picked up in 菊池市 (フードバンク菊池 needs rice). */
async function riceOffer(): Promise<string> {
  const response = await postGraphQL<{ createDonationOffer: { id: string } }>(
    hub.gatewayUrl,
    `mutation($input: DonationOfferInput!) { createDonationOffer(input: $input) { id } }`,
    {
      input: {
        donorKind: 'COMPANY',
        donorName: '（試験）行列確認の寄付者',
        donorContact: '096-000-9999',
        pickupMunicipalityCode: '432105',
        lines: [{ category: 'RICE', quantity: 1, bestBefore: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }],
      },
    },
  );
  return response.data!.createDonationOffer.id;
}

let acceptedOffer: Promise<string> | undefined;
/** An offer フードバンク菊池 accepted, whose donor its staff may read. */
function offerAcceptedByFoodBank(): Promise<string> {
  acceptedOffer ??= riceOffer().then(async (id) => {
    const response = await postGraphQL(hub.gatewayUrl, `mutation($o: ID!, $s: ID!) { acceptDonationOffer(offerId: $o, siteId: $s) { __typename } }`, { o: id, s: KIKUCHI_FOOD_BANK }, {
      authorization: `Bearer ${tokens.org_staff}`,
    });
    expect(response.errors).toBeUndefined();
    return id;
  });
  return acceptedOffer;
}

async function foodBankLot(): Promise<string> {
  const response = await postGraphQL<{ foodSite: { stock: { lots: { id: string; expired: boolean }[] }[] } }>(
    hub.gatewayUrl,
    `query($id: ID!) { foodSite(id: $id) { stock { lots { id expired } } } }`,
    { id: KIKUCHI_FOOD_BANK },
    { authorization: `Bearer ${tokens.org_staff}` },
  );
  return response.data!.foodSite.stock.flatMap((s) => s.lots).find((l) => !l.expired)!.id;
}

/** A fresh referral to フードバンク菊池, made by a consultation worker of 菊池圏域. */
async function referralCode(): Promise<string> {
  const worker = await hub.issuer.mint({ sub: 'm-kikuchi-worker', roles: ['consultation_worker'], organization: KIKUAIKAI, municipality: '432105', region: 'kikuchi' });
  const response = await postGraphQL<{ referHousehold: { code: string } }>(
    hub.gatewayUrl,
    `mutation($site: ID!, $until: DateTime!) { referHousehold(input: { siteId: $site, householdSize: 1, pickupUntil: $until }) { code } }`,
    { site: KIKUCHI_FOOD_BANK, until: inHours(48) },
    { authorization: `Bearer ${worker}` },
  );
  return response.data!.referHousehold.code;
}

/** A published post 岐阜's worker may read: one of another organisation (to answer) or of its own (to close). */
async function gifuPost(own: boolean): Promise<string> {
  const response = await postGraphQL<{ consultationPosts: { edges: { node: { id: string; status: string; postedByOwnOrganization: boolean } }[] } }>(
    hub.gatewayUrl,
    `{ consultationPosts(first: 100, regions: ["gifu"]) { edges { node { id status postedByOwnOrganization } } } }`,
    {},
    { authorization: `Bearer ${tokens.consultation_worker}` },
  );
  const nodes = response.data!.consultationPosts.edges.map((e) => e.node);
  return nodes.find((n) => ['OPEN', 'ANSWERED'].includes(n.status) && n.postedByOwnOrganization === own)!.id;
}

const CONSULTATION_DRAFT = `{ municipalityCode: "212016", ageBand: FORTIES, issueCategories: [EMPLOYMENT], processStage: CONSULTATION, legalBasis: CONSENT, sharingScope: REGION, question: "行列確認の質問です。" }`;

/** A fresh preview of 岐阜's worker: only its author may confirm it. */
async function workerPreview(answerTo?: string): Promise<string> {
  const response = await postGraphQL<{ previewConsultationPost?: { id: string }; previewConsultationAnswer?: { id: string } }>(
    hub.gatewayUrl,
    answerTo
      ? `mutation($post: ID!) { previewConsultationAnswer(postId: $post, text: "行列確認の回答です。") { id } }`
      : `mutation { previewConsultationPost(input: ${CONSULTATION_DRAFT}) { id } }`,
    answerTo ? { post: answerTo } : {},
    { authorization: `Bearer ${tokens.consultation_worker}` },
  );
  return (response.data!.previewConsultationPost ?? response.data!.previewConsultationAnswer)!.id;
}

async function consultationShape(field: string): Promise<Shape> {
  switch (field) {
    case 'consultationPost':
      return { name: 'by id', query: `query($id: ID!) { consultationPost(id: $id) { id question } }`, variables: { id: await gifuPost(false) }, path: ['consultationPost'] };
    case 'consultationPosts':
      return { name: 'listing', query: `{ consultationPosts(first: 5) { totalCount edges { node { question } } } }`, path: ['consultationPosts'] };
    case 'consultationStatistics':
      return { name: 'statistics', query: `{ consultationStatistics(fromMonth: "2026-06", toMonth: "2026-10") { months { month } } }`, path: ['consultationStatistics'] };
    case 'previewConsultationPost':
      return { name: 'mutation', query: `mutation { previewConsultationPost(input: ${CONSULTATION_DRAFT}) { id } }`, path: ['previewConsultationPost'] };
    case 'postConsultation':
      return { name: 'mutation', query: `mutation($id: ID!) { postConsultation(previewId: $id) { id } }`, variables: { id: await workerPreview() }, path: ['postConsultation'] };
    case 'previewConsultationAnswer':
      return {
        name: 'mutation',
        query: `mutation($post: ID!) { previewConsultationAnswer(postId: $post, text: "行列確認の回答です。") { id } }`,
        variables: { post: await gifuPost(false) },
        path: ['previewConsultationAnswer'],
      };
    case 'answerConsultation':
      return { name: 'mutation', query: `mutation($id: ID!) { answerConsultation(previewId: $id) { id } }`, variables: { id: await workerPreview(await gifuPost(false)) }, path: ['answerConsultation'] };
    case 'closeConsultationPost':
      return { name: 'mutation', query: `mutation($id: ID!) { closeConsultationPost(id: $id) { status } }`, variables: { id: await gifuPost(true) }, path: ['closeConsultationPost'] };
    default:
      return AUDIT_SHAPES[field]!;
  }
}

async function organisationCount(): Promise<number> {
  const response = await postGraphQL<{ organizations: { totalCount: number } }>(hub.gatewayUrl, `{ organizations { totalCount } }`);
  return response.data!.organizations.totalCount;
}

describe('the access matrix', () => {
  it('has an expected outcome for every protected field of the schema', () => {
    expect(protectedFields()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const field of Object.keys(EXPECTED)) {
    for (const endpoint of ['gateway', 'subgraph'] as const) {
      for (const role of Object.keys(CALLERS) as Role[]) {
        const expected = EXPECTED[field]![role]!;
        it(`${field} for ${role} via the ${endpoint}: ${expected}`, async () => {
          const [typeName, fieldName] = field.split('.') as [string, string];
          const ofEvents = typeName === 'Event' || /event|attendance/i.test(fieldName);
          const ofShelters = typeName === 'Shelter' || /shelter|evacuationsites/i.test(fieldName);
          const ofFood = typeName === 'FoodSite' || typeName === 'DonationOffer' || /food|donation|refer/i.test(fieldName);
          const ofConsultations = /consultation/i.test(fieldName);
          const shapes = (
            ofConsultations
              ? [await consultationShape(fieldName)]
              : typeName === 'Mutation'
              ? [ofFood ? await foodMutationShape(fieldName) : mutationShape(fieldName, fieldName.endsWith('Service') ? await newServiceOfFoodbank() : '')]
              : typeName === 'Query'
                ? [AUDIT_SHAPES[fieldName] ?? FOOD_QUERY_SHAPES[fieldName]!]
                : ofFood
                  ? foodFieldShapes(fieldName, await offerAcceptedByFoodBank())
                : typeName === 'Event'
                  ? eventFieldShapes(fieldName)
                  : typeName === 'Shelter'
                    ? shelterFieldShapes()
                    : contactShapes(fieldName)
          ).map((shape) =>
            ofConsultations
              ? { ...shape, subgraph: 'consultations' as const }
              : ofFood
              ? { ...shape, subgraph: 'food-banks' as const }
              : ofEvents
                ? { ...shape, subgraph: 'events' as const }
                : ofShelters
                  ? { ...shape, subgraph: 'shelters' as const }
                  : shape,
          );
          for (const shape of shapes) {
            const before = typeName === 'Mutation' ? await organisationCount() : 0;
            const response = await ask(endpoint, role, shape);
            const body = JSON.stringify(response);
            const values = shape.select ? shape.select(response.data) : valuesAt(response.data, shape.path);
            const accessErrors = (response.errors ?? []).filter((e) =>
              ['UNAUTHENTICATED', 'FORBIDDEN'].includes(String(e.extensions?.code)),
            );
            if (expected === 'hidden') {
              // Not there at all: no value, no count, no trace of it; nothing to refuse.
              expect(values.every((v) => v === null || v === undefined), `${shape.name}: ${body}`).toBe(true);
              expect(body, shape.name).not.toMatch(DV_SHELTER_NAME);
              expect(body, shape.name).not.toMatch(/DV_SHELTER/);
            } else if (expected === 'allowed') {
              // (In a network's member list, other members' contacts may rightly be denied.)
              if (!shape.select) expect(accessErrors, `${shape.name}: ${body}`).toEqual([]);
              expect(values.length, `${shape.name}: ${body}`).toBeGreaterThan(0);
              expect(values.every((v) => v !== null && v !== undefined), `${shape.name}: ${body}`).toBe(true);
            } else {
              // Denied: null where the value would be, an error saying why, the rest of the data intact, no trace of the value.
              expect(values.every((v) => v === null || v === undefined), `${shape.name}: ${body}`).toBe(true);
              expect(accessErrors.map((e) => e.extensions?.code), `${shape.name}: ${body}`).toContain(expected);
              if (typeName === 'Query') {
                expect(body, shape.name).not.toMatch(/"hash"|prevHash|seq/);
              } else if (typeName === 'Event') {
                expect(JSON.stringify(response.data), shape.name).toMatch(/夏まつり/);
              } else if (typeName === 'Shelter') {
                expect(body, shape.name).not.toMatch(DV_SHELTER_NAME);
              } else if (ofFood) {
                expect(body, shape.name).not.toMatch(FOOD_LEAK);
              } else if (typeName !== 'Mutation') {
                expect(body, shape.name).not.toMatch(CONTACT_LEAK);
                expect(JSON.stringify(response.data), shape.name).toMatch(/社会福祉法人 菊愛会/);
              } else if (fieldName === 'createOrganization') {
                expect(await organisationCount()).toBe(before);
              }
            }
            results.push({ field, role, shape: shape.name, endpoint, outcome: expected });
          }
        });
      }
    }
  }

  it('ran every case', () => {
    const fields = Object.keys(EXPECTED).length;
    console.info(
      `access matrix: ${fields} protected fields × ${Object.keys(CALLERS).length} roles × 2 endpoints; ` +
        `${results.length} requests (query shapes included), ` +
        `${results.filter((r) => r.outcome !== 'allowed').length} denied without a leak`,
    );
    expect(results.length).toBeGreaterThanOrEqual(fields * 6 * 2);
  });
});
