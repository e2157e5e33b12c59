import type { Kysely } from 'kysely';
import { DomainError, errors } from '../shared/errors.ts';
import { changeAction, recordAudit } from '../infra/audit.ts';
import type { Executor } from '../infra/db/executor.ts';
import type { Database } from '../infra/db/schema.ts';
import type { InvalidationBus } from '../infra/invalidation/bus.ts';
import { SnapshotCache, type CachedBody, type Snapshot } from './reference.cache.ts';
import { readOptionalPage, type OptionalPage, type OptionalPageRequest } from '../shared/pages.ts';
import * as repo from './reference.repository.ts';
import type {
  CategoryFilter,
  CategoryRecord,
  CategorySortField,
  CountryRecord,
  CurrencyRecord,
  SubcategoryFilter,
  SubcategoryRecord,
  SubcategorySortField,
} from './reference.repository.ts';

export { CATEGORY_SORT_FIELDS, SUBCATEGORY_SORT_FIELDS } from './reference.repository.ts';
export type {
  CategoryFilter,
  CategoryRecord,
  CategorySortField,
  CountryRecord,
  CurrencyRecord,
  SubcategoryFilter,
  SubcategoryRecord,
  SubcategorySortField,
};

/** Bus topic; the key names the list that changed (`countries`, `currencies`, `categories`, `subcategories`). */
export const REFERENCE_TOPIC = 'reference';
export type ReferenceKind = 'countries' | 'currencies' | 'categories' | 'subcategories';

/** What clients see (api.md 3). */
export interface CountryItem {
  id: number;
  name: string;
  official_name: string;
  alpha_2: string;
  alpha_3: string;
  numeric_code: string;
  dialing_prefix: string | null;
}
export interface CurrencyItem {
  id: number;
  name: string;
  currency: string;
  precision: number;
}
export interface NamedItem {
  id: number;
  name: string;
}

export const countryItem = (c: CountryRecord): CountryItem => ({
  id: c.id,
  name: c.name,
  official_name: c.official_name,
  alpha_2: c.alpha_2,
  alpha_3: c.alpha_3,
  numeric_code: c.numeric_code,
  dialing_prefix: c.dialing_prefix,
});
export const currencyItem = (c: CurrencyRecord): CurrencyItem => ({
  id: c.id,
  name: c.name,
  currency: c.code,
  precision: c.minor_units,
});
const namedItem = (row: { id: number; name: string }): NamedItem => ({ id: row.id, name: row.name });

/** The 500 messages of api.md 3 (by id for country and subcategory: our choice, by analogy). */
const MESSAGES = {
  countries: { list: 'Failed to retrieve countries', one: 'Failed to retrieve country', missing: 'Country not found' },
  currencies: { list: 'Failed to retrieve currencies', one: 'Error retrieving currency', missing: 'Currency not found' },
  categories: { list: 'Failed to retrieve categories', one: 'Failed to retrieve category', missing: 'Category not found' },
  subcategories: {
    list: 'Failed to retrieve subcategories',
    one: 'Failed to retrieve subcategory',
    missing: 'Subcategory not found',
  },
} as const satisfies Record<ReferenceKind, { list: string; one: string; missing: string }>;

interface ReferenceCaches {
  countries: SnapshotCache<CountryItem>;
  currencies: SnapshotCache<CurrencyItem>;
  categories: SnapshotCache<NamedItem>;
  subcategories: SnapshotCache<NamedItem>;
}

interface Deps {
  db: Kysely<Database>;
  bus: InvalidationBus;
  caches: ReferenceCaches;
}

const UNIQUE_VIOLATION = '23505';
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;

function normalizeName(name: string, what: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw errors.validation(`${what} name is required`, [{ field: 'name', message: 'must not be empty' }]);
  return trimmed;
}

/** What an operator can do to reference data: served by the service and by the admin HTTP API. */
export interface ReferenceAdministration {
  listCountries(): Promise<CountryRecord[]>;
  setCountryActive(id: number, active: boolean): Promise<CountryRecord>;
  listCurrencies(): Promise<CurrencyRecord[]>;
  setCurrencyActive(id: number, active: boolean): Promise<CurrencyRecord>;
  /** Every category, inactive included, by id. */
  listCategories(): Promise<CategoryRecord[]>;
  /** The categories the filter selects, sorted; a page of them, or all when no page is asked. */
  listCategoriesPage(filter: CategoryFilter, request: OptionalPageRequest<CategorySortField>): Promise<OptionalPage<CategoryRecord>>;
  getCategory(id: number): Promise<CategoryRecord>;
  createCategory(input: { name: string; active?: boolean }): Promise<CategoryRecord>;
  updateCategory(id: number, changes: { name?: string; active?: boolean }): Promise<CategoryRecord>;
  setCategoryActive(id: number, active: boolean): Promise<CategoryRecord>;
  /** Every subcategory, inactive included, by id. */
  listSubcategories(): Promise<SubcategoryRecord[]>;
  /** The subcategories the filter selects, sorted; a page of them, or all when no page is asked. */
  listSubcategoriesPage(filter: SubcategoryFilter, request: OptionalPageRequest<SubcategorySortField>): Promise<OptionalPage<SubcategoryRecord>>;
  getSubcategory(id: number): Promise<SubcategoryRecord>;
  createSubcategory(input: { categoryId: number; name: string; active?: boolean }): Promise<SubcategoryRecord>;
  updateSubcategory(id: number, changes: { name?: string; active?: boolean }): Promise<SubcategoryRecord>;
  setSubcategoryActive(id: number, active: boolean): Promise<SubcategoryRecord>;
}

/**
 * Countries, currencies, categories and subcategories (api.md 3). Client reads are served
 * from per-process snapshots; every operator write is audited, then every process is told
 * through the bus to drop the list that changed.
 */
export class ReferenceService implements ReferenceAdministration {
  private constructor(
    private readonly deps: Deps,
    private readonly actor: string,
  ) {}

  static create(deps: { db: Kysely<Database>; bus: InvalidationBus }, actor = 'system'): ReferenceService {
    const { db, bus } = deps;
    const caches: ReferenceCaches = {
      countries: new SnapshotCache(async () => (await repo.listCountries(db, { activeOnly: true })).map(countryItem)),
      currencies: new SnapshotCache(async () => (await repo.listCurrencies(db, { activeOnly: true })).map(currencyItem)),
      categories: new SnapshotCache(async () => (await repo.listCategories(db, { activeOnly: true })).map(namedItem)),
      subcategories: new SnapshotCache(async () => (await repo.listSubcategories(db, { visibleOnly: true })).map(namedItem)),
    };
    const invalidate = (key: string) => {
      if (key === 'countries' || key === 'currencies' || key === 'subcategories') caches[key].invalidate();
      // A category's state decides whether its subcategories are visible.
      else if (key === 'categories') {
        caches.categories.invalidate();
        caches.subcategories.invalidate();
      } else for (const cache of Object.values(caches)) cache.invalidate();
    };
    bus.subscribe(REFERENCE_TOPIC, invalidate, () => invalidate('*'));
    return new ReferenceService({ db, bus, caches }, actor);
  }

  /** The same service acting for another operator identity (audit log); caches are shared. */
  as(actor: string): ReferenceService {
    return new ReferenceService(this.deps, actor);
  }

  // ---- client reads (cached) ------------------------------------------------------------------

  /** The visible list of a kind, as the client sees it; a database failure is the documented 500. */
  async snapshot<K extends ReferenceKind>(kind: K): Promise<Snapshot<ItemOf<K>>> {
    return this.load(kind, MESSAGES[kind].list);
  }

  async list(kind: ReferenceKind): Promise<CachedBody> {
    return (await this.snapshot(kind)).list;
  }

  /** One visible item; inactive (or, for a subcategory, under an inactive category) is 404. */
  async get(kind: ReferenceKind, id: number): Promise<CachedBody> {
    const snapshot = await this.load(kind, MESSAGES[kind].one);
    const found = snapshot.byId.get(id);
    if (!found) throw errors.notFound(MESSAGES[kind].missing);
    return found;
  }

  private async load<K extends ReferenceKind>(kind: K, failure: string): Promise<Snapshot<ItemOf<K>>> {
    try {
      return (await this.deps.caches[kind].get()) as unknown as Snapshot<ItemOf<K>>;
    } catch (error) {
      // The cause goes to the server log with the 500; the caller sees only the message.
      throw Object.assign(errors.internal(failure), { cause: error });
    }
  }

  // ---- operator: countries and currencies ---------------------------------------------------

  listCountries(): Promise<CountryRecord[]> {
    return repo.listCountries(this.deps.db, { activeOnly: false });
  }

  setCountryActive(id: number, active: boolean): Promise<CountryRecord> {
    return this.change({
      kinds: ['countries'],
      action: active ? 'country.activate' : 'country.deactivate',
      target: `country:${id}`,
      find: (trx) => repo.findCountry(trx, id),
      missing: MESSAGES.countries.missing,
      apply: (trx) => repo.setCountryActive(trx, id, active),
    });
  }

  listCurrencies(): Promise<CurrencyRecord[]> {
    return repo.listCurrencies(this.deps.db, { activeOnly: false });
  }

  setCurrencyActive(id: number, active: boolean): Promise<CurrencyRecord> {
    return this.change({
      kinds: ['currencies'],
      action: active ? 'currency.activate' : 'currency.deactivate',
      target: `currency:${id}`,
      find: (trx) => repo.findCurrency(trx, id),
      missing: MESSAGES.currencies.missing,
      apply: (trx) => repo.setCurrencyActive(trx, id, active),
    });
  }

  // ---- operator: categories -----------------------------------------------------------------

  listCategories(): Promise<CategoryRecord[]> {
    return repo.listCategories(this.deps.db, { activeOnly: false });
  }

  listCategoriesPage(filter: CategoryFilter, request: OptionalPageRequest<CategorySortField>): Promise<OptionalPage<CategoryRecord>> {
    const { db } = this.deps;
    return readOptionalPage(request.page, {
      count: () => repo.countCategoryRecords(db, filter),
      items: () => repo.listCategoryRecords(db, filter, request),
    });
  }

  async getCategory(id: number): Promise<CategoryRecord> {
    const category = await repo.findCategory(this.deps.db, id);
    if (!category) throw errors.notFound(MESSAGES.categories.missing);
    return category;
  }

  async createCategory(input: { name: string; active?: boolean }): Promise<CategoryRecord> {
    const name = normalizeName(input.name, 'Category');
    const created = await this.write(async (trx) => {
      if (await repo.findCategoryByName(trx, name)) throw duplicate('category');
      const id = await repo.insertCategory(trx, { name, active: input.active ?? true });
      const after = (await repo.findCategory(trx, id))!;
      await recordAudit(trx, { actor: this.actor, action: 'category.create', target: `category:${id}`, details: { after } });
      return after;
    }, 'category');
    await this.publish(['categories']);
    return created;
  }

  async updateCategory(id: number, changes: { name?: string; active?: boolean }): Promise<CategoryRecord> {
    requireSomeChange(changes);
    const name = changes.name === undefined ? undefined : normalizeName(changes.name, 'Category');
    return this.change({
      kinds: ['categories'],
      action: changeAction('category', changes),
      target: `category:${id}`,
      find: (trx) => repo.findCategory(trx, id),
      missing: MESSAGES.categories.missing,
      apply: async (trx) => {
        if (name !== undefined) {
          const clash = await repo.findCategoryByName(trx, name);
          if (clash && clash.id !== id) throw duplicate('category');
        }
        await repo.updateCategory(trx, id, { ...(name !== undefined ? { name } : {}), ...pickActive(changes) });
      },
      duplicateOf: 'category',
    });
  }

  setCategoryActive(id: number, active: boolean): Promise<CategoryRecord> {
    return this.updateCategory(id, { active });
  }

  // ---- operator: subcategories --------------------------------------------------------------

  listSubcategories(): Promise<SubcategoryRecord[]> {
    return repo.listSubcategories(this.deps.db, { visibleOnly: false });
  }

  listSubcategoriesPage(filter: SubcategoryFilter, request: OptionalPageRequest<SubcategorySortField>): Promise<OptionalPage<SubcategoryRecord>> {
    const { db } = this.deps;
    return readOptionalPage(request.page, {
      count: () => repo.countSubcategoryRecords(db, filter),
      items: () => repo.listSubcategoryRecords(db, filter, request),
    });
  }

  async getSubcategory(id: number): Promise<SubcategoryRecord> {
    const subcategory = await repo.findSubcategory(this.deps.db, id);
    if (!subcategory) throw errors.notFound(MESSAGES.subcategories.missing);
    return subcategory;
  }

  async createSubcategory(input: { categoryId: number; name: string; active?: boolean }): Promise<SubcategoryRecord> {
    const name = normalizeName(input.name, 'Subcategory');
    const created = await this.write(async (trx) => {
      if (!(await repo.findCategory(trx, input.categoryId))) throw errors.notFound(MESSAGES.categories.missing);
      if (await repo.findSubcategoryByName(trx, input.categoryId, name)) throw duplicate('subcategory');
      const id = await repo.insertSubcategory(trx, { category_id: input.categoryId, name, active: input.active ?? true });
      const after = (await repo.findSubcategory(trx, id))!;
      await recordAudit(trx, { actor: this.actor, action: 'subcategory.create', target: `subcategory:${id}`, details: { after } });
      return after;
    }, 'subcategory');
    await this.publish(['subcategories']);
    return created;
  }

  async updateSubcategory(id: number, changes: { name?: string; active?: boolean }): Promise<SubcategoryRecord> {
    requireSomeChange(changes);
    const name = changes.name === undefined ? undefined : normalizeName(changes.name, 'Subcategory');
    return this.change({
      kinds: ['subcategories'],
      action: changeAction('subcategory', changes),
      target: `subcategory:${id}`,
      find: (trx) => repo.findSubcategory(trx, id),
      missing: MESSAGES.subcategories.missing,
      apply: async (trx) => {
        if (name !== undefined) {
          const current = (await repo.findSubcategory(trx, id))!;
          const clash = await repo.findSubcategoryByName(trx, current.category_id, name);
          if (clash && clash.id !== id) throw duplicate('subcategory');
        }
        await repo.updateSubcategory(trx, id, { ...(name !== undefined ? { name } : {}), ...pickActive(changes) });
      },
      duplicateOf: 'subcategory',
    });
  }

  setSubcategoryActive(id: number, active: boolean): Promise<SubcategoryRecord> {
    return this.updateSubcategory(id, { active });
  }

  // ---- plumbing -------------------------------------------------------------------------------

  /** A transaction whose unique-index race (two operators, same name) is a 400, not a 500. */
  private async write<T>(work: (trx: Executor) => Promise<T>, duplicateOf?: 'category' | 'subcategory'): Promise<T> {
    try {
      return await this.deps.db.transaction().execute(work);
    } catch (error) {
      if (duplicateOf && isUniqueViolation(error)) throw duplicate(duplicateOf);
      throw error;
    }
  }

  /** One audited change: before/after in the audit log, then every process drops the list. */
  private async change<R extends object>(options: {
    kinds: ReferenceKind[];
    action: string;
    target: string;
    find: (trx: Executor) => Promise<R | undefined>;
    missing: string;
    apply: (trx: Executor) => Promise<unknown>;
    duplicateOf?: 'category' | 'subcategory';
  }): Promise<R> {
    const after = await this.write(async (trx) => {
      const before = await options.find(trx);
      if (!before) throw errors.notFound(options.missing);
      await options.apply(trx);
      const updated = (await options.find(trx))!;
      await recordAudit(trx, { actor: this.actor, action: options.action, target: options.target, details: { before, after: updated } });
      return updated;
    }, options.duplicateOf);
    await this.publish(options.kinds);
    return after;
  }

  private async publish(kinds: ReferenceKind[]): Promise<void> {
    for (const kind of kinds) await this.deps.bus.publish(REFERENCE_TOPIC, kind);
  }
}

type ItemOf<K extends ReferenceKind> = K extends 'countries' ? CountryItem : K extends 'currencies' ? CurrencyItem : NamedItem;

function duplicate(what: 'category' | 'subcategory'): DomainError {
  return what === 'category'
    ? errors.badRequest('A category with this name already exists')
    : errors.badRequest('A subcategory with this name already exists in this category');
}

function requireSomeChange(changes: { name?: string; active?: boolean }): void {
  if (changes.name === undefined && changes.active === undefined) {
    throw errors.validation('Nothing to change: give name and/or active');
  }
}

function pickActive(changes: { active?: boolean }): { active?: boolean } {
  return changes.active === undefined ? {} : { active: changes.active };
}
