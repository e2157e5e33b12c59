/** Examples of the named schemas, as the demo data (`popup-store demo`) answers them. */
export const EXAMPLES: Record<string, unknown> = {
  Error: { error: { name: 'BadRequestError', code: 'INSUFFICIENT_FUNDS', message: 'Insufficient wallet balance' } },
};
