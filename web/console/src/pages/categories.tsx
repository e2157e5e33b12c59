import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { DataTable, type Sorting } from '../../../shared/ui/data-table.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { Empty, ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { categoriesQuery, options, subcategoriesQuery, useRefreshCatalog, type Category, type Subcategory } from '../catalog-data.ts';
import { contains, pageRows, sortRows } from '../local-list.ts';
import { integer, text } from '../search.ts';
import { CatalogTabs } from './catalog-tabs.tsx';

export interface CategoriesSearch {
  q?: string;
  state?: 'active' | 'inactive';
  page?: number;
  sort_by?: string;
  sort_dir?: 'ASC' | 'DESC';
  category_id?: number;
  sub_q?: string;
  sub_page?: number;
}

const state = (value: unknown) => (value === 'active' || value === 'inactive' ? value : undefined);

export const categoriesSearch = (search: Record<string, unknown>): CategoriesSearch => ({
  q: text(search.q),
  state: state(search.state),
  page: integer(search.page),
  sort_by: text(search.sort_by),
  sort_dir: search.sort_dir === 'ASC' || search.sort_dir === 'DESC' ? search.sort_dir : undefined,
  category_id: integer(search.category_id),
  sub_q: text(search.sub_q),
  sub_page: integer(search.sub_page),
});

const PAGE_SIZE = 25;
type Kind = 'category' | 'subcategory';
type Entry = (Category | Subcategory) & { kind: Kind };
const STATE_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];

/** Categories and their subcategories: list, create, rename, activate and deactivate. */
export function CategoriesPage() {
  const search = useSearch({ from: '/app/catalog/categories' });
  const navigate = useNavigate({ from: '/catalog/categories' });
  const categories = useQuery(categoriesQuery);
  const subcategories = useQuery(subcategoriesQuery);
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
      cell: ({ row }) => (subcategories.data ?? []).filter((sub) => sub.category_id === row.original.id).length,
    },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];
  const subcategoryColumns: ColumnDef<Entry, unknown>[] = [
    ...common,
    { id: 'category', header: 'Category', cell: ({ row }) => categoryName.get((row.original as Subcategory).category_id) ?? '—' },
    { id: 'actions', header: 'Actions', cell: ({ row }) => actions(row.original) },
  ];

  const sorting: Sorting = { field: search.sort_by ?? 'name', direction: search.sort_dir ?? 'ASC' };
  const keys = { name: (entry: Entry) => entry.name, id: (entry: Entry) => entry.id };
  const shownCategories = sortRows(
    (categories.data ?? [])
      .filter((category) => contains(category.name, search.q) && (!search.state || category.active === (search.state === 'active')))
      .map((category) => ({ ...category, kind: 'category' as const })),
    sorting,
    keys,
  );
  const shownSubcategories = sortRows(
    (subcategories.data ?? [])
      .filter((sub) => contains(sub.name, search.sub_q) && (!search.category_id || sub.category_id === search.category_id))
      .map((sub) => ({ ...sub, kind: 'subcategory' as const })),
    { field: 'name', direction: 'ASC' },
    keys,
  );
  const categoryPage = pageRows(shownCategories, search.page, PAGE_SIZE);
  const subcategoryPage = pageRows(shownSubcategories, search.sub_page, PAGE_SIZE);
  const exportRows = (rows: Entry[]) => async () =>
    rows.map(({ kind: _kind, ...row }) => ({ ...row, ...('category_id' in row ? { category: categoryName.get(row.category_id) } : {}) }));

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
        {categories.isPending ? (
          <Loading what="categories" />
        ) : categories.isError ? (
          <ErrorNotice error={categories.error} onRetry={() => categories.refetch()} />
        ) : shownCategories.length === 0 ? (
          <Empty title={categories.data.length ? 'No category matches these filters' : 'No categories yet'}>
            {!categories.data.length && 'Create one, or import a catalog file: its categories are created with it.'}
          </Empty>
        ) : (
          <DataTable
            caption="Categories"
            rows={categoryPage.items}
            columns={categoryColumns}
            sortable={['name', 'id']}
            sorting={sorting}
            onSort={(next) => filter({ sort_by: next.field, sort_dir: next.direction, page: undefined })}
            page={{ ...categoryPage.page, onPage: (page) => filter({ page }) }}
            exportName="categories"
            exportRows={exportRows(shownCategories)}
          />
        )}
      </section>
      <section aria-labelledby="subcategories" className="space-y-3">
        <h2 id="subcategories" className="text-lg font-semibold">
          Subcategories
        </h2>
        <form className="grid max-w-2xl grid-cols-2 gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter subcategories">
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
        </form>
        {subcategories.isPending ? (
          <Loading what="subcategories" />
        ) : subcategories.isError ? (
          <ErrorNotice error={subcategories.error} onRetry={() => subcategories.refetch()} />
        ) : shownSubcategories.length === 0 ? (
          <Empty title={subcategories.data.length ? 'No subcategory matches these filters' : 'No subcategories yet'} />
        ) : (
          <DataTable
            caption="Subcategories"
            rows={subcategoryPage.items}
            columns={subcategoryColumns}
            page={{ ...subcategoryPage.page, onPage: (sub_page) => filter({ sub_page }) }}
            exportName="subcategories"
            exportRows={exportRows(shownSubcategories)}
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
