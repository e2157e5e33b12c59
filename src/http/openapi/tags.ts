import { operationsOf, type OpenApiDocument } from './openapi-types.ts';

/** What each group of operations is for; shown by viewers above the group. */
const DESCRIPTIONS: Record<string, string> = {
  status: 'Whether the store is up (no authentication)',
  auth: 'Log in with API credentials, refresh the token pair, log out',
  countries: 'Countries of products (ISO 3166-1)',
  currencies: 'Currencies of products and wallets (ISO 4217)',
  categories: 'Product categories',
  subcategories: 'Product subcategories',
  products: 'Gift cards and vouchers: denominations, discounts, quotes and availability',
  orders: 'Place voucher orders and read them with their codes',
  wallets: "The client's wallets and balances",
  transactions: 'Every movement of a wallet',
  webhooks: 'Endpoints that receive signed events',
  events: 'Every event of the client, to read or deliver again',
  clients: 'Provision clients: credentials, features, IP allowlists, rate limits, tokens',
  'client pricing': "A client's negotiated discounts and blacklisted products",
  'client terms': "A client's tax rate and per-product quantity limits",
  operators: 'Operator accounts and their tokens',
  'console sessions':
    'Sign in to the operator console: a session cookie and its CSRF token, the sessions of an operator, two-factor authentication (TOTP)',
  audit: 'Who did what, when: every operator action',
  suppliers: 'Where vouchers come from, and how deliveries fare',
  inventory: 'Voucher codes in stock, imported by the operator',
  ledger: 'Checks that every balance equals its movements',
  fx: 'Exchange rates from product to wallet currencies',
  demo: 'Demo data for a quick start',
  overview: 'The store at a glance, for the console',
  lookup: 'What a client ID and a product ID name, in one request, for the console',
  'client users': "A client's people in the client portal: invite, list, deactivate",
  session:
    'Sign in to the client portal: a session cookie and its CSRF token, invitations, password resets, the sessions of a user, two-factor authentication (TOTP)',
  team: "The client's users: who they are, invitations, roles",
  balances: "The client's wallets and their movements",
  'order history': "The client's orders; their voucher codes only after the password again",
  activity: "What the client's users did in the portal",
  buying: 'The products the client may buy, with its discounts; their quotes; orders placed in the portal',
  developers: "The client's API credentials (several, each secret shown once, revocable) and its IP allowlist",
};

/** The document's tags, in the order their operations appear, with descriptions where known. */
export function tagsOf(document: Pick<OpenApiDocument, 'paths'>): { name: string; description?: string }[] {
  const names = new Set<string>();
  for (const { operation } of operationsOf(document)) for (const tag of operation.tags ?? []) names.add(tag);
  return [...names].map((name) => {
    const description = DESCRIPTIONS[name];
    return description ? { name, description } : { name };
  });
}
