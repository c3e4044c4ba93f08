import { undescribed } from '@renkei/testing';
import { getNamedType, isEnumType, isInputObjectType, Kind, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildUnguardedSchema } from './app.js';
import * as vocabulary from './vocabulary.js';

const schema = buildUnguardedSchema();

describe('the organisations schema', () => {
  it.each([
    ['LegalForm', vocabulary.LEGAL_FORMS],
    ['ProgrammeRole', vocabulary.PROGRAMME_ROLES],
    ['DeliveryMode', vocabulary.DELIVERY_MODES],
    ['ServiceCategory', vocabulary.SERVICE_CATEGORIES],
    ['TargetGroup', vocabulary.TARGET_GROUPS],
    ['SchoolAgeBand', vocabulary.SCHOOL_AGE_BANDS],
    ['Weekday', vocabulary.WEEKDAYS],
    ['NetworkMemberRole', vocabulary.NETWORK_MEMBER_ROLES],
  ])('enum %s has exactly the vocabulary codes', (name, terms) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(terms).sort());
  });

  it('describes every type, field and enum value in Japanese and English', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('tells the gateway how to route every root field (@regional), naming arguments that exist', () => {
    const strategies = ['CONNECTION', 'LIST', 'REFERENCE_LIST', 'OWNER', 'ANY'];
    const problems: string[] = [];
    const routes: Record<string, string> = {};
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        if (field.name.startsWith('_')) continue;
        const where = `${root.name}.${field.name}`;
        const directive = field.astNode?.directives?.find((d) => d.name.value === 'regional');
        const value = (name: string) => {
          const node = directive?.arguments?.find((a) => a.name.value === name)?.value;
          return node?.kind === Kind.STRING ? node.value : undefined;
        };
        const strategy = value('strategy');
        const argument = value('argument');
        if (!strategy || !strategies.includes(strategy)) {
          problems.push(`${where}: no @regional strategy`);
          continue;
        }
        routes[where] = argument ? `${strategy} ${argument}` : strategy;
        if (!argument || strategy !== 'OWNER') continue;
        // An argument path names an argument, then input fields down from it.
        const [head, ...rest] = argument.split('.');
        let found: { type: GraphQLInputType } | undefined = field.args.find((a) => a.name === head);
        for (const step of rest) {
          const type = found && getNamedType(found.type);
          found = type && isInputObjectType(type) ? type.getFields()[step] : undefined;
        }
        if (!found) problems.push(`${where}: the argument path "${argument}" names no argument`);
      }
    }
    expect(problems).toEqual([]);
    expect(routes).toEqual({
      'Query.organization': 'OWNER id',
      'Query.organizations': 'CONNECTION',
      'Query.municipality': 'OWNER code',
      'Query.municipalities': 'REFERENCE_LIST code',
      'Query.regions': 'REFERENCE_LIST code',
      'Query.region': 'OWNER code',
      'Query.network': 'OWNER id',
      'Query.networks': 'CONNECTION',
      'Query.vocabularies': 'ANY',
      'Query.auditTrail': 'OWNER region',
      'Query.auditTrailCheck': 'OWNER region',
      'Query.exportAuditTrail': 'OWNER region',
      'Mutation.createOrganization': 'OWNER input.municipalityCode',
      'Mutation.updateOrganization': 'OWNER id',
      'Mutation.addService': 'OWNER organizationId',
      'Mutation.updateService': 'OWNER id',
      'Mutation.removeService': 'OWNER id',
    });
  });
});
