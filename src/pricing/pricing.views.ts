import { toRfc3339 } from '../shared/dates.ts';
import type { ClientTermsView } from './client-terms.service.ts';

/** A client's terms as the admin API and the CLI's --json print them. */
export const termsView = (terms: ClientTermsView) => ({
  ...terms,
  max_quantities: terms.max_quantities.map((limit) => ({ ...limit, updated_at: toRfc3339(limit.updated_at) })),
});
