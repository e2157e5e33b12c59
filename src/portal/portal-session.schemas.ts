import { Type } from 'typebox';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { IdParams } from '../http/path-id.ts';
import { SessionListEntryView, sessionViewFields } from '../http/session-schemas.ts';
import { RecoveryCodesView, TotpCodeBody, TotpEnrolmentView } from '../operators/console-sessions.schemas.ts';
import { PORTAL_ROLES } from './portal-roles.ts';

export const PortalRoleSchema = Type.Enum([...PORTAL_ROLES], { description: 'owner, admin, developer, finance or viewer (docs/portal.md)' });

const OneTimeCode = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 64, description }));
const Email = Type.String({ minLength: 1, maxLength: 254 });
/** A new password: 12 characters at least (passphrases welcome), 256 at most. */
const NewPassword = Type.String({ minLength: 12, maxLength: 256, description: '12 to 256 characters' });
const LinkToken = Type.String({ minLength: 1, maxLength: 200, description: 'the token of the e-mailed link' });

export const PortalSignInBody = Type.Object({
  email: Email,
  password: Type.String({ minLength: 1, maxLength: 1024 }),
  totp_code: OneTimeCode('the 6-digit code of the authenticator app (users with two-factor authentication)'),
  recovery_code: OneTimeCode('instead of totp_code: one of the recovery codes, each accepted once'),
});

export const AcceptInvitationBody = Type.Object({ token: LinkToken, password: NewPassword });
export const PasswordResetBody = Type.Object({ email: Email });
export const PasswordResetConfirmBody = Type.Object({ token: LinkToken, password: NewPassword });
export const PasswordChangeBody = Type.Object({
  current_password: Type.String({ minLength: 1, maxLength: 1024, description: 'the password the user signs in with now' }),
  new_password: NewPassword,
});

/** The session of the request, as the portal reads it after sign-in and at every reload. */
export const PortalSessionView = Type.Object(
  {
    user: Type.Object({
      id: Type.Integer(),
      email: Type.String(),
      role: PortalRoleSchema,
      client_id: Type.Integer(),
      client_name: Type.String(),
    }),
    permissions: Type.Array(Type.String(), { description: "what the user's role allows (docs/portal.md), for the pages to show" }),
    ...sessionViewFields,
  },
  { title: 'PortalSession' },
);

export const PortalUserSessionView = SessionListEntryView('PortalUserSession');

export const security = [{ portalSession: [] }];
const tags = ['portal: session'];

export const schemas = {
  signIn: {
    tags,
    summary: 'Sign in to the client portal: sets the session cookie (HttpOnly, SameSite=Strict) and answers its CSRF token',
    body: PortalSignInBody,
    response: { 200: PortalSessionView, ...errorResponses(400, 401, 413, 415, 429) },
  },
  acceptInvitation: {
    tags,
    summary: 'Accept an invitation: its e-mailed token and a new password; signs in (as the sign-in answers)',
    body: AcceptInvitationBody,
    response: { 200: PortalSessionView, ...errorResponses(400, 413, 415, 429) },
  },
  requestPasswordReset: {
    tags,
    summary: 'Ask for a password-reset e-mail: always 202, whether or not the address is a user',
    body: PasswordResetBody,
    response: { 202: Type.Object({ message: Type.String() }), ...errorResponses(400, 413, 415, 429) },
  },
  confirmPasswordReset: {
    tags,
    summary: 'Set a new password with the e-mailed token; ends every session of the user',
    body: PasswordResetConfirmBody,
    response: { 204: NoContent, ...errorResponses(400, 413, 415, 429) },
  },
  current: {
    tags,
    security,
    summary: "The session of the request's cookie, with its CSRF token and when it ends",
    response: { 200: PortalSessionView, ...errorResponses(401) },
  },
  signOut: {
    tags,
    security,
    summary: "End the session of the request's cookie and clear the cookie",
    response: { 204: NoContent, ...errorResponses(401, 403) },
  },
  list: {
    tags,
    security,
    summary: "The signed-in user's live sessions",
    response: { 200: Type.Array(PortalUserSessionView), ...errorResponses(401) },
  },
  end: {
    tags,
    security,
    summary: "End one of the signed-in user's sessions",
    params: IdParams,
    response: { 204: NoContent, ...errorResponses(400, 401, 403, 404) },
  },
  changePassword: {
    tags,
    security,
    summary:
      "Change the signed-in user's password, after its current one (403 INVALID_PASSWORD otherwise); every other session of the user ends, this one stays",
    body: PasswordChangeBody,
    response: { 204: NoContent, ...errorResponses(400, 401, 403, 413, 415, 429) },
  },
  enrolTotp: {
    tags,
    security,
    summary: 'Start two-factor authentication: a new TOTP secret, its otpauth URI and QR code (enabled once confirmed)',
    response: { 200: TotpEnrolmentView, ...errorResponses(400, 401, 403, 415) },
  },
  confirmTotp: {
    tags,
    security,
    summary: 'Confirm the enrolment with a code of the new secret: TOTP is enabled; answers ten recovery codes, shown once',
    body: TotpCodeBody,
    response: { 200: RecoveryCodesView, ...errorResponses(400, 401, 403, 413, 415, 429) },
  },
  disableTotp: {
    tags,
    security,
    summary: 'Turn two-factor authentication off, with a current code',
    body: TotpCodeBody,
    response: { 204: NoContent, ...errorResponses(400, 401, 403, 413, 415, 429) },
  },
};
