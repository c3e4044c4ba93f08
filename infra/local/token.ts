// `pnpm token <demo user>` or `pnpm token --role consultation_worker --municipality 432105 [--organization ID]`
// prints a bearer token of the local run's issuer (development only).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ROLES, type HubClaims } from '@renkei/identity';
import { findMunicipality } from '@renkei/municipalities';
import { loadRegionRegistry } from '@renkei/regions';
import { DEMO_USERS } from './demo-users.js';
import { devIssuer } from './dev-issuer.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function usage(problem?: string): never {
  if (problem) console.error(`${problem}\n`);
  console.error(`Usage:
  pnpm token <user>
  pnpm token --role <role> [--municipality <code>] [--organization <id>] [--region <code>] [--expires 8h]

Demo users:
${Object.entries(DEMO_USERS)
  .map(([name, user]) => `  ${name.padEnd(18)} ${user.description}`)
  .join('\n')}

Roles: ${ROLES.filter((r) => r !== 'public').join(', ')}`);
  process.exit(problem ? 1 : 0);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string', multiple: true },
    municipality: { type: 'string' },
    organization: { type: 'string' },
    region: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    help: { type: 'boolean' },
  },
});
if (values.help) usage();

let claims: HubClaims;
if (positionals.length > 0) {
  const user = DEMO_USERS[positionals[0]!];
  if (!user) usage(`There is no demo user "${positionals[0]}".`);
  claims = user.claims;
} else if (values.role) {
  const unknown = values.role.filter((r) => !(ROLES as readonly string[]).includes(r) || r === 'public');
  if (unknown.length > 0) usage(`Unknown role: ${unknown.join(', ')}`);
  let region = values.region;
  if (values.municipality) {
    if (!findMunicipality(values.municipality)) usage(`No local government has the code ${values.municipality}.`);
    region ??= loadRegionRegistry().regionOfMunicipality(values.municipality)?.code;
  }
  claims = {
    sub: `dev-${values.role.join('+')}-${values.municipality ?? region ?? 'any'}`,
    roles: values.role,
    ...(values.municipality ? { municipality: values.municipality } : {}),
    ...(values.organization ? { organization: values.organization } : {}),
    ...(region ? { region } : {}),
  };
} else {
  usage();
}

const { issuer } = await devIssuer(resolve(process.env.HUB_DATA_DIR ?? resolve(ROOT, '.data')));
console.log(await issuer.mint(claims, { expiresIn: values.expires }));
