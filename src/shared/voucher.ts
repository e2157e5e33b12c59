/** A voucher as the order object shows it (api.md 6.2); which fields are set depends on the voucher type. */
export interface IssuedVoucher {
  card_number: string | null;
  pin_code: string | null;
  claim_url: string | null;
  /** RFC 3339 UTC, second precision, or null. */
  expires_at: string | null;
  voucher_reference_number: string | null;
}
