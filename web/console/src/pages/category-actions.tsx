import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog, Dialog } from '../../../shared/ui/dialog.tsx';
import { SelectField, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { options, useRefreshCatalog, type Category, type Subcategory } from '../catalog-data.ts';

export type Kind = 'category' | 'subcategory';
export type Entry = (Category | Subcategory) & { kind: Kind };

export const entries = <Row extends Category | Subcategory>(rows: Row[], kind: Kind): Entry[] => rows.map((row) => ({ ...row, kind }));

export const STATE_OPTIONS = [
  { value: '', label: 'Active and inactive' },
  { value: 'active', label: 'Active' },
  { value: 'inactive', label: 'Inactive' },
];
export const stateOf = (value: unknown) => (value === 'active' || value === 'inactive' ? value : undefined);

/**
 * Rename, activate and deactivate (behind a confirmation) a category or a subcategory: the row's
 * buttons, named with `named` (two subcategories may share a name), and the dialogs they open.
 */
export function useCategoryActions(named: (entry: Entry) => string, onNotice: (message: string) => void) {
  const [renaming, setRenaming] = useState<Entry | null>(null);
  const [deactivating, setDeactivating] = useState<Entry | null>(null);
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
      onNotice(
        `${view.name} is ${view.active ? 'active' : 'inactive'}${entry.kind === 'category' && !view.active ? ': its products are hidden from clients' : ''}.`,
      );
      await refresh();
    },
  });

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

  const dialogs = (
    <>
      {renaming && (
        <RenameDialog
          entry={renaming}
          onDone={(message) => {
            setRenaming(null);
            if (message) onNotice(message);
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
  return { actions, dialogs };
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

/** A new category, or a new subcategory in one of `categories`. */
export function CreateDialog({
  kind,
  categories,
  defaultCategory,
  onDone,
}: {
  kind: Kind;
  categories: { id: number; name: string; active: boolean }[];
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
          <Button type="submit" disabled={create.isPending || !name.trim() || (kind === 'subcategory' && !categoryId)}>
            {create.isPending ? 'Creating…' : 'Create'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
