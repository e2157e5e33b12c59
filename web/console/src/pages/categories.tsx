import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { adminApi, unwrapPage } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, Notice, QueryResult } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { allPages, flag, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { CreateDialog, entries, STATE_OPTIONS, stateOf, useCategoryActions, type Entry } from './category-actions.tsx';

export interface CategoriesSearch extends ListSearch {
  q?: string;
  state?: 'active' | 'inactive';
}

export const categoriesSearch = (search: Record<string, unknown>): CategoriesSearch => ({
  ...listSearch(search),
  q: text(search.q),
  state: stateOf(search.state),
});

const PAGE_SIZE = 25;
const BY_NAME: Sorting = { field: 'name', direction: 'ASC' };

/** Categories: list, create, rename, activate and deactivate; each leads to its subcategories. */
export function CategoriesPage() {
  const search = useSearch({ from: '/app/catalog/categories' });
  const navigate = useNavigate({ from: '/catalog/categories' });
  const sorting = sortingOf(search, BY_NAME);
  const query = pageQuery(
    { search: search.q, active: flag(search.state === undefined ? undefined : search.state === 'active') },
    sorting,
    search,
    PAGE_SIZE,
  );
  const categories = useQuery({
    queryKey: ['categories', query],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/categories', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { actions, dialogs } = useCategoryActions((entry) => entry.name, setNotice);
  const filter = (patch: Partial<CategoriesSearch>) => navigate({ search: { ...search, ...patch }, replace: true });
  const filtered = Boolean(search.q || search.state);

  const columns: ColumnDef<Entry, unknown>[] = [
    { id: 'name', header: 'Name', accessorKey: 'name' },
    { id: 'id', header: 'ID', accessorKey: 'id' },
    { id: 'active', header: 'State', cell: ({ row }) => (row.original.active ? 'Active' : 'Inactive') },
    {
      id: 'subcategories',
      header: 'Subcategories',
      cell: ({ row }) => (
        <Link to="/catalog/subcategories" search={{ category_id: row.original.id }} className="text-blue-700 underline">
          Show<span className="sr-only"> the subcategories of {row.original.name}</span>
        </Link>
      ),
    },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];

  return (
    <>
      <PageHeader title="Catalog">
        <Button onClick={() => setCreating(true)}>Create category</Button>
      </PageHeader>
      <CatalogTabs />
      {notice && <Notice>{notice}</Notice>}
      <h2 className="text-lg font-semibold">Categories</h2>
      <form className="grid max-w-2xl grid-cols-2 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter categories">
        <TextField
          label="Category name"
          type="search"
          value={search.q ?? ''}
          onChange={(event) => filter({ q: text(event.target.value), page: undefined })}
        />
        <SelectField
          label="Category state"
          value={search.state ?? ''}
          options={STATE_OPTIONS}
          onChange={(event) => filter({ state: stateOf(event.target.value), page: undefined })}
        />
      </form>
      <QueryResult
        query={categories}
        what="categories"
        isEmpty={(data) => data.items.length === 0}
        empty={
          <Empty title={filtered ? 'No category matches these filters' : 'No categories yet'}>
            {!filtered && 'Create one, or import a catalog file: its categories are created with it.'}
          </Empty>
        }
      >
        {(data) => (
          <DataTable
            caption="Categories"
            rows={entries(data.items, 'category')}
            columns={columns}
            sortable={['name', 'id']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction, page: undefined })}
            page={{ ...data.page, onPage: (page) => filter({ page }) }}
            exportName="categories"
            exportRows={() => allPages((page, limit) => adminApi.GET('/admin/v1/categories', { params: { query: { ...query, page, limit } } }))}
          />
        )}
      </QueryResult>
      {dialogs}
      {creating && (
        <CreateDialog
          kind="category"
          categories={[]}
          onDone={(message) => {
            setCreating(false);
            if (message) setNotice(message);
          }}
        />
      )}
    </>
  );
}
