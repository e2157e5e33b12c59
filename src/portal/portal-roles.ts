import { errors } from '../shared/errors.ts';
import type { ClientUserRole } from '../infra/db/schema.ts';

export type PortalRole = ClientUserRole;

/** Most powerful first. */
export const PORTAL_ROLES: readonly PortalRole[] = ['owner', 'admin', 'developer', 'finance', 'viewer'];

/** What a portal route may need; docs/portal.md lists the routes of each. */
export const PORTAL_PERMISSION_NAMES = [
  'team.read',
  'team.manage',
  'wallets.read',
  'wallets.alerts',
  'transactions.read',
  'orders.read',
  'codes.reveal',
  'events.read',
  'webhooks.manage',
  'credentials.read',
  'credentials.manage',
  'audit.read',
  'catalog.read',
  'orders.create',
] as const;

export type PortalPermission = (typeof PORTAL_PERMISSION_NAMES)[number];

const everything = new Set<PortalPermission>(PORTAL_PERMISSION_NAMES);

/**
 * The role table: what each role may do, the one definition the portal's routes are checked
 * against (each route names its permission; `portal-auth.ts` refuses the others with 403
 * PERMISSION_DENIED). An admin has every permission, but `mayAssignRole` keeps owners out of
 * its reach. A developer may reveal voucher codes: the API credentials it manages read them anyway.
 * Spending (`orders.create`) is for owners, admins and finance, who see the balances they spend.
 */
export const PORTAL_PERMISSIONS: Readonly<Record<PortalRole, ReadonlySet<PortalPermission>>> = {
  owner: everything,
  admin: everything,
  developer: new Set([
    'team.read',
    'orders.read',
    'codes.reveal',
    'events.read',
    'webhooks.manage',
    'credentials.read',
    'credentials.manage',
    'catalog.read',
  ]),
  finance: new Set(['team.read', 'wallets.read', 'wallets.alerts', 'transactions.read', 'orders.read', 'catalog.read', 'orders.create']),
  viewer: new Set(['team.read', 'wallets.read', 'transactions.read', 'orders.read', 'events.read', 'credentials.read', 'catalog.read']),
};

export function hasPermission(role: PortalRole, permission: PortalPermission): boolean {
  return PORTAL_PERMISSIONS[role].has(permission);
}

/**
 * Whether a user of `actor` role may give a colleague `to` (a new user: `from` null), beyond
 * `team.manage`: owners manage everyone; admins everyone but owners, and make no owner.
 */
export function mayAssignRole(actor: PortalRole, from: PortalRole | null, to: PortalRole): boolean {
  if (!hasPermission(actor, 'team.manage')) return false;
  if (actor === 'owner') return true;
  return from !== 'owner' && to !== 'owner';
}

/** What a user is refused for lack of a permission (or of reach over a colleague's role). */
export const permissionDenied = () => errors.forbidden('Your role does not allow this', 'PERMISSION_DENIED');
