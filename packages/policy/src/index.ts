export { ROLE_SCOPES, SCOPES, scopesOf, statisticsScope, type Scope } from './roles.js';
export {
  readPolicyDirectives,
  requirementsOf,
  SECURITY_DIRECTIVES,
  stripSecurityFeatures,
  type PolicyMap,
  type Requirement,
} from './directives.js';
export { accessError, deny, POLICY_PRECONDITIONS, type Denial, type PolicyPrecondition } from './decide.js';
export { authenticate } from './authenticate.js';
