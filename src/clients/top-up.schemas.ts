import { Type } from 'typebox';
import { errorResponses } from '../http/schemas.ts';
import { ClientIdParams } from './clients.schemas.ts';
import { TOP_UP_TEXT_MAX_LENGTH } from './top-up.service.ts';

const Text = Type.Union([Type.String({ maxLength: TOP_UP_TEXT_MAX_LENGTH }), Type.Null()], {
  description: `plain text, at most ${TOP_UP_TEXT_MAX_LENGTH} characters (trimmed); null or empty: none`,
});

export const TopUpTextBody = Type.Object({ text: Text }, { additionalProperties: false });
export const TOP_UP_MESSAGE = `text is required: a string of at most ${TOP_UP_TEXT_MAX_LENGTH} characters, or null`;

export const StoreTopUpText = Type.Object({ text: Text }, { title: 'StoreTopUpText' });

export const ClientTopUpTextView = Type.Object(
  {
    client_id: Type.Integer(),
    client_text: Type.Union([Type.String(), Type.Null()], { description: "the client's own text; null: the store's applies" }),
    store_text: Type.Union([Type.String(), Type.Null()]),
    effective: Type.Union([Type.String(), Type.Null()], { description: "what the client's people read on the portal's wallets page" }),
  },
  { title: 'ClientTopUpText' },
);

const tags = ['admin: clients'];
const security = [{ operatorAuth: [] }];
const errors = errorResponses(400, 401, 404, 413, 415);

export const topUpSchemas = {
  showStore: { tags, security, summary: 'How clients top up their wallets: the store-wide text', response: { 200: StoreTopUpText, ...errors } },
  setStore: {
    tags,
    security,
    summary: 'Set how clients top up their wallets (store-wide text shown on the portal)',
    body: TopUpTextBody,
    response: { 200: StoreTopUpText, ...errors },
  },
  showClient: {
    tags,
    security,
    summary: "A client's text on topping up: its own, the store's and the one shown",
    params: ClientIdParams,
    response: { 200: ClientTopUpTextView, ...errors },
  },
  setClient: {
    tags,
    security,
    summary: "Set a client's own text on topping up (null: the store's)",
    params: ClientIdParams,
    body: TopUpTextBody,
    response: { 200: ClientTopUpTextView, ...errors },
  },
};
