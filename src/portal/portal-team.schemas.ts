import { Type } from 'typebox';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { PortalRoleSchema, security } from './portal-session.schemas.ts';

const clientUserProperties = {
  id: Type.Integer(),
  client_id: Type.Integer(),
  email: Type.String(),
  role: PortalRoleSchema,
  active: Type.Boolean(),
  status: Type.Enum(['invited', 'active', 'inactive'], {
    description: 'invited: the invitation is not accepted yet; inactive: deactivated (cannot sign in)',
  }),
  totp_enabled: Type.Boolean(),
  invited_by: Type.String({ description: 'operator:NAME, cli, or client_user:ID' }),
  invitation_expires_at: Type.Union([Timestamp, Type.Null()], { description: 'The end of the open invitation (invited users)' }),
  created_at: Timestamp,
  updated_at: Timestamp,
};

export const ClientUserView = Type.Object(clientUserProperties, { title: 'ClientUser' });

/** A new invitation's answer: the user, and the page its e-mailed link opens (never the token). */
export const InvitedClientUserView = Type.Object(
  {
    ...clientUserProperties,
    accept_page: Type.String({ description: 'the page the e-mailed link opens, without its token: PUBLIC_URL, else the origin of this request' }),
  },
  { title: 'InvitedClientUser' },
);

export const InviteUserBody = Type.Object({
  email: Type.String({ format: 'email', maxLength: 254, description: 'unique in the store; the invitation goes there' }),
  role: PortalRoleSchema,
});

export const UpdateUserBody = Type.Object({
  role: Type.Optional(PortalRoleSchema),
  active: Type.Optional(Type.Boolean({ description: 'false: the user cannot sign in, and its sessions end at once' })),
});

export const INVITE_VALIDATION_MESSAGE =
  'email must be an e-mail address of at most 254 characters and role one of owner, admin, developer, finance, viewer';

export const ClientUserParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
  userId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});

const tags = ['portal: team'];

export const schemas = {
  list: {
    tags,
    security,
    summary: "The client's users (team.read)",
    response: { 200: Type.Array(ClientUserView), ...errorResponses(401, 403) },
  },
  invite: {
    tags,
    security,
    summary: 'Invite a colleague (team.manage; an admin invites no owner): the user is created and the invitation e-mailed',
    description:
      'A user of the client who has not accepted an invitation yet is invited again (the earlier link stops working); an address any other user has is 409 EMAIL_TAKEN.',
    body: InviteUserBody,
    response: { 201: InvitedClientUserView, ...errorResponses(400, 401, 403, 409, 413, 415) },
  },
  update: {
    tags,
    security,
    summary: "Change a colleague's role or deactivate / activate them (team.manage; admins: not owners)",
    description: 'The account keeps at least one active owner (409 LAST_OWNER). Deactivation ends their sessions at once.',
    params: IdParams,
    body: UpdateUserBody,
    response: { 200: ClientUserView, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
  },
};

const adminTags = ['admin: client users'];
const adminSecurity = [{ operatorAuth: [] }];

export const adminSchemas = {
  list: {
    tags: adminTags,
    security: adminSecurity,
    summary: "A client's portal users",
    params: IdParams,
    response: { 200: Type.Array(ClientUserView), ...errorResponses(400, 401, 404) },
  },
  invite: {
    tags: adminTags,
    security: adminSecurity,
    summary: 'Invite a person to the client portal of a client (any role): the user is created and the invitation e-mailed',
    description:
      'The e-mail links to <PUBLIC_URL or this request’s origin>/portal/accept?token=…; the token is in the e-mail only. A user of the client who has not accepted yet is invited again; an address any other user has is 409 EMAIL_TAKEN.',
    params: IdParams,
    body: InviteUserBody,
    response: { 201: InvitedClientUserView, ...errorResponses(400, 401, 404, 409, 413, 415) },
  },
  change: {
    tags: adminTags,
    security: adminSecurity,
    params: ClientUserParams,
    response: { 200: ClientUserView, ...errorResponses(400, 401, 404) },
  },
  totpReset: {
    tags: adminTags,
    security: adminSecurity,
    summary:
      "Turn off a portal user's two-factor authentication (a lost device and recovery codes): its sessions end, the password alone signs in again",
    params: ClientUserParams,
    response: { 200: ClientUserView, ...errorResponses(400, 401, 404) },
  },
};
