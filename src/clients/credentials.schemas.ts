import { Type } from 'typebox';
import { toRfc3339 } from '../shared/dates.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import {
  CREDENTIAL_NAME_MAX_LENGTH,
  MAX_ACTIVE_CREDENTIALS,
  type ApiCredentialRecord,
  type IssuedApiCredential,
} from '../auth/api-credentials.service.ts';
import { ClientIdParams } from './clients.schemas.ts';

const credentialProperties = {
  id: Type.Integer(),
  client_id: Type.Integer(),
  name: Type.String(),
  username: Type.String({ description: 'what POST /auth/login takes as username' }),
  status: Type.Enum(['active', 'revoked']),
  created_by: Type.String({ description: "operator:NAME, cli, client_user:ID, or migration (the client's credential of before)" }),
  created_at: Timestamp,
  last_used_at: Type.Union([Timestamp, Type.Null()], { description: 'the last login with it (not every request)' }),
  last_used_ip: Type.Union([Type.String(), Type.Null()], { description: 'the address of that login' }),
  revoked_at: Type.Union([Timestamp, Type.Null()]),
  revoked_by: Type.Union([Type.String(), Type.Null()]),
};

export const ApiCredentialView = Type.Object(credentialProperties, { title: 'ApiCredential' });

export const IssuedApiCredentialView = Type.Object(
  {
    ...credentialProperties,
    secret: Type.String({ description: 'the API secret (password of the login), shown this once; only its argon2id hash is kept' }),
  },
  { title: 'IssuedApiCredential' },
);

export const CreateCredentialBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: CREDENTIAL_NAME_MAX_LENGTH, description: 'what the credential is for, e.g. "production 2026"' }),
});

export const CREATE_CREDENTIAL_MESSAGE = `name is required (1 to ${CREDENTIAL_NAME_MAX_LENGTH} characters)`;

export function apiCredentialView(credential: ApiCredentialRecord) {
  return {
    id: credential.id,
    client_id: credential.client_id,
    name: credential.name,
    username: credential.username,
    status: credential.revoked_at ? ('revoked' as const) : ('active' as const),
    created_by: credential.created_by,
    created_at: toRfc3339(credential.created_at),
    last_used_at: credential.last_used_at && toRfc3339(credential.last_used_at),
    last_used_ip: credential.last_used_ip,
    revoked_at: credential.revoked_at && toRfc3339(credential.revoked_at),
    revoked_by: credential.revoked_by,
  };
}

export const issuedCredentialView = (issued: IssuedApiCredential) => ({ ...apiCredentialView(issued.credential), secret: issued.secret });

export const CREDENTIALS_RULES =
  `At most ${MAX_ACTIVE_CREDENTIALS} active credentials per client (409 CREDENTIAL_LIMIT). ` +
  'Revoking a credential ends at once every token it logged in, refresh tokens included; revoking a revoked one changes nothing.';

const CredentialParams = Type.Object({
  id: ClientIdParams.properties.id,
  credentialId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});

const tags = ['admin: clients'];
const security = [{ operatorAuth: [] }];

export const adminCredentialSchemas = {
  list: {
    tags,
    security,
    summary: "A client's API credentials, revoked ones too",
    params: ClientIdParams,
    response: { 200: Type.Array(ApiCredentialView), ...errorResponses(400, 401, 404) },
  },
  create: {
    tags,
    security,
    summary: 'Create an API credential for a client (its secret is shown once)',
    description: CREDENTIALS_RULES,
    params: ClientIdParams,
    body: CreateCredentialBody,
    response: { 201: IssuedApiCredentialView, ...errorResponses(400, 401, 404, 409, 413, 415) },
  },
  revoke: {
    tags,
    security,
    summary: "Revoke a client's API credential and every token it logged in",
    description: CREDENTIALS_RULES,
    params: CredentialParams,
    response: { 200: ApiCredentialView, ...errorResponses(400, 401, 404) },
  },
};
