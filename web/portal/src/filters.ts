/** A date (YYYY-MM-DD) from the address, else nothing. */
export const dateParam = (value: unknown): string | undefined =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;

/** A text from the address, else nothing. */
export const textParam = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The day after a date: the lists' `end_date` is exclusive, the pages' "To" date is included. */
export const dayAfter = (date: string | undefined): string | undefined =>
  date === undefined ? undefined : new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
