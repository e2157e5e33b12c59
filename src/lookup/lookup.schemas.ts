import { Type, type Static } from 'typebox';
import { AdminProduct } from '../catalog/catalog.schemas.ts';
import { ClientView } from '../clients/clients.schemas.ts';
import { QueryId, queryId } from '../http/query-params.ts';
import { errorResponses } from '../http/schemas.ts';

export const LookupQuery = Type.Object({
  client_id: QueryId.filter('The client to name'),
  product_id: QueryId.filter('The product to name'),
});

export const LookupAnswer = Type.Object({
  client: Type.Union([ClientView, Type.Null()], {
    description: 'The client, as GET /admin/v1/clients/:id answers it; null when no client has the ID, or none was asked',
  }),
  product: Type.Union([AdminProduct, Type.Null()], {
    description: 'The product, as GET /admin/v1/products/:id answers it; null when no product has the ID, or none was asked',
  }),
});

/** The ids GET /admin/v1/lookup was asked to name, read from its validated query. */
export function readLookupQuery(query: Static<typeof LookupQuery>): { clientId?: number; productId?: number } {
  return { clientId: queryId(query.client_id), productId: queryId(query.product_id) };
}

export const lookupSchema = {
  tags: ['admin: lookup'],
  security: [{ operatorAuth: [] }],
  summary: 'The client and the product of a client ID and a product ID, in one answer',
  description:
    'What GET /admin/v1/clients/:id and GET /admin/v1/products/:id answer, each in the same form, or null where no client or product has the ID ' +
    '(not 404: one unknown ID does not hide the other). The console names the client and the product an orders link filters by with this one request.',
  querystring: LookupQuery,
  response: { 200: LookupAnswer, ...errorResponses(400, 401) },
};
