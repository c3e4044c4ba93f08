import { undescribed } from '@renkei/testing';
import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildUnguardedSchema } from './app.js';
import { ATTENDEE_KINDS, AUDIENCES, EVENT_TYPES, STATUSES } from './vocabulary.js';

const schema = buildUnguardedSchema();

describe('the events schema', () => {
  it.each([
    ['EventType', EVENT_TYPES],
    ['EventAudience', AUDIENCES],
    ['EventStatus', STATUSES],
    ['AttendeeKind', ATTENDEE_KINDS],
  ])('enum %s has exactly the vocabulary codes', (name, terms) => {
    const type = schema.getType(name);
    expect(isEnumType(type)).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(terms).sort());
  });

  it('describes every type, field and enum value in Japanese and English', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('leaves nullable every field a policy may hide', () => {
    const guarded = ['registeredParticipants', 'invitees', 'attendance'];
    const event = schema.getType('Event');
    for (const name of guarded) expect(String((event as { getFields(): Record<string, { type: unknown }> }).getFields()[name]!.type)).not.toMatch(/!$/);
  });
});
