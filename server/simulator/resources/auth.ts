import { randomBytes } from 'node:crypto';
import { badRequest, forbidden, unauthorized } from '../errors';
import { ok, type RequestContext, type RouteSpec } from '../http/context';
import { ALL_ROLES } from '../state/roles';
import { PLATFORM_PROJECT_ID } from '../state/store';

const micro = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

/** Public-key throttle (seed L1347–L1352): 60/min per IP shared by v1 and v2, 1000/min overall; 403 past either. */
function throttlePublicKey(ctx: RequestContext): void {
  const { publicKeyLimits, clientIp, now } = ctx;
  if (!publicKeyLimits.global.allow('global', 'GET', now)) {
    throw forbidden('the public-key endpoint is closed for a minute: more than 1000 requests per minute across all callers');
  }
  if (!publicKeyLimits.perIp.allow(clientIp, 'GET', now)) {
    throw forbidden('too many public-key requests from this IP: at most 60 per minute; wait a minute');
  }
}

function authenticateUser(ctx: RequestContext) {
  const body = ctx.body as { auth?: { passwordCredentials?: { username?: unknown; password?: unknown } } };
  const creds = body?.auth?.passwordCredentials;
  if (!creds || typeof creds.username !== 'string' || !creds.username) {
    throw badRequest('auth.passwordCredentials.username is required');
  }
  if (typeof creds.password !== 'string' || !creds.password) {
    throw badRequest('auth.passwordCredentials.password is required (RSA-encrypted with the public-key modulus, as hex)');
  }
  const password = ctx.rsa.decryptHex(creds.password, 'auth.passwordCredentials.password');
  const user = ctx.store.userByLogin(creds.username);
  if (!user || user.password !== password) throw unauthorized('user name or password is wrong');
  if (!user.enabled) throw unauthorized(`user ${user.name} is disabled`);
  const token = ctx.tokens.issue(user.id, ctx.now);
  const project = ctx.store.projects.get(user.project_id);
  const tenant = project
    ? { id: project.id, enabled: project.enabled === 1, description: project.description, name: project.name }
    : { id: PLATFORM_PROJECT_ID, enabled: true, description: 'Bootstrap project for initializing the cloud.', name: 'admin' };
  return ok({
    access: {
      token: {
        issued_at: micro(token.issuedAt),
        expires: micro(token.expiresAt),
        id: token.id,
        tenant,
        audit_ids: [randomBytes(16).toString('base64url').slice(0, 22)],
      },
      user: { username: user.name, roles_links: [], name: user.name, roles: [{ name: user.role_type }], id: user.id },
    },
  });
}

/** Public key (v1 with the trailing newline the seed shows, v2 without) and password sign-in. */
export function authRoutes(): RouteSpec[] {
  return [
    {
      method: 'GET', paths: ['/janus/public-key'], roles: ALL_ROLES, public: true,
      summary: 'RSA-2048 public-key modulus (hex, trailing newline)',
      handler: (ctx) => {
        throttlePublicKey(ctx);
        return ok({ public_key: `${ctx.rsa.modulusHex}\n` });
      },
    },
    {
      method: 'GET', paths: ['/janus/v2/public-key'], roles: ALL_ROLES, public: true,
      summary: 'RSA-2048 public-key modulus (hex), v2',
      handler: (ctx) => {
        throttlePublicKey(ctx);
        return ok({ public_key: ctx.rsa.modulusHex });
      },
    },
    {
      method: 'POST', paths: ['/janus/authenticate'], roles: ALL_ROLES, public: true,
      summary: 'password sign-in → token (24 h)',
      handler: authenticateUser,
    },
  ];
}
