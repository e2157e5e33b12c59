import { mayAssignRole, PORTAL_PERMISSIONS, PORTAL_ROLES, type PortalPermission, type PortalRole } from '../../../src/portal/portal-roles.ts';

export type Role = PortalRole;
export const ROLES = PORTAL_ROLES;

/**
 * What a role lets a person do: the store's role table (src/portal/portal-roles.ts), which every
 * portal route is checked against, and `owners`: reaching owners (inviting one, making someone
 * one, changing or deactivating one), which `mayAssignRole` keeps from admins.
 */
type Ability = PortalPermission | 'owners';

/** Each ability in words that follow "can", in the order a role's description reads them. */
const ABILITIES: readonly (readonly [Ability, string])[] = [
  ['team.read', 'see the team'],
  ['team.manage', 'invite colleagues, change their roles and deactivate them'],
  ['owners', 'invite, change and deactivate owners'],
  ['wallets.read', 'see balances'],
  ['transactions.read', 'read statements'],
  ['wallets.alerts', 'set low-balance alerts'],
  ['catalog.read', 'browse the catalog and get quotes'],
  ['orders.create', 'place orders'],
  ['orders.read', 'see orders'],
  ['codes.reveal', 'reveal voucher codes'],
  ['events.read', 'see webhooks and events'],
  ['webhooks.manage', 'manage webhooks and resend events'],
  ['credentials.read', 'see API credentials and the IP allowlist'],
  ['credentials.manage', 'manage API credentials and the IP allowlist'],
  ['audit.read', "read the account's activity"],
];

/** An ability that needs another to be of use: managing what one sees. */
const NEEDS: Partial<Record<Ability, Ability>> = {
  'team.manage': 'team.read',
  owners: 'team.manage',
  'webhooks.manage': 'events.read',
  'credentials.manage': 'credentials.read',
};

function abilitiesOf(role: Role): Set<Ability> {
  const abilities = new Set<Ability>(PORTAL_PERMISSIONS[role]);
  if (mayAssignRole(role, 'owner', 'owner')) abilities.add('owners');
  return abilities;
}

/** What can be done: an ability a held one builds on goes without saying. */
const granted = (abilities: Set<Ability>) =>
  ABILITIES.filter(([ability]) => abilities.has(ability) && !ABILITIES.some(([other]) => abilities.has(other) && NEEDS[other] === ability));

/** What cannot be done: an ability whose basis is missing too goes without saying. */
const withheld = (abilities: Set<Ability>) =>
  ABILITIES.filter(([ability]) => abilities.has(ability) && !(NEEDS[ability] !== undefined && abilities.has(NEEDS[ability])));

const words = (abilities: (readonly [Ability, string])[]) => abilities.map(([, text]) => text).join('; ');

/** What a person of this role can and cannot do in the portal, as the store checks it. */
export function describeRole(role: Role): string {
  const abilities = abilitiesOf(role);
  const missing = new Set(ABILITIES.map(([ability]) => ability).filter((ability) => !abilities.has(ability)));
  if (missing.size === 0) return 'Can do everything in the portal, including inviting, changing and deactivating owners.';
  if (missing.size === 1 && missing.has('owners')) return 'Can do everything in the portal, except inviting, changing or deactivating owners.';
  return `Can: ${words(granted(abilities))}. Cannot: ${words(withheld(missing))}.`;
}

/** What a colleague gains and loses when their role changes from one to the other. */
export function describeRoleChange(from: Role, to: Role): string {
  const before = abilitiesOf(from);
  const after = abilitiesOf(to);
  const gained = new Set([...after].filter((ability) => !before.has(ability)));
  const lost = new Set([...before].filter((ability) => !after.has(ability)));
  const parts = [
    gained.size > 0 ? `can also: ${words(granted(gained))}.` : '',
    lost.size > 0 ? `can no longer: ${words(withheld(lost))}.` : '',
  ].filter(Boolean);
  return parts.length === 0
    ? 'From their next request, they can do what they could before.'
    : `From their next request, they ${parts.join(' They ')}`;
}

/** The roles a person of `actor`'s role may give a colleague who has `from` now (a new colleague: null), as the store allows. */
export const assignableRoles = (actor: Role, from: Role | null): Role[] => ROLES.filter((to) => mayAssignRole(actor, from, to));
