/** What `popup-store demo` names and fills (the CLI prints them without loading the demo itself). */

export const DEMO_CLIENT_NAME = 'Demo client';

/** Codes in stock per fixed value of every demo product delivered by the inventory supplier, after each run. */
export const DEMO_STOCK_PER_VALUE = 50;
