import { toRfc3339 } from '../shared/dates.ts';
import type { AdminProduct, ClientPricingView } from './catalog.service.ts';

/** The operator's product and client-pricing objects as the admin API and the CLI's --json print them. */
export const productView = (product: AdminProduct) => ({
  ...product,
  created_at: toRfc3339(product.created_at),
  updated_at: toRfc3339(product.updated_at),
});

export const pricingView = (pricing: ClientPricingView) => ({
  client_id: pricing.client_id,
  blacklist: pricing.blacklist.map((entry) => ({ ...entry, created_at: toRfc3339(entry.created_at) })),
  discounts: pricing.discounts.map((entry) => ({ ...entry, updated_at: toRfc3339(entry.updated_at) })),
});
