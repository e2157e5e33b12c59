import type { LightMyRequestResponse } from 'fastify';
import type { CreateProductInput } from '../../src/catalog/catalog.service.ts';
import type { TestStore } from '../helpers/store.ts';

export const USD = 840;
export const GBP = 826;
export const JPY = 392;
export const KWD = 414;
export const USA = 840;
export const GBR = 826;
export const JPN = 392;

export const INVALID_FEATURE = {
  name: 'BadRequestError',
  code: 'INVALID_FEATURE',
  message: 'The requested feature is not enabled for this client',
};
export const badRequest = (message: string) => ({ name: 'BadRequestError', code: 'BAD_REQUEST', message });
export const notFound = (message: string) => ({ name: 'NotFoundError', code: 'NOT_FOUND', message });
export const INVALID_QUERY = badRequest('Invalid query parameters');
export const BAD_IDS = ['abc', '0', '-1', '1.5', '1e3', '0x10', '%201', '99999999999', '2147483648'];

export function get(store: TestStore, url: string, token?: string, headers: Record<string, string> = {}) {
  return store.app.inject({
    method: 'GET',
    url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
  });
}

/** A string payload is sent as raw JSON text (for malformed bodies). */
export function post(store: TestStore, url: string, token: string | undefined, payload?: unknown, headers: Record<string, string> = {}) {
  const auth = token ? { authorization: `Bearer ${token}` } : {};
  if (typeof payload === 'string') {
    return store.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', ...auth, ...headers }, payload });
  }
  return store.app.inject({
    method: 'POST',
    url,
    headers: { ...auth, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export const ids = (response: LightMyRequestResponse) => (response.json() as { id: number }[]).map((product) => product.id);

export interface Catalog {
  categories: { giftCards: number; gaming: number; retired: number };
  subcategories: { amazon: number; apple: number; steam: number; hidden: number };
  /** Visible products, in creation (= id) order. */
  amazonUsd: number;
  amazonGbp: number;
  apple: number;
  steam: number;
  netflixJpy: number;
  /** Invisible products. */
  inactive: number;
  noRanges: number;
  underRetired: number;
  underHiddenSubcategory: number;
}

/** A small catalog: five visible products and four that clients must never see. */
export async function seedCatalog(store: TestStore): Promise<Catalog> {
  const { reference } = store.container;
  const catalog = store.container.catalog;
  const giftCards = (await reference.createCategory({ name: 'Gift Cards' })).id;
  const gaming = (await reference.createCategory({ name: 'Gaming' })).id;
  const retired = (await reference.createCategory({ name: 'Retired' })).id;
  const amazon = (await reference.createSubcategory({ categoryId: giftCards, name: 'Amazon' })).id;
  const apple = (await reference.createSubcategory({ categoryId: giftCards, name: 'Apple' })).id;
  const steam = (await reference.createSubcategory({ categoryId: gaming, name: 'Steam' })).id;
  const hidden = (await reference.createSubcategory({ categoryId: gaming, name: 'Hidden' })).id;
  const create = async (input: CreateProductInput) => (await catalog.createProduct(input)).id;

  const amazonUsd = await create({
    name: 'Amazon Gift Card - USD',
    category_id: giftCards,
    subcategory_id: amazon,
    country_id: USA,
    currency_id: USD,
    image_url: 'https://img.example/amazon-usd.png',
    delivery_mode: 'Digital',
    delivery_time: 'Instant',
    validity: 'No expiry',
    denominations: [
      { min_value: 50, max_value: 500, discount: 3.5 },
      { min_value: 10, max_value: 10, discount: 2.5 },
      { min_value: 25, max_value: 25, discount: 3 },
    ],
  });
  const amazonGbp = await create({
    name: 'Amazon Gift Card - GBP',
    category_id: giftCards,
    subcategory_id: amazon,
    country_id: GBR,
    currency_id: GBP,
    denominations: [{ min_value: 5, max_value: 200, discount: 2 }],
  });
  const appleId = await create({
    name: 'Apple Gift Card',
    category_id: giftCards,
    subcategory_id: apple,
    country_id: USA,
    currency_id: USD,
    description: 'For the App Store and iTunes.',
    redemption_instructions: 'Redeem in the App Store.',
    terms: 'Not refundable.',
    voucher_type: 'CODE_WITH_PIN',
    denominations: [{ min_value: 15, max_value: 15, discount: 1 }],
  });
  const steamId = await create({
    name: 'Steam Wallet Code',
    category_id: gaming,
    subcategory_id: steam,
    country_id: USA,
    currency_id: USD,
    voucher_type: 'URL',
    denominations: [{ min_value: 20, max_value: 20 }],
  });
  const netflixJpy = await create({
    name: 'netflix Japan',
    category_id: giftCards,
    country_id: JPN,
    currency_id: JPY,
    denominations: [{ min_value: 1000, max_value: 10000, discount: 1.25 }],
  });
  const inactive = await create({
    name: 'Amazon Inactive',
    category_id: giftCards,
    subcategory_id: amazon,
    country_id: USA,
    currency_id: USD,
    active: false,
    denominations: [{ min_value: 10, max_value: 10 }],
  });
  const noRanges = await create({ name: 'Amazon Without Ranges', category_id: giftCards, country_id: USA, currency_id: USD });
  const underRetired = await create({
    name: 'Amazon Retired',
    category_id: retired,
    country_id: USA,
    currency_id: USD,
    denominations: [{ min_value: 10, max_value: 10 }],
  });
  const underHiddenSubcategory = await create({
    name: 'Amazon Hidden Sub',
    category_id: gaming,
    subcategory_id: hidden,
    country_id: USA,
    currency_id: USD,
    denominations: [{ min_value: 10, max_value: 10 }],
  });
  await reference.setCategoryActive(retired, false);
  await reference.setSubcategoryActive(hidden, false);
  return {
    categories: { giftCards, gaming, retired },
    subcategories: { amazon, apple, steam, hidden },
    amazonUsd,
    amazonGbp,
    apple: appleId,
    steam: steamId,
    netflixJpy,
    inactive,
    noRanges,
    underRetired,
    underHiddenSubcategory,
  };
}
