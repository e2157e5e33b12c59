/**
 * The client features an operator can give: the one list every check uses —
 * the admin API's schema (an enum, shown in the OpenAPI document), the service, and the CLI
 * before it sends anything.
 *
 * - `vouchers`: the voucher catalog and orders (products, categories, charges, orders; without
 *   it those routes answer 400 INVALID_FEATURE).
 */
export const CLIENT_FEATURES = ['vouchers'] as const;

export type ClientFeature = (typeof CLIENT_FEATURES)[number];

const KNOWN: ReadonlySet<string> = new Set(CLIENT_FEATURES);

export function isClientFeature(name: string): name is ClientFeature {
  return KNOWN.has(name);
}

/** The first unknown feature of the list, with its position and the message to show; null when every one is known. */
export function unknownFeature(features: readonly string[]): { index: number; message: string } | null {
  const index = features.findIndex((feature) => !isClientFeature(feature));
  if (index < 0) return null;
  return { index, message: `unknown feature ${JSON.stringify(features[index])} (known: ${CLIENT_FEATURES.join(', ')})` };
}
