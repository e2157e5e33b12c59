import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap, unwrapPage } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { categoriesQuery, options, useRefreshCatalog, type Category, type Subcategory } from '../catalog-data.ts';
import { allPages, flag, integer, listSearch, pageQuery, sortingOf, text, type ListSearch } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';

export interface CategoriesSearch extends ListSearch {
  q?: string;
  state?: 'active' | 'inactive';
  category_id?: number;
  sub_q?: string;
  sub_state?: 'active' | 'inactive';
  sub_page?: number;
  sub_sort_by?: string;
  sub_sort_dir?: 'ASC' | 'DESC';
}

const state = (value: unknown) => (value === 'active' || value === 'inactive' ? value : undefined);

export const categoriesSearch = (search: Record<string, unknown>): CategoriesSearch => {
  const sub = listSearch({ page: search.sub_page, sort_by: search.sub_sort_by, sort_dir: search.sub_sort_dir });
  return {
    ...listSearch(search),
    q: text(search.q),
    state: state(search.state),
    category_id: integer(search.category_id),
    sub_q: text(search.sub_q),
    sub_state: state(search.sub_state),
    sub_page: sub.page,
    sub_sort_by: sub.sort_by,
    sub_sort_dir: sub.sort_dir,
  };
};

const PAGE_SIZE = 25;
const BY_NAME: Sorting = { field: 'name', direction: 'ASC' };
type Kind = 'category' | 'subcategory';
type Entry = (Category | Subcategory) & { kind: Kind };
const STATE_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];
const activeOf = (value: CategoriesSearch['state']) => flag(value === undefined ? undefined : value === 'active');

/** Categories and their subcategories: list, create, rename, activate and deactivate. */
export function CategoriesPage() {
  const search = useSearch({ from: '/app/catalog/categories' });
  const navigate = useNavigate({ from: '/catalog/categories' });
  const sorting = sortingOf(search, BY_NAME);
  const subSearch = { page: search.sub_page, sort_by: search.sub_sort_by, sort_dir: search.sub_sort_dir };
  const subSorting = sortingOf(subSearch, BY_NAME);
  const categoryQuery = pageQuery({ search: search.q, active: activeOf(search.state) }, sorting, search, PAGE_SIZE);
  const subcategoryQuery = pageQuery(
    { search: search.sub_q, active: activeOf(search.sub_state), category_id: search.category_id },
    subSorting,
    subSearch,
    PAGE_SIZE,
  );
  const categoryPage = useQuery({
    queryKey: ['categories', categoryQuery],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/categories', { params: { query: categoryQuery } })),
    placeholderData: keepPreviousData,
  });
  const subcategoryPage = useQuery({
    queryKey: ['subcategories', subcategoryQuery],
    queryFn: () => unwrapPage(adminApi.GET('/admin/v1/subcategories', { params: { query: subcategoryQuery } })),
    placeholderData: keepPreviousData,
  });
  // Every category, for the choices of the filter and of a new subcategory, and the names of the subcategories' categories.
  const categories = useQuery(categoriesQuery);
  const [renaming, setRenaming] = useState<Entry | null>(null);
  const [deactivating, setDeactivating] = useState<Entry | null>(null);
  const [creating, setCreating] = useState<Kind | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshCatalog();
  const setActive = useMutation({
    mutationFn: ({ entry, active }: { entry: Entry; active: boolean }) =>
      unwrap(
        entry.kind === 'category'
          ? adminApi.PATCH('/admin/v1/categories/{id}', { params: { path: { id: entry.id } }, body: { active } })
          : adminApi.PATCH('/admin/v1/subcategories/{id}', { params: { path: { id: entry.id } }, body: { active } }),
      ),
    onSuccess: async (view, { entry }) => {
      setDeactivating(null);
      setNotice(
        `${view.name} is ${view.active ? 'active' : 'inactive'}${entry.kind === 'category' && !view.active ? ': its products are hidden from clients' : ''}.`,
      );
      await refresh();
    },
  });
  const filter = (patch: Partial<CategoriesSearch>) => navigate({ search: { ...search, ...patch }, replace: true });
  const categoryName = new Map((categories.data ?? []).map((category) => [category.id, category.name]));

  // Subcategories of two categories may share a name: each button names its category too.
  const named = (entry: Entry) => ('category_id' in entry ? `${entry.name} in ${categoryName.get(entry.category_id) ?? ''}` : entry.name);
  const actions = (entry: Entry) => (
    <div className="flex gap-2">
      <Button variant="secondary" onClick={() => setRenaming(entry)}>
        Rename<span className="sr-only"> {named(entry)}</span>
      </Button>
      {entry.active ? (
        <Button variant="secondary" onClick={() => setDeactivating(entry)}>
          Deactivate<span className="sr-only"> {named(entry)}</span>
        </Button>
      ) : (
        <Button variant="secondary" disabled={setActive.isPending} onClick={() => setActive.mutate({ entry, active: true })}>
          Activate<span className="sr-only"> {named(entry)}</span>
        </Button>
      )}
    </div>
  );
  const common: ColumnDef<Entry, unknown>[] = [
    { id: 'name', header: 'Name', accessorKey: 'name' },
    { id: 'id', header: 'ID', accessorKey: 'id' },
    { id: 'active', header: 'State', cell: ({ row }) => (row.original.active ? 'Active' : 'Inactive') },
  ];
  const categoryColumns: ColumnDef<Entry, unknown>[] = [
    ...common,
    {
      id: 'subcategories',
      header: 'Subcategories',
      cell: ({ row }) => (
        <Button variant="ghost" onClick={() => filter({ category_id: row.original.id, sub_page: undefined })}>
          Show<span className="sr-only"> the subcategories of {row.original.name}</span>
        </Button>
      ),
    },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];
  const subcategoryColumns: ColumnDef<Entry, unknown>[] = [
    ...common,
    { id: 'category', header: 'Category', cell: ({ row }) => categoryName.get((row.original as Subcategory).category_id) ?? '—' },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];

  const entries = <Row extends Category | Subcategory>(rows: Row[], kind: Kind) => rows.map((row) => ({ ...row, kind }));
  const exportRows = (rows: Record<string, unknown>[]) =>
    rows.map((row) => ({ ...row, ...('category_id' in row ? { category: categoryName.get(row.category_id as number) } : {}) }));

  return (
    <>
      <PageHeader title="Catalog">
        <Button onClick={() => setCreating('category')}>Create category</Button>
        <Button variant="secondary" onClick={() => setCreating('subcategory')} disabled={!categories.data?.length}>
          Create subcategory
        </Button>
      </PageHeader>
      <CatalogTabs />
      {notice && <Notice>{notice}</Notice>}
      <section aria-labelledby="categories" className="space-y-3">
        <h2 id="categories" className="text-lg font-semibold">
          Categories
        </h2>
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
            onChange={(event) => filter({ state: state(event.target.value), page: undefined })}
          />
        </form>
        {categoryPage.isPending ? (
          <Loading what="categories" />
        ) : categoryPage.isError ? (
          <ErrorNotice error={categoryPage.error} onRetry={() => categoryPage.refetch()} />
        ) : categoryPage.data.items.length === 0 ? (
          <Empty title={search.q || search.state ? 'No category matches these filters' : 'No categories yet'}>
            {!(search.q || search.state) && 'Create one, or import a catalog file: its categories are created with it.'}
          </Empty>
        ) : (
          <DataTable
            caption="Categories"
            rows={entries(categoryPage.data.items, 'category')}
            columns={categoryColumns}
            sortable={['name', 'id']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction, page: undefined })}
            page={{ ...categoryPage.data.page, onPage: (page) => filter({ page }) }}
            exportName="categories"
            exportRows={async () =>
              exportRows(
                await allPages((page, limit) => adminApi.GET('/admin/v1/categories', { params: { query: { ...categoryQuery, page, limit } } })),
              )
            }
          />
        )}
      </section>
      <section aria-labelledby="subcategories" className="space-y-3">
        <h2 id="subcategories" className="text-lg font-semibold">
          Subcategories
        </h2>
        <form className="grid max-w-3xl grid-cols-3 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter subcategories">
          <TextField
            label="Subcategory name"
            type="search"
            value={search.sub_q ?? ''}
            onChange={(event) => filter({ sub_q: text(event.target.value), sub_page: undefined })}
          />
          <SelectField
            label="In category"
            value={search.category_id ? String(search.category_id) : ''}
            options={[{ value: '', label: 'Every category' }, ...options(categories.data ?? [])]}
            onChange={(event) => filter({ category_id: integer(event.target.value), sub_page: undefined })}
          />
          <SelectField
            label="Subcategory state"
            value={search.sub_state ?? ''}
            options={STATE_OPTIONS}
            onChange={(event) => filter({ sub_state: state(event.target.value), sub_page: undefined })}
          />
        </form>
        {subcategoryPage.isPending ? (
          <Loading what="subcategories" />
        ) : subcategoryPage.isError ? (
          <ErrorNotice error={subcategoryPage.error} onRetry={() => subcategoryPage.refetch()} />
        ) : subcategoryPage.data.items.length === 0 ? (
          <Empty title={search.sub_q || search.sub_state || search.category_id ? 'No subcategory matches these filters' : 'No subcategories yet'} />
        ) : (
          <DataTable
            caption="Subcategories"
            rows={entries(subcategoryPage.data.items, 'subcategory')}
            columns={subcategoryColumns}
            sortable={['name', 'id', 'category']}
            sorting={subSorting}
            onSort={(next) => filter({ sub_sort_by: next.field, sub_sort_dir: next.direction, sub_page: undefined })}
            page={{ ...subcategoryPage.data.page, onPage: (sub_page) => filter({ sub_page }) }}
            exportName="subcategories"
            exportRows={async () =>
              exportRows(
                await allPages((page, limit) => adminApi.GET('/admin/v1/subcategories', { params: { query: { ...subcategoryQuery, page, limit } } })),
              )
            }
          />
        )}
      </section>
      {renaming && (
        <RenameDialog
          entry={renaming}
          onDone={(message) => {
            setRenaming(null);
            if (message) setNotice(message);
          }}
        />
      )}
      {creating && (
        <CreateDialog
          kind={creating}
          categories={categories.data ?? []}
          defaultCategory={search.category_id}
          onDone={(message) => {
            setCreating(null);
            if (message) setNotice(message);
          }}
        />
      )}
      <ConfirmDialog
        open={deactivating !== null}
        onOpenChange={(open) => !open && setDeactivating(null)}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        description={
          deactivating?.kind === 'category'
            ? 'Its products are no longer orderable nor shown to clients until it is active again.'
            : 'The products in it are no longer orderable nor shown to clients until it is active again.'
        }
        confirmText="Deactivate"
        danger
        busy={setActive.isPending}
        onConfirm={() => deactivating && setActive.mutate({ entry: deactivating, active: false })}
      >
        {setActive.isError && <ErrorNotice error={setActive.error} />}
      </ConfirmDialog>
    </>
  );
}

function RenameDialog({ entry, onDone }: { entry: Entry; onDone: (message?: string) => void }) {
  const [name, setName] = useState(entry.name);
  const refresh = useRefreshCatalog();
  const rename = useMutation({
    mutationFn: () =>
      unwrap(
        entry.kind === 'category'
          ? adminApi.PATCH('/admin/v1/categories/{id}', { params: { path: { id: entry.id } }, body: { name: name.trim() } })
          : adminApi.PATCH('/admin/v1/subcategories/{id}', { params: { path: { id: entry.id } }, body: { name: name.trim() } }),
      ),
    onSuccess: async (view) => {
      await refresh();
      onDone(`${entry.name} is now ${view.name}.`);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    rename.mutate();
  }
  return (
    <Dialog open onOpenChange={(open) => !open && onDone()} title={`Rename ${entry.name}`}>
      <form onSubmit={submit} className="space-y-4">
        {rename.isError && <ErrorNotice error={rename.error} />}
        <TextField label="New name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={rename.isPending || !name.trim() || name.trim() === entry.name}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

function CreateDialog({
  kind,
  categories,
  defaultCategory,
  onDone,
}: {
  kind: Kind;
  categories: Category[];
  defaultCategory?: number;
  onDone: (message?: string) => void;
}) {
  const [name, setName] = useState('');
  const [categoryId, setCategoryId] = useState(String(defaultCategory ?? categories[0]?.id ?? ''));
  const [active, setActive] = useState(true);
  const refresh = useRefreshCatalog();
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        kind === 'category'
          ? adminApi.POST('/admin/v1/categories', { body: { name: name.trim(), active } })
          : adminApi.POST('/admin/v1/subcategories', { body: { name: name.trim(), active, category_id: Number(categoryId) } }),
      ),
    onSuccess: async (view) => {
      await refresh();
      onDone(`${kind === 'category' ? 'Category' : 'Subcategory'} ${view.name} is created.`);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    create.mutate();
  }
  return (
    <Dialog open onOpenChange={(open) => !open && onDone()} title={kind === 'category' ? 'Create a category' : 'Create a subcategory'}>
      <form onSubmit={submit} className="space-y-4">
        {create.isError && <ErrorNotice error={create.error} />}
        {kind === 'subcategory' && (
          <SelectField
            label="Category"
            required
            value={categoryId}
            options={options(categories)}
            onChange={(event) => setCategoryId(event.target.value)}
          />
        )}
        <TextField label="Name" required maxLength={200} value={name} onChange={(event) => setName(event.target.value)} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
          Active (its products can be shown to clients)
        </label>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" disabled={create.isPending || !name.trim()}>
            {create.isPending ? 'Creating…' : 'Create'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
