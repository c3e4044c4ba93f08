// Real keys, real signatures: every way a token can be wrong, and what a right one yields.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url, generateKeyPair, SignJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  createLocalIssuer,
  createTokenVerifier,
  loadOrCreateLocalIssuer,
  PUBLIC_IDENTITY,
  type LocalIssuer,
  type TokenVerifier,
} from './index.js';

const options = { issuer: 'https://idp.test.example', audience: 'renkei-hub' };
let issuer: LocalIssuer;
let verifier: TokenVerifier;

beforeAll(async () => {
  issuer = await createLocalIssuer(options);
  verifier = createTokenVerifier({ ...options, publicKeys: issuer.jwks });
});

const worker = {
  sub: 'worker-1',
  roles: ['consultation_worker', 'made_up_role'],
  organization: 'kikuchi:Organization:6f1c2a9e-3b4d-5c5e-8f60-718293a4b5c6',
  municipality: '432105',
  region: 'kikuchi',
  consortia: ['kikuchi'],
};

async function problem(authorization: string): Promise<string> {
  try {
    await verifier.verify(authorization);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).messageJa).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    return (error as AuthenticationError).problem;
  }
  return 'ACCEPTED';
}

describe('verify', () => {
  it('reads the claims of a good token, dropping unknown roles', async () => {
    const identity = await verifier.verify(`Bearer ${await issuer.mint(worker)}`);
    expect(identity).toEqual({
      authenticated: true,
      subject: 'worker-1',
      roles: ['consultation_worker'],
      organizationId: worker.organization,
      municipalityCode: '432105',
      region: 'kikuchi',
      consortia: ['kikuchi'],
    });
  });

  it('accepts the scheme name in any case', async () => {
    expect((await verifier.verify(`bearer ${await issuer.mint(worker)}`)).subject).toBe('worker-1');
  });

  it('treats no header as the public', async () => {
    expect(await verifier.verify(undefined)).toBe(PUBLIC_IDENTITY);
    expect(await verifier.verify('')).toBe(PUBLIC_IDENTITY);
  });

  it('refuses expired and not-yet-valid tokens', async () => {
    expect(await problem(`Bearer ${await issuer.mint(worker, { expiresIn: Math.floor(Date.now() / 1000) - 120 })}`)).toBe('EXPIRED');
    expect(await problem(`Bearer ${await issuer.mint(worker, { notBefore: '1h' })}`)).toBe('NOT_YET_VALID');
  });

  it('refuses a token signed by another key, even with the same key id', async () => {
    const stranger = await createLocalIssuer(options);
    expect(await problem(`Bearer ${await stranger.mint(worker)}`)).toBe('SIGNATURE');
    const { privateKey } = await generateKeyPair('ES256');
    const forged = await new SignJWT({ roles: ['hub_admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: issuer.jwks.keys[0]!.kid })
      .setSubject('intruder')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await problem(`Bearer ${forged}`)).toBe('SIGNATURE');
  });

  it('refuses alg "none" and a shared-secret algorithm', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }));
    const payload = base64url.encode(
      JSON.stringify({ sub: 'x', roles: ['hub_admin'], iss: options.issuer, aud: options.audience, exp: 9999999999 }),
    );
    expect(await problem(`Bearer ${header}.${payload}.`)).not.toBe('ACCEPTED');
    const hs = await new SignJWT({ roles: ['hub_admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(options.issuer)
      .setAudience(options.audience)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a shared secret that is long enough'));
    expect(await problem(`Bearer ${hs}`)).toBe('ALGORITHM');
  });

  it('refuses the wrong audience and the wrong issuer', async () => {
    const otherAudience = await createLocalIssuer({ ...options, audience: 'another-app' });
    const v = createTokenVerifier({ ...options, publicKeys: otherAudience.jwks });
    await expect(v.verify(`Bearer ${await otherAudience.mint(worker)}`)).rejects.toMatchObject({ problem: 'AUDIENCE' });
    const otherIssuer = await createLocalIssuer({ ...options, issuer: 'https://evil.example' });
    const w = createTokenVerifier({ ...options, publicKeys: otherIssuer.jwks });
    await expect(w.verify(`Bearer ${await otherIssuer.mint(worker)}`)).rejects.toMatchObject({ problem: 'ISSUER' });
  });

  it('refuses malformed headers and claims of the wrong shape', async () => {
    expect(await problem('Basic dXNlcjpwYXNz')).toBe('MALFORMED');
    expect(await problem('Bearer not-a-jwt')).toBe('MALFORMED');
    expect(await problem(`Bearer ${'a'.repeat(20)}.${'b'.repeat(20)}.${'c'.repeat(20)}`)).toBe('MALFORMED');
    expect(await problem(`Bearer ${await issuer.mint({ ...worker, municipality: 'Kikuchi' })}`)).toBe('CLAIMS');
    expect(await problem(`Bearer ${await issuer.mint({ ...worker, roles: 'hub_admin' as unknown as string[] })}`)).toBe('CLAIMS');
  });

  describe('tokens verified lately', () => {
    afterEach(() => vi.useRealTimers());

    it('are refused once they expire, although the signature was checked while they were valid', async () => {
      const token = `Bearer ${await issuer.mint(worker, { expiresIn: '20s' })}`;
      expect((await verifier.verify(token)).subject).toBe('worker-1');
      vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
      expect(await problem(token)).toBe('EXPIRED');
    });

    it('are used for the very same token only: a changed signature or payload is checked and refused', async () => {
      const token = await issuer.mint(worker);
      expect((await verifier.verify(`Bearer ${token}`)).roles).toEqual(['consultation_worker']);
      const [header, payload, signature] = token.split('.');
      const flipped = `${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
      expect(await problem(`Bearer ${header}.${payload}.${flipped}`)).toBe('SIGNATURE');
      const elevated = base64url.encode(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(base64url.decode(payload!))), roles: ['hub_admin'] }));
      expect(await problem(`Bearer ${header}.${elevated}.${signature}`)).toBe('SIGNATURE');
    });

    it('give an identity no request can change for the next', async () => {
      const token = `Bearer ${await issuer.mint(worker)}`;
      const first = await verifier.verify(token);
      expect(() => (first.roles as string[]).push('hub_admin')).toThrow();
      expect((await verifier.verify(token)).roles).toEqual(['consultation_worker']);
    });
  });

  it('reads roles from a nested claim, as Keycloak writes them', async () => {
    const keycloak = createTokenVerifier({ ...options, publicKeys: issuer.jwks, rolesClaim: 'realm_access.roles' });
    const token = await issuer.mint({ sub: 'k', roles: [], realm_access: { roles: ['municipal_staff'] } } as never);
    expect((await keycloak.verify(`Bearer ${token}`)).roles).toEqual(['municipal_staff']);
  });
});

describe('a JWKS URL', () => {
  let server: ReturnType<typeof createServer>;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(issuer.jwks));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('verifies against keys fetched from the provider', async () => {
    const remote = createTokenVerifier({ ...options, jwksUrl: url });
    expect((await remote.verify(`Bearer ${await issuer.mint(worker)}`)).subject).toBe('worker-1');
  });
});

describe('loadOrCreateLocalIssuer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its keys, private key readable by its owner only, so tokens survive a restart', async () => {
    const first = await loadOrCreateLocalIssuer(dir, options);
    const token = await first.mint(worker);
    const second = await loadOrCreateLocalIssuer(dir, options);
    const v = createTokenVerifier({ ...options, publicKeys: second.jwks });
    expect((await v.verify(`Bearer ${token}`)).subject).toBe('worker-1');
    expect(statSync(join(dir, 'local-issuer.private.jwk.json')).mode & 0o077).toBe(0);
  });
});
