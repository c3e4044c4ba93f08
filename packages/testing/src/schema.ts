// The schema is the product's face: every type, field, argument-bearing input field and enum value says what it
// is in Japanese and in English. This lists what does not, for a subgraph's schema test.
import { isEnumType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const ENGLISH = /[A-Za-z]{2,}/;
const BUILT_IN = ['String', 'Int', 'Float', 'Boolean', 'ID'];
// Federation's own types, and the root types (their fields are checked).
const UNDESCRIBED_TYPES = ['link__Import', 'link__Purpose', 'FieldSet', 'federation__FieldSet', 'Query', 'Mutation'];

export function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description || !JAPANESE.test(description) || !ENGLISH.test(description)) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('_') || type.name.startsWith('federation__') || BUILT_IN.includes(type.name)) continue;
    if (!UNDESCRIBED_TYPES.includes(type.name)) check(type.name, type.description);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (!field.name.startsWith('_')) check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type) && !type.name.startsWith('link__')) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}
