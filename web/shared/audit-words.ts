/**
 * The audit log's codes in words, for both apps: what each action the store records means (the
 * console's audit log and an order's timeline, the portal's Activity page), and who or what an
 * entry names (`<kind>:<id>`). The codes stay what the API takes and answers: the console's
 * filters send them, the CSV files hold them.
 */

/** Every action of the audit log, as what its actor did (test/portal/activity-words.test.ts, test/shared/audit-words.test.ts). */
export const AUDIT_ACTIONS: Record<string, string> = {
  // The client's people, in the portal.
  'portal.session.sign_in': 'Signed in',
  'portal.session.sign_out': 'Signed out',
  'portal.session.end': 'Ended a session',
  'portal.sign_in_failed': 'Sign-in refused: wrong one-time code',
  'portal.user.invite': 'Invited a team member',
  'portal.invitation.accept': 'Accepted the invitation',
  'portal.user.role': "Changed a team member's role",
  'portal.user.activate': 'Activated a team member',
  'portal.user.deactivate': 'Deactivated a team member',
  'portal.password_reset.request': 'Asked for a password reset',
  'portal.password_reset.complete': 'Reset the password',
  'portal.password.change': 'Changed the password',
  'portal.totp.enrol': 'Started setting up two-factor authentication',
  'portal.totp.enable': 'Turned on two-factor authentication',
  'portal.totp.disable': 'Turned off two-factor authentication',
  'portal.totp.reset': 'Reset two-factor authentication',
  'portal.codes.reveal': 'Revealed voucher codes',
  'portal.order.create': 'Placed an order',
  'portal.webhook.create': 'Added a webhook endpoint',
  'portal.webhook.update': 'Changed a webhook endpoint',
  'portal.webhook.delete': 'Deleted a webhook endpoint',
  'portal.webhook.rotate_secret': "Rotated a webhook endpoint's secret",
  'portal.webhook.test': 'Sent a webhook test ping',
  'portal.webhook.recover': 'Recovered webhook events',
  'portal.event.redeliver': 'Sent an event again',
  'portal.wallet.low_balance': 'Changed a low-balance threshold',
  'portal.credential.create': 'Created an API credential',
  'portal.credential.revoke': 'Revoked an API credential',
  'portal.ip_allowlist.change': 'Changed the IP allowlist',
  // A client's servers, on the client API.
  'auth.logout': 'Logged out of the API',
  'auth.refresh_token_reused': 'Reused a refresh token: its tokens were revoked',
  // The operators (and the store itself).
  'operator.create': 'Created an operator',
  'operator.activate': 'Activated an operator',
  'operator.deactivate': 'Deactivated an operator',
  'operator.rotate_password': 'Gave an operator a new password',
  'operator.login': 'Logged in to the admin API',
  'operator.logout': 'Ended every session and token of an operator',
  'operator.session.sign_in': 'Signed in to the console',
  'operator.session.sign_out': 'Signed out of the console',
  'operator.session.end': 'Ended a console session',
  'operator.sign_in_failed': 'Sign-in refused: wrong one-time code',
  'operator.totp.enrol': 'Started setting up two-factor authentication',
  'operator.totp.enable': 'Turned on two-factor authentication',
  'operator.totp.disable': 'Turned off two-factor authentication',
  'operator.totp.reset': "Reset an operator's two-factor authentication",
  'client.create': 'Created a client',
  'client.activate': 'Activated a client',
  'client.deactivate': 'Deactivated a client',
  'client.demo_mark': 'Marked a client as a demo',
  'client.demo_unmark': 'Unmarked a demo client',
  'client.features': "Changed a client's features",
  'client.rotate_secret': "Rotated a client's API secret",
  'client.logout': 'Logged a client out of the API',
  'client.credential_create': 'Created an API credential',
  'client.credential_revoke': 'Revoked an API credential',
  'client.ip_add': "Added an address to a client's IP allowlist",
  'client.ip_remove': "Removed an address from a client's IP allowlist",
  'client.rate_limits': "Changed a client's rate limits",
  'client.tax_rate_set': "Set a client's tax rate",
  'client.discount_set': "Set a client's discount",
  'client.discount_remove': "Removed a client's discount",
  'client.max_quantity_set': "Set a client's largest quantity of a product",
  'client.max_quantity_remove': "Removed a client's largest quantity of a product",
  'client.blacklist_add': 'Hid a product from a client',
  'client.blacklist_remove': 'Showed a hidden product to a client again',
  'client.top_up_instructions': "Changed a client's top-up instructions",
  'settings.top_up_instructions': "Changed the store's top-up instructions",
  'wallet.create': 'Created a wallet',
  'wallet.credit': 'Credited a wallet',
  'wallet.debit': 'Debited a wallet',
  'wallet.low_balance': 'Changed a low-balance threshold',
  'order.cancel': 'Cancelled an order',
  'order.retry': 'Retried an order',
  'catalog.import': 'Imported a catalog file',
  'product.create': 'Created a product',
  'product.update': 'Changed a product',
  'product.activate': 'Activated a product',
  'product.deactivate': 'Deactivated a product',
  'product.denomination_add': 'Added a face value',
  'product.denomination_update': 'Changed a face value',
  'product.denomination_remove': 'Removed a face value',
  'category.create': 'Created a category',
  'category.update': 'Changed a category',
  'category.activate': 'Activated a category',
  'category.deactivate': 'Deactivated a category',
  'subcategory.create': 'Created a subcategory',
  'subcategory.update': 'Changed a subcategory',
  'subcategory.activate': 'Activated a subcategory',
  'subcategory.deactivate': 'Deactivated a subcategory',
  'country.activate': 'Activated a country',
  'country.deactivate': 'Deactivated a country',
  'currency.activate': 'Activated a currency',
  'currency.deactivate': 'Deactivated a currency',
  'fx_rate.set': 'Set an FX rate',
  'inventory.import': 'Imported voucher codes',
  'inventory.threshold': 'Set a low-stock threshold',
  'webhook.disable': 'Disabled a webhook endpoint',
  'webhook.enable': 'Enabled a webhook endpoint',
  'webhook.disabled': 'Disabled a webhook endpoint that kept failing',
};

/** An action in words (an unknown one, as the store wrote it). */
export const actionWords = (action: string): string => AUDIT_ACTIONS[action] ?? action;

/** The kinds of `<kind>:<id>` an entry names. */
const KINDS: Record<string, string> = {
  client: 'Client',
  client_user: 'Portal user',
  operator: 'Operator',
  order: 'Order',
  wallet: 'Wallet',
  webhook: 'Webhook endpoint',
  client_credential: 'API credential',
  token_family: 'API token',
  product: 'Product',
  category: 'Category',
  subcategory: 'Subcategory',
  country: 'Country',
  currency: 'Currency',
  fx_rate: 'FX rate',
};

/** The actors that are not an account: the store itself, and the operators' tools. */
const TOOLS: Record<string, string> = {
  system: 'The store',
  cli: 'The command line',
  'operator:local-cli': 'The command line',
  'operator:admin-token': 'The admin token',
};

/**
 * Who did something or what it was done to (`<kind>:<id>`) in words: "Order 12", "Portal user 3",
 * "Operator alice"; the store and its tools by what they are; anything else as written.
 */
export function partyWords(value: string): string {
  if (TOOLS[value]) return TOOLS[value];
  const split = value.indexOf(':');
  const kind = KINDS[value.slice(0, split)];
  return split > 0 && kind ? `${kind} ${value.slice(split + 1)}` : value;
}
