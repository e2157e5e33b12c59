import { Type } from 'typebox';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { SessionListEntryView, sessionViewFields } from '../http/session-schemas.ts';
import { OperatorLoginBody } from './operators.schemas.ts';

/** The session of the request, as the console reads it after sign-in and at every reload. */
export const ConsoleSessionView = Type.Object(
  { operator: Type.Object({ id: Type.Integer(), username: Type.String() }), ...sessionViewFields },
  { title: 'ConsoleSession' },
);

export const OperatorSessionView = SessionListEntryView('OperatorSession');

export const TotpEnrolmentView = Type.Object(
  {
    secret: Type.String({ description: 'base32, for apps that take it typed in' }),
    otpauth_uri: Type.String(),
    qr_svg: Type.String({ description: 'the otpauth URI as an SVG QR code' }),
  },
  { title: 'TotpEnrolment' },
);

export const RecoveryCodesView = Type.Object(
  { recovery_codes: Type.Array(Type.String(), { minItems: 10, maxItems: 10, description: 'shown once; each signs in once instead of a code' }) },
  { title: 'RecoveryCodes' },
);

export const TotpCodeBody = Type.Object({
  code: Type.String({ minLength: 1, maxLength: 64, description: 'the 6-digit code of the authenticator app' }),
});

const tags = ['admin: console sessions'];
const security = [{ operatorAuth: [] }];

export const schemas = {
  signIn: {
    tags,
    summary: 'Sign in to the console: sets the session cookie (HttpOnly, SameSite=Strict) and answers its CSRF token',
    body: OperatorLoginBody,
    response: { 200: ConsoleSessionView, ...errorResponses(400, 401, 413, 415, 429) },
  },
  current: {
    tags,
    security,
    summary: "The session of the request's cookie, with its CSRF token and when it ends",
    response: { 200: ConsoleSessionView, ...errorResponses(401) },
  },
  signOut: {
    tags,
    security,
    summary: "End the session of the request's cookie and clear the cookie",
    response: { 204: NoContent, ...errorResponses(401) },
  },
  list: {
    tags,
    security,
    summary: "The calling operator's live console sessions",
    response: { 200: Type.Array(OperatorSessionView), ...errorResponses(400, 401) },
  },
  end: {
    tags,
    security,
    summary: "End one of the calling operator's console sessions",
    params: IdParams,
    response: { 204: NoContent, ...errorResponses(400, 401, 404) },
  },
  enrolTotp: {
    tags,
    security,
    summary: 'Start two-factor authentication: a new TOTP secret, its otpauth URI and QR code (enabled once confirmed)',
    response: { 200: TotpEnrolmentView, ...errorResponses(400, 401, 415) },
  },
  confirmTotp: {
    tags,
    security,
    summary:
      "Confirm the enrolment with a code of the new secret: TOTP is enabled and the operator's other console sessions end; answers ten recovery codes, shown once",
    body: TotpCodeBody,
    response: { 200: RecoveryCodesView, ...errorResponses(400, 401, 413, 415, 429) },
  },
  disableTotp: {
    tags,
    security,
    summary: 'Turn two-factor authentication off, with a current code',
    body: TotpCodeBody,
    response: { 204: NoContent, ...errorResponses(400, 401, 413, 415, 429) },
  },
};
