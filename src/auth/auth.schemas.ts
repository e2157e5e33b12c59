import { Type } from 'typebox';
import { errorResponses, successEnvelope, Timestamp } from '../http/schemas.ts';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, description: 'API key issued by the operator' }),
    password: Type.String({ minLength: 1, description: 'API secret issued by the operator' }),
  },
  { title: 'LoginRequest' },
);

export const RefreshBody = Type.Object(
  {
    refresh_token: Type.String({ minLength: 1 }),
  },
  { title: 'RefreshRequest' },
);

const TokenPairData = Type.Object(
  {
    access_token: Type.String(),
    refresh_token: Type.String(),
    access_expires_at: Timestamp,
    refresh_expires_at: Timestamp,
    client_id: Type.Integer(),
  },
  { title: 'TokenPair' },
);

export const loginSchema = {
  tags: ['auth'],
  summary: 'Exchange API credentials for an access and a refresh token',
  body: LoginBody,
  response: { 200: successEnvelope(TokenPairData), ...errorResponses(400, 401, 403, 413, 415, 429) },
};

export const refreshSchema = {
  tags: ['auth'],
  summary: 'Rotate a refresh token into a new token pair',
  body: RefreshBody,
  response: { 200: successEnvelope(TokenPairData), ...errorResponses(400, 401, 403, 413, 415, 429) },
};

export const logoutSchema = {
  tags: ['auth'],
  summary: 'Revoke every access and refresh token of the client',
  security: [{ bearerAuth: [] }],
  response: {
    200: successEnvelope(Type.Object({ message: Type.String() })),
    ...errorResponses(401, 403, 429),
  },
};
