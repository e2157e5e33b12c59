/**
 * An order's client_reference (api.md 6.1): printable ASCII, 1 to 255 characters. A module of its
 * own, with no imports, so the client portal's order form checks what the store's schema checks.
 */
export const CLIENT_REFERENCE_MAX_LENGTH = 255;
export const CLIENT_REFERENCE_PATTERN = '^[\\x20-\\x7E]+$';
