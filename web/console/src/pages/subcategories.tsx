import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrapPage } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { choicesQuery, options, type Subcategory } from '../catalog-data.ts';
import { allPages, flag, integer, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { CreateDialog, entries, STATE_OPTIONS, stateOf, useCategoryActions, type Entry } from './category-actions.tsx';

export interface SubcategoriesSearch extends ListSearch {
  q?: string;
  state?: 'active' | 'inactive';
  category_id?: number;
}

export const subcategoriesSearch = (search: Record<string, unknown>): SubcategoriesSearch => ({
  ...listSearch(search),
  q: text(search.q),
  state: stateOf(search.state),
  category_id: integer(search.category_id),
});

const PAGE_SIZE = 25;
const BY_NAME: Sorting = { field: 'name', direction: 'ASC' };

/**
 * Subcategories, of one category or all: list, create, rename, activate and deactivate. Two
 * requests: the page of subcategories, and the catalog's choices (the categories' names).
 */
export function SubcategoriesPage() {
  const search = useSearch({ from: '/app/catalog/subcategories' });
  const navigate = useNavigate({ from: '/catalog/subcategories' });
  const sorting = sortingOf(search, BY_NAME);
  const query = pageQuery(
    { search: search.q, active: flag(search.state === undefined ? undefined : search.state === 'active'), category_id: search.category_id },
    sorting,
    search,
    PAGE_SIZE,
  );
  const subcategories = useQuery({
    queryKey: ['subcategories', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/subcategories', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const choices = useQuery(choicesQuery);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const categoryName = new Map((choices.data?.categories ?? []).map((category) => [category.id, category.name]));
  const categoryOf = (entry: Entry) => categoryName.get((entry as Subcategory).category_id) ?? '';
  // Subcategories of two categories may share a name: each button names its category too.
  const { actions, dialogs } = useCategoryActions((entry) => `${entry.name} in ${categoryOf(entry)}`, setNotice);
  const filter = (patch: Partial<SubcategoriesSearch>) => navigate({ search: { ...search, ...patch, page: undefined }, replace: true });
  const filtered = Boolean(search.q || search.state || search.category_id);

  const columns: ColumnDef<Entry, unknown>[] = [
    { id: 'name', header: 'Name', accessorKey: 'name' },
    { id: 'id', header: 'ID', accessorKey: 'id' },
    { id: 'active', header: 'State', cell: ({ row }) => (row.original.active ? 'Active' : 'Inactive') },
    { id: 'category', header: 'Category', cell: ({ row }) => categoryOf(row.original) || '—' },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];

  return (
    <>
      <PageHeader title="Catalog">
        <Button onClick={() => setCreating(true)} disabled={!choices.data?.categories.length}>
          Create subcategory
        </Button>
      </PageHeader>
      <CatalogTabs />
      {notice && <Notice>{notice}</Notice>}
      {choices.isError && <ErrorNotice error={choices.error} onRetry={() => choices.refetch()} />}
      <h2 className="text-lg font-semibold">Subcategories</h2>
      <form className="grid max-w-3xl grid-cols-3 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter subcategories">
        <TextField label="Subcategory name" type="search" value={search.q ?? ''} onChange={(event) => filter({ q: text(event.target.value) })} />
        <SelectField
          label="In category"
          value={search.category_id ? String(search.category_id) : ''}
          options={[{ value: '', label: 'Every category' }, ...options(choices.data?.categories ?? [])]}
          onChange={(event) => filter({ category_id: integer(event.target.value) })}
        />
        <SelectField
          label="Subcategory state"
          value={search.state ?? ''}
          options={STATE_OPTIONS}
          onChange={(event) => filter({ state: stateOf(event.target.value) })}
        />
      </form>
      <QueryResult
        query={subcategories}
        what="subcategories"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Empty title={filtered ? 'No subcategory matches these filters' : 'No subcategories yet'}>
            {!filtered && 'Create one in a category, or import a catalog file: its subcategories are created with it.'}
          </Empty>
        }
      >
        {(data) => (
          <DataTable
            caption="Subcategories"
            rows={entries(data.items, 'subcategory')}
            columns={columns}
            sortable={['name', 'id', 'category']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction })}
            page={{ ...data.page, onPage: (page) => navigate({ search: { ...search, page } }) }}
            exportName="subcategories"
            exportRows={async () =>
              (await allPages((page, limit) => adminApi.GET('/admin/v1/subcategories', { params: { query: { ...query, page, limit } } }))).map(
                (row) => ({ ...row, category: categoryName.get(row.category_id as number) }),
              )
            }
          />
        )}
      </QueryResult>
      {dialogs}
      {creating && (
        <CreateDialog
          kind="subcategory"
          categories={choices.data?.categories ?? []}
          defaultCategory={search.category_id}
          onDone={(message) => {
            setCreating(false);
            if (message) setNotice(message);
          }}
        />
      )}
    </>
  );
}
