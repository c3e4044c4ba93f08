// Settings come from the environment and are checked at start-up: a server with a wrong setting says which
// and why, then exits, rather than failing later in the middle of a request.

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface Setting<T> {
  parse(raw: string | undefined, name: string): T;
}

type Settings = Record<string, Setting<unknown>>;
type Parsed<S extends Settings> = { [K in keyof S]: S[K] extends Setting<infer T> ? T : never };

class Problem extends Error {}

function setting<T>(parse: (raw: string, name: string) => T, fallback: () => T): Setting<T> {
  return {
    parse: (raw, name) => (raw === undefined || raw === '' ? fallback() : parse(raw.trim(), name)),
  };
}

function required(name: string): never {
  throw new Problem(`${name} is required`);
}

export const env = {
  port(fallback?: number): Setting<number> {
    return setting(
      (raw, name) => {
        const n = Number(raw);
        if (!/^\d+$/.test(raw) || n > 65535) throw new Problem(`${name} must be a port number from 0 to 65535 (0: any free port), not "${raw}"`);
        return n;
      },
      () => fallback ?? required('port'),
    );
  },
  string(fallback?: string): Setting<string> {
    return setting((raw) => raw, () => fallback ?? required('value'));
  },
  optionalString(): Setting<string | undefined> {
    return setting<string | undefined>((raw) => raw, () => undefined);
  },
  oneOf<const T extends string>(values: readonly T[], fallback: T): Setting<T> {
    return setting(
      (raw, name) => {
        if (!values.includes(raw as T)) throw new Problem(`${name} must be one of ${values.join(', ')}, not "${raw}"`);
        return raw as T;
      },
      () => fallback,
    );
  },
  boolean(fallback: boolean): Setting<boolean> {
    return setting(
      (raw, name) => {
        if (['true', '1', 'yes'].includes(raw)) return true;
        if (['false', '0', 'no'].includes(raw)) return false;
        throw new Problem(`${name} must be true or false, not "${raw}"`);
      },
      () => fallback,
    );
  },
  /** A positive integer such as a time-out in milliseconds or a size in bytes. */
  positiveInteger(fallback: number): Setting<number> {
    return setting(
      (raw, name) => {
        if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Problem(`${name} must be a positive whole number, not "${raw}"`);
        return Number(raw);
      },
      () => fallback,
    );
  },
  /** A number within bounds, such as a scale factor; `integer` for whole numbers only. */
  number(bounds: { min: number; max: number; integer?: boolean }, fallback: number): Setting<number> {
    return setting(
      (raw, name) => {
        const n = Number(raw);
        if (raw.trim() === '' || !Number.isFinite(n) || n < bounds.min || n > bounds.max || (bounds.integer && !Number.isInteger(n))) {
          throw new Problem(`${name} must be ${bounds.integer ? 'a whole number' : 'a number'} from ${bounds.min} to ${bounds.max}, not "${raw}"`);
        }
        return n;
      },
      () => fallback,
    );
  },
  /** A URL with one of the given protocols; its password never appears in an error. */
  url(protocols: string[], fallback?: string): Setting<string> {
    return setting(
      (raw, name) => {
        let url: URL;
        try {
          url = new URL(raw);
        } catch {
          throw new Problem(`${name} must be a URL (${protocols.join(' or ')})`);
        }
        if (!protocols.includes(url.protocol.replace(/:$/, ''))) {
          throw new Problem(`${name} must start with ${protocols.map((p) => `${p}://`).join(' or ')}`);
        }
        return raw;
      },
      () => fallback ?? required('URL'),
    );
  },
  optionalUrl(protocols: string[]): Setting<string | undefined> {
    const inner = env.url(protocols);
    return setting<string | undefined>((raw, name) => inner.parse(raw, name), () => undefined);
  },
  /** A comma-separated list. */
  list(fallback: string[]): Setting<string[]> {
    return setting(
      (raw) => raw.split(',').map((s) => s.trim()).filter((s) => s !== ''),
      () => fallback,
    );
  },
};

/** Reads every setting, collecting all problems before it throws, so that one start names them all. */
export function readConfig<S extends Settings>(source: NodeJS.ProcessEnv, settings: S): Parsed<S> {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(settings)) {
    try {
      result[name] = spec.parse(source[name], name);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      problems.push(error.message.replace(/^(port|value|URL) is required$/, `${name} is required`));
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return result as Parsed<S>;
}
