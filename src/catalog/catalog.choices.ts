import type { ReferenceAdministration } from '../reference/reference.service.ts';
import type { SupplierRegistry } from '../suppliers/registry.ts';
import type { CatalogChoices } from './catalog.schemas.ts';

export interface ChoicesDeps {
  reference: Pick<ReferenceAdministration, 'listCategories' | 'listSubcategories' | 'listCountries' | 'listCurrencies'>;
  suppliers: Pick<SupplierRegistry, 'names'>;
}

const byName = <T extends { name: string }>(rows: T[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name) || 0);

/**
 * The choices of the catalog's forms and filters in one answer (GET /admin/v1/catalog/choices):
 * every category, subcategory, country and currency, inactive ones included, as id and name with
 * the little a choice shows, and the registered suppliers. A page of the console reads this once
 * instead of four or five whole lists.
 */
export async function catalogChoices({ reference, suppliers }: ChoicesDeps): Promise<CatalogChoices> {
  const [categories, subcategories, countries, currencies] = await Promise.all([
    reference.listCategories(),
    reference.listSubcategories(),
    reference.listCountries(),
    reference.listCurrencies(),
  ]);
  return {
    categories: byName(categories).map(({ id, name, active }) => ({ id, name, active })),
    subcategories: byName(subcategories).map(({ id, name, active, category_id }) => ({ id, name, active, category_id })),
    countries: byName(countries).map(({ id, name, alpha_3, active }) => ({ id, name, alpha_3, active })),
    currencies: [...currencies]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(({ id, name, code, active }) => ({ id, name, currency: code, active })),
    suppliers: suppliers.names(),
  };
}
