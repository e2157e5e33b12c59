/**
 * The operationId of every operation, derived from its method and path so that a new route gets
 * one without a table to keep: `GET /api/v1/orders` → `listOrders`, `GET …/orders/{id}` →
 * `getOrder`, `POST …/orders/{id}/cancel` → `cancelOrder`, `PUT …/clients/{id}/tax-rate` →
 * `setClientTaxRate`, `POST …/webhooks/{id}/rotate-secret` → `rotateWebhookSecret`. The few
 * paths the rules name badly are in NAMED.
 */
const NAMED: Record<string, string> = {
  'GET /status': 'getStatus',
  'POST /auth/login': 'login',
  'POST /auth/refresh': 'refresh',
  'POST /auth/logout': 'logout',
  'POST /admin/v1/auth/login': 'loginOperator',
  'POST /admin/v1/auth/logout': 'logoutOperator',
  'POST /admin/v1/auth/session': 'signIn',
  'GET /admin/v1/auth/session': 'getSession',
  'DELETE /admin/v1/auth/session': 'signOut',
  'GET /admin/v1/auth/sessions': 'listOwnSessions',
  'DELETE /admin/v1/auth/sessions/{id}': 'endOwnSession',
  'POST /admin/v1/auth/totp': 'enrolTotp',
  'POST /admin/v1/auth/totp/confirm': 'confirmTotp',
  'DELETE /admin/v1/auth/totp': 'disableTotp',
  'POST /admin/v1/operators/{id}/totp-reset': 'resetOperatorTotp',
  'POST /api/v1/products/{id}/charges': 'quoteProduct',
  'POST /api/v1/products/{id}/availability': 'checkProductAvailability',
  'GET /api/v1/products/{id}/availability': 'getProductAvailability',
  'GET /api/v1/webhooks/{id}/attempts': 'listWebhookAttempts',
  'GET /admin/v1/webhooks/{id}/attempts': 'listWebhookAttempts',
  'GET /admin/v1/wallets/{id}/transactions': 'listWalletTransactions',
  'POST /admin/v1/products/{id}/denominations': 'addProductDenomination',
  'POST /admin/v1/clients/{id}/ip-allowlist': 'addClientIpAllowlistEntry',
  'POST /admin/v1/clients/{id}/ip-allowlist/remove': 'removeClientIpAllowlistEntry',
  'POST /admin/v1/clients/{id}/blacklist': 'blacklistClientProduct',
  'POST /admin/v1/clients/{id}/blacklist/remove': 'unblacklistClientProduct',
  'POST /admin/v1/clients/{id}/discounts/remove': 'removeClientDiscount',
  'PUT /admin/v1/clients/{id}/discounts': 'setClientDiscount',
  'PUT /admin/v1/clients/{id}/max-quantities': 'setClientMaxQuantity',
  'POST /admin/v1/clients/{id}/max-quantities/remove': 'removeClientMaxQuantity',
  'POST /admin/v1/catalog/import': 'importCatalog',
  'GET /admin/v1/catalog/export': 'exportCatalog',
  'GET /admin/v1/catalog/choices': 'getCatalogChoices',
  'POST /admin/v1/inventory/import': 'importInventory',
  'GET /admin/v1/inventory/stock': 'listStock',
  'PUT /admin/v1/inventory/thresholds': 'setStockThreshold',
  'GET /admin/v1/ledger/reconciliation': 'reconcileLedger',
  'POST /admin/v1/fx-rates': 'setFxRate',
  'GET /admin/v1/fx-rates': 'listFxRates',
  'GET /admin/v1/audit': 'listAuditEntries',
  'POST /admin/v1/demo': 'createDemo',
  'GET /admin/v1/overview': 'getOverview',
  'PUT /admin/v1/clients/{id}/demo': 'setClientDemo',
  'GET /admin/v1/clients/{id}/users': 'listClientUsers',
  'POST /admin/v1/clients/{id}/users': 'inviteClientUser',
  'POST /admin/v1/clients/{id}/users/{userId}/activate': 'activateClientUser',
  'POST /admin/v1/clients/{id}/users/{userId}/deactivate': 'deactivateClientUser',
  'POST /admin/v1/clients/{id}/users/{userId}/totp-reset': 'resetClientUserTotp',
  'POST /portal/v1/session': 'signIn',
  'GET /portal/v1/session': 'getSession',
  'DELETE /portal/v1/session': 'signOut',
  'GET /portal/v1/sessions': 'listOwnSessions',
  'DELETE /portal/v1/sessions/{id}': 'endOwnSession',
  'POST /portal/v1/invitations/accept': 'acceptInvitation',
  'POST /portal/v1/password': 'changePassword',
  'GET /portal/v1/orders/{id}/timeline': 'getOrderTimeline',
  'POST /portal/v1/password-reset': 'requestPasswordReset',
  'POST /portal/v1/password-reset/confirm': 'confirmPasswordReset',
  'POST /portal/v1/totp': 'enrolTotp',
  'POST /portal/v1/totp/confirm': 'confirmTotp',
  'DELETE /portal/v1/totp': 'disableTotp',
  'POST /portal/v1/users': 'inviteUser',
  'POST /portal/v1/orders/{id}/reveal': 'revealOrderCodes',
  'GET /portal/v1/audit': 'listAuditEntries',
  'GET /portal/v1/products/filters': 'getProductFilters',
  'POST /portal/v1/products/{id}/quote': 'quoteProduct',
  'GET /admin/v1/clients/{id}/credentials': 'listClientCredentials',
  'POST /admin/v1/clients/{id}/credentials': 'createClientCredential',
  'POST /admin/v1/clients/{id}/credentials/{credentialId}/revoke': 'revokeClientCredential',
  'GET /admin/v1/settings/top-up-instructions': 'getTopUpInstructions',
  'PUT /admin/v1/settings/top-up-instructions': 'setTopUpInstructions',
  'GET /portal/v1/ip-allowlist': 'getIpAllowlist',
  'POST /portal/v1/ip-allowlist/preview': 'previewIpAllowlist',
  'PUT /portal/v1/ip-allowlist': 'setIpAllowlist',
  'GET /portal/v1/top-up-instructions': 'getTopUpInstructions',
};

const IRREGULAR_SINGULAR: Record<string, string> = {
  categories: 'category',
  subcategories: 'subcategory',
  currencies: 'currency',
  countries: 'country',
  'rate-limits': 'rate-limits',
  features: 'features',
  terms: 'terms',
  pricing: 'pricing',
};

const pascal = (words: string) =>
  words
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
const camel = (words: string) => {
  const name = pascal(words);
  return name[0]!.toLowerCase() + name.slice(1);
};
const singular = (noun: string) => IRREGULAR_SINGULAR[noun] ?? noun.replace(/s$/, '');

/** The path without its version prefix, e.g. `/admin/v1/clients/{id}` → `clients/{id}`. */
function resourcePath(path: string): string[] {
  return path
    .replace(/^\/(api|admin|portal)\/v1\//, '')
    .split('/')
    .filter(Boolean);
}

export function operationIdOf(method: string, path: string): string {
  const verb = method.toUpperCase();
  const named = NAMED[`${verb} ${path}`];
  if (named) return named;
  const [resource, id, sub, action, ...rest] = resourcePath(path);
  const isId = (segment: string | undefined) => segment !== undefined && segment.startsWith('{');
  if (!resource || rest.length > 0 || (id !== undefined && !isId(id)) || action !== undefined) {
    throw new Error(`No operationId rule for ${verb} ${path}: name it in operation-ids.ts`);
  }
  const one = pascal(singular(resource));
  if (id === undefined) {
    if (verb === 'GET') return `list${pascal(resource)}`;
    if (verb === 'POST') return `create${one}`;
  } else if (sub === undefined) {
    if (verb === 'GET') return `get${one}`;
    if (verb === 'PATCH') return `update${one}`;
    if (verb === 'DELETE') return `delete${one}`;
  } else {
    if (verb === 'GET') return `get${one}${pascal(sub)}`;
    if (verb === 'PUT') return `set${one}${pascal(sub)}`;
    if (verb === 'POST' && sub.startsWith('rotate-')) return `rotate${one}${pascal(sub.slice('rotate-'.length))}`;
    if (verb === 'POST') return `${camel(sub)}${one}`;
  }
  throw new Error(`No operationId rule for ${verb} ${path}: name it in operation-ids.ts`);
}
