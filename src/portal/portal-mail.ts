import { toRfc3339 } from '../shared/dates.ts';
import type { PortalRole } from './portal-roles.ts';

export interface Message {
  subject: string;
  body: string;
}

type LinkPage = 'accept' | 'reset-password';

/** The portal's page a link of its e-mails opens: `<base>/portal/accept`. */
export function portalPage(base: string, page: LinkPage): string {
  return `${base}/portal/${page}`;
}

/** A link of the portal's e-mails: `<base>/portal/accept?token=…`. */
export function portalLink(base: string, page: LinkPage, token: string): string {
  return `${portalPage(base, page)}?token=${token}`;
}

const signature = '\n-- \nPopup Reward Store\n';

export function invitationMessage(input: { clientName: string; role: PortalRole; link: string; expiresAt: Date }): Message {
  return {
    subject: `You are invited to the ${input.clientName} account on Popup Reward Store`,
    body:
      `You have been invited to the account of ${input.clientName} on Popup Reward Store, as ${input.role}.\n\n` +
      `Choose your password and sign in here:\n\n  ${input.link}\n\n` +
      `The link works once, until ${toRfc3339(input.expiresAt)}. If you did not expect this invitation, ignore this message.\n` +
      signature,
  };
}

export function passwordResetMessage(input: { link: string; expiresAt: Date }): Message {
  return {
    subject: 'Reset your Popup Reward Store password',
    body:
      'Someone (we hope you) asked to reset the password of your Popup Reward Store account.\n\n' +
      `Choose a new password here:\n\n  ${input.link}\n\n` +
      `The link works once, until ${toRfc3339(input.expiresAt)}. Setting a new password signs you out everywhere. ` +
      'If you did not ask for this, ignore this message: your password stays as it is.\n' +
      signature,
  };
}
