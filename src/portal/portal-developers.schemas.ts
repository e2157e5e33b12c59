import { Type } from 'typebox';
import { errorResponses, Timestamp } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { ApiCredentialView, CreateCredentialBody, CREDENTIALS_RULES, IssuedApiCredentialView } from '../clients/credentials.schemas.ts';
import { MAX_ALLOWLIST_ENTRIES } from '../clients/allowlist-editor.ts';
import { security } from './portal-session.schemas.ts';

const KnownAddress = Type.Object(
  {
    address: Type.String(),
    yours: Type.Boolean({ description: "the caller's own address, as the store sees it (behind TRUST_PROXY, from X-Forwarded-For)" }),
    credentials: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), last_used_at: Timestamp }), {
      description: 'the active credentials whose last login came from this address',
    }),
  },
  { title: 'KnownAddress' },
);

export const AllowlistView = Type.Object(
  {
    entries: Type.Array(Type.String(), { description: 'addresses and CIDR ranges (normalized); empty: every address may use the API' }),
    your_address: Type.String({ description: 'the address this request came from, as the store sees it' }),
    known_addresses: Type.Array(KnownAddress, { description: "your address and those of the active credentials' last logins" }),
  },
  { title: 'IpAllowlist' },
);

export const AllowlistPreview = Type.Object(
  {
    entries: Type.Array(Type.String(), { description: 'the lines as they would be stored: normalized, distinct, sorted' }),
    refused: Type.Array(KnownAddress, { description: 'the known addresses the new list would refuse: saving it needs confirm: true' }),
  },
  { title: 'IpAllowlistPreview' },
);

const Lines = Type.Array(Type.String({ maxLength: 100 }), {
  maxItems: MAX_ALLOWLIST_ENTRIES,
  description: `one address (IPv4, IPv6) or CIDR range a line, at most ${MAX_ALLOWLIST_ENTRIES}; blank lines are skipped`,
});

export const AllowlistPreviewBody = Type.Object({ entries: Lines });
export const AllowlistBody = Type.Object({
  entries: Lines,
  confirm: Type.Optional(Type.Boolean({ description: 'save even though the list refuses a known address (else 409 ALLOWLIST_LOCKOUT)' })),
});

export const ALLOWLIST_MESSAGE = `entries is required: a list of at most ${MAX_ALLOWLIST_ENTRIES} addresses or CIDR ranges`;

const tags = ['portal: developers'];

export const schemas = {
  credentials: {
    tags,
    security,
    summary: "The client's API credentials, revoked ones too (credentials.read)",
    response: { 200: Type.Array(ApiCredentialView), ...errorResponses(401, 403) },
  },
  createCredential: {
    tags,
    security,
    summary: 'Create an API credential (credentials.manage); its secret is in this answer only',
    description: CREDENTIALS_RULES,
    body: CreateCredentialBody,
    response: { 201: IssuedApiCredentialView, ...errorResponses(400, 401, 403, 409, 413, 415) },
  },
  revokeCredential: {
    tags,
    security,
    summary: 'Revoke an API credential and every token it logged in (credentials.manage)',
    description: CREDENTIALS_RULES,
    params: IdParams,
    response: { 200: ApiCredentialView, ...errorResponses(400, 401, 403, 404) },
  },
  allowlist: {
    tags,
    security,
    summary: "The client's IP allowlist for the API, the caller's address and the addresses the API was last used from (credentials.read)",
    response: { 200: AllowlistView, ...errorResponses(401, 403) },
  },
  previewAllowlist: {
    tags,
    security,
    summary: 'What a new IP allowlist would refuse of the known addresses, without saving it (credentials.manage)',
    description: '400 VALIDATION_FAILURE names each line that is no address or CIDR range (details: entries.N, line N).',
    body: AllowlistPreviewBody,
    response: { 200: AllowlistPreview, ...errorResponses(400, 401, 403, 413, 415) },
  },
  replaceAllowlist: {
    tags,
    security,
    summary: 'Replace the IP allowlist (credentials.manage)',
    description:
      "A list that refuses the caller's address or the address of an active credential's last login is 409 ALLOWLIST_LOCKOUT " +
      '(details: each address and why) unless confirm is true. 400 VALIDATION_FAILURE names each bad line. Applied at once on every process; audited.',
    body: AllowlistBody,
    response: { 200: AllowlistView, ...errorResponses(400, 401, 403, 409, 413, 415) },
  },
};
