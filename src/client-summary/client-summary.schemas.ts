import { Type } from 'typebox';
import { ClientPricing } from '../catalog/catalog.schemas.ts';
import { ClientIdParams, ClientView, RateLimitsView } from '../clients/clients.schemas.ts';
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
  },
  { title: 'ClientSummary' },
);

export const clientSummarySchema = {
  tags: ['admin: clients'],
  security: [{ operatorAuth: [] }],
  summary: 'A client with its wallets, terms, rate limits and pricing, in one answer',
  description:
    'What GET /admin/v1/clients/:id, /admin/v1/wallets?client_id=, /admin/v1/clients/:id/terms, …/rate-limits and …/pricing answer, ' +
    'each in the same form: the console reads a client’s page with this one request. 404 Client not found.',
  params: ClientIdParams,
  response: { 200: ClientSummary, ...errorResponses(400, 401, 404) },
};
