import { describe, expect, it } from 'vitest';
import { ConfigError, env, readConfig } from './config.js';

describe('readConfig', () => {
  const spec = {
    PORT: env.port(4000),
    NODE_ENV: env.oneOf(['production', 'development', 'test'], 'production'),
    DATABASE_URL: env.optionalUrl(['postgres', 'postgresql']),
    REGION: env.string(),
  };

  it('applies defaults and parses values', () => {
    expect(readConfig({ REGION: 'kikuchi' }, spec)).toEqual({
      PORT: 4000,
      NODE_ENV: 'production',
      DATABASE_URL: undefined,
      REGION: 'kikuchi',
    });
    expect(readConfig({ PORT: '4100', REGION: 'gifu', DATABASE_URL: 'postgres://u:p@h/db' }, spec).PORT).toBe(4100);
  });

  it('names every bad setting at once and never echoes a password', () => {
    let error: ConfigError | undefined;
    try {
      readConfig({ PORT: '70000', NODE_ENV: 'prod', DATABASE_URL: 'mysql://u:hunter2@h/db' }, spec);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toEqual([
      'PORT must be a port number from 0 to 65535 (0: any free port), not "70000"',
      'NODE_ENV must be one of production, development, test, not "prod"',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'REGION is required',
    ]);
    expect(error?.message).not.toContain('hunter2');
  });

  it('reads a number within bounds and refuses anything else', () => {
    const numbers = { SCALE: env.number({ min: 0.0001, max: 10 }, 1), SEED: env.number({ min: 0, max: 2_147_483_647, integer: true }, 7) };
    expect(readConfig({}, numbers)).toEqual({ SCALE: 1, SEED: 7 });
    expect(readConfig({ SCALE: '0.01', SEED: '42' }, numbers)).toEqual({ SCALE: 0.01, SEED: 42 });
    let error: ConfigError | undefined;
    try {
      readConfig({ SCALE: 'lots', SEED: '1.5' }, numbers);
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error?.problems).toEqual(['SCALE must be a number from 0.0001 to 10, not "lots"', 'SEED must be a whole number from 0 to 2147483647, not "1.5"']);
    expect(() => readConfig({ SCALE: '11' }, numbers)).toThrow(ConfigError);
    expect(() => readConfig({ SCALE: ' ' }, numbers)).toThrow(ConfigError);
  });
});
