import { Type } from 'typebox';
import { CatalogImportReport } from '../catalog/catalog.schemas.ts';
import { Credentials } from '../clients/clients.schemas.ts';
import { errorResponses } from '../http/schemas.ts';

export const DemoReport = Type.Object(
  {
    credentials: Credentials,
    client_created: Type.Boolean({ description: 'false: the demo client existed; its secret was rotated' }),
    catalog: CatalogImportReport,
    stock: Type.Array(
      Type.Object({
        product_id: Type.Integer(),
        name: Type.String(),
        denomination: Type.Number(),
        imported: Type.Integer({ description: 'DEMO- codes added by this run' }),
        available: Type.Integer(),
      }),
    ),
    wallets: Type.Array(
      Type.Object({
        currency: Type.String(),
        wallet_id: Type.Integer(),
        balance: Type.Number(),
        credited: Type.Union([Type.String(), Type.Null()], { description: 'What this run credited; null when the wallet was full' }),
        created: Type.Boolean(),
      }),
    ),
    fx_rates_set: Type.Array(Type.String(), { description: 'Pairs that got a rate in this run ("USD/EUR")' }),
  },
  { title: 'DemoReport' },
);

export const adminSchemas = {
  run: {
    tags: ['admin: demo'],
    security: [{ operatorAuth: [] }],
    summary: 'Create (or refresh) the demo data: client with a new secret, catalog, stock, funded wallets, FX rates',
    response: { 200: DemoReport, ...errorResponses(400, 401, 404, 413, 415) },
  },
};
