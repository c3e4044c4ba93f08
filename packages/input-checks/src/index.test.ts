import { describe, expect, it } from 'vitest';
import { inputChecks, municipalityCode } from './index.js';

const checks = inputChecks({ title: ['title', '名称'] });
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { extensions: Record<string, unknown>; message: string });
  }
  throw new Error('expected a failure');
};

describe('input checks', () => {
  it('names the field in both languages', () => {
    const error = failure(() => checks.requiredText('  ', 'input.title', 10));
    expect(error.message).toBe('title must not be empty');
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageJa: '名称を入力してください。', field: 'input.title' });
    expect(failure(() => checks.requiredText('あ'.repeat(11), 'input.title', 10)).extensions.messageJa).toBe('名称は10文字以内で入力してください。');
    expect(failure(() => checks.optionalText('a\u0007b', 'input.title', 10)).message).toMatch(/control characters/);
    expect(checks.optionalText('  説明  ', 'input.title', 10)).toBe('説明');
  });

  it('reads codes, readings, phone numbers, web addresses and times', () => {
    expect(municipalityCode('４３４０４３', 'code')).toBe('434043');
    expect(failure(() => municipalityCode('432106', 'code')).extensions.messageJa).toMatch(/検査数字/);
    expect(checks.kana('ｷｸﾁ', 'kana', true)).toBe('キクチ');
    expect(failure(() => checks.kana('きくち', 'kana', true)).message).toMatch(/katakana/);
    expect(checks.phone('０００－００００－０００１', 'phone')).toBe('000-0000-0001');
    expect(failure(() => checks.phone('12345', 'phone')).extensions.field).toBe('phone');
    expect(checks.website('https://example.example/a', 'url')).toBe('https://example.example/a');
    expect(failure(() => checks.website('http://x.example', 'url', { httpsOnly: true })).message).toMatch(/https:\/\//);
    expect(failure(() => checks.website('javascript:alert(1)', 'url')).extensions.code).toBe('BAD_USER_INPUT');
    expect(checks.time('９:05', 'opens')).toBe('09:05');
    expect(() => checks.time('24:00', 'opens')).toThrow();
  });
});
