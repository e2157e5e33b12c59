import { Type } from 'typebox';
import { IdParams } from '../http/path-id.ts';
import { errorResponses, Timestamp } from '../http/schemas.ts';

export const LowBalance = Type.Object(
  {
    wallet_id: Type.Integer(),
    currency: Type.String(),
    balance: Type.Number(),
    threshold: Type.Union([Type.Number(), Type.Null()], { description: 'alert when the balance goes below this; null: no alert' }),
    below: Type.Boolean({ description: 'the balance is below the threshold now' }),
    alerted_at: Type.Union([Timestamp, Type.Null()], { description: 'the last alert (at most one per 24 hours)' }),
  },
  { title: 'LowBalance' },
);

export const ThresholdBody = Type.Object(
  {
    threshold: Type.Union([Type.Number(), Type.String({ maxLength: 40 }), Type.Null()], {
      description: "in the wallet's currency, ≥ 0 (decimal text or number); null removes the alert",
    }),
  },
  { additionalProperties: false },
);

export const THRESHOLD_MESSAGE = 'threshold is required: an amount ≥ 0, or null';

/** The schemas of a list and a change of thresholds, for the portal's or the operator's security. */
export function lowBalanceSchemas(tag: string, security: { [label: string]: string[] }[], who: string) {
  return {
    list: {
      tags: [tag],
      security,
      summary: `Wallets with their low-balance thresholds (${who})`,
      response: { 200: Type.Array(LowBalance), ...errorResponses(400, 401, 403, 404) },
    },
    set: {
      tags: [tag],
      security,
      summary: `Set or remove a wallet's low-balance threshold (${who})`,
      description:
        'Below it, one e-mail to the owners and finance users and a wallet.low_balance event, at most once per 24 hours and again only ' +
        'after the balance was back at the threshold or above (docs/low-balance.md).',
      params: IdParams,
      body: ThresholdBody,
      response: { 200: LowBalance, ...errorResponses(400, 401, 403, 404, 413, 415) },
    },
  };
}
