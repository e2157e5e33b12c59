import { Type } from 'typebox';
import { ClientPricing } from '../catalog/catalog.schemas.ts';
import { ClientIdParams, ClientView, RateLimitsView } from '../clients/clients.schemas.ts';
import { ApiCredentialView } from '../clients/credentials.schemas.ts';
import { ClientTopUpTextView } from '../clients/top-up.schemas.ts';
import { errorResponses } from '../http/schemas.ts';
import { AdminWallet } from '../ledger/wallets.schemas.ts';
import { ClientTerms } from '../pricing/pricing.schemas.ts';

export const ClientSummary = Type.Object(
  {
    client: ClientView,
    wallets: Type.Array(AdminWallet, { description: "The client's wallets, as GET /admin/v1/wallets?client_id= lists them" }),
    terms: ClientTerms,
    rate_limits: RateLimitsView,
    pricing: ClientPricing,
    credentials: Type.Array(ApiCredentialView, { description: "The client's API credentials, as GET /admin/v1/clients/:id/credentials lists them" }),
    top_up: ClientTopUpTextView,
  },
  { title: 'ClientSummary' },
);

export const clientSummarySchema = {
  tags: ['admin: clients'],
  security: [{ operatorAuth: [] }],
  summary: 'A client with its wallets, terms, rate limits, pricing, API credentials and top-up text, in one answer',
  description:
    'What GET /admin/v1/clients/:id, /admin/v1/wallets?client_id=, /admin/v1/clients/:id/terms, …/rate-limits, …/pricing, …/credentials and …/top-up-instructions answer, ' +
    'each in the same form: the console reads a client’s page with this one request. 404 Client not found.',
  params: ClientIdParams,
  response: { 200: ClientSummary, ...errorResponses(400, 401, 404) },
};
