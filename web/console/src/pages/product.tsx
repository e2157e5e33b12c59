import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { ErrorNotice, Loading, Notice } from '../../../shared/ui/states.tsx';
import { PageHeader } from '../layout.tsx';
import { time } from '../format.ts';
import { useRefreshCatalog, type Product } from '../catalog-data.ts';
import { CatalogTabs } from './catalog-tabs.tsx';
import { ProductFormDialog } from './product-form.tsx';
import { ProductRanges } from './product-ranges.tsx';

const VOUCHER_TYPES: Record<Product['voucher_type'], string> = { CODE: 'Code', CODE_WITH_PIN: 'Code with PIN', URL: 'Claim URL' };

/** One product: its fields, edit, activate or deactivate, and its face values. */
export function ProductPage() {
  const { productId } = useParams({ from: '/app/catalog/products/$productId' });
  const id = Number(productId);
  const product = useQuery({
    queryKey: ['product', id],
    queryFn: () => unwrap(adminApi.GET('/admin/v1/products/{id}', { params: { path: { id } } })),
  });
  const [editing, setEditing] = useState(false);
  const [deactivating, setDeactivating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = useRefreshCatalog();
  const setActive = useMutation({
    mutationFn: (active: boolean) =>
      unwrap(adminApi.POST(active ? '/admin/v1/products/{id}/activate' : '/admin/v1/products/{id}/deactivate', { params: { path: { id } } })),
    onSuccess: async (view) => {
      setDeactivating(false);
      setNotice(
        view.active ? `${view.name} is active${view.orderable ? ' and orderable' : ''}.` : `${view.name} is inactive: clients no longer see it.`,
      );
      await refresh();
    },
  });

  if (product.isPending) return <Loading what="the product" />;
  if (product.isError) return <ErrorNotice error={product.error} onRetry={() => product.refetch()} />;
  const view = product.data;
  const fields: [string, React.ReactNode][] = [
    ['ID', view.id],
    ['State', `${view.active ? 'Active' : 'Inactive'}; ${view.orderable ? 'orderable by clients' : 'not orderable by clients'}`],
    ['Category', view.category],
    ['Subcategory', view.sub_category ?? '—'],
    ['Country', view.country_code],
    ['Currency', view.currency_code],
    ['Voucher type', VOUCHER_TYPES[view.voucher_type]],
    ['Supplier', view.supplier],
    ['Demo data', view.demo ? 'Yes' : 'No'],
    ['Image URL', view.image_url ?? '—'],
    ['Delivery mode', view.delivery_mode ?? '—'],
    ['Delivery time', view.delivery_time ?? '—'],
    ['Validity', view.validity ?? '—'],
    ['Description', view.description ?? '—'],
    ['Redemption instructions', view.redemption_instructions ?? '—'],
    ['Terms', view.terms ?? '—'],
    ['Created', time(view.created_at)],
    ['Changed', time(view.updated_at)],
  ];
  return (
    <>
      <PageHeader title={view.name}>
        <Button variant="secondary" onClick={() => setEditing(true)}>
          Edit product
        </Button>
        {view.active ? (
          <Button variant="danger" onClick={() => setDeactivating(true)}>
            Deactivate
          </Button>
        ) : (
          <Button onClick={() => setActive.mutate(true)} disabled={setActive.isPending}>
            Activate
          </Button>
        )}
      </PageHeader>
      <CatalogTabs />
      {notice && <Notice>{notice}</Notice>}
      {setActive.isError && !deactivating && <ErrorNotice error={setActive.error} />}
      <section aria-labelledby="product" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="product" className="mb-3 font-semibold">
          Product
        </h2>
        <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-2 gap-y-1 text-sm wrap-anywhere sm:grid-cols-[12rem_minmax(0,1fr)]">
          {fields.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="break-words whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 flex gap-4 text-sm">
          <Link to="/inventory" search={{ product_id: view.id }} className="text-blue-700 underline">
            Stock of this product
          </Link>
          <Link to="/orders" search={{ product_id: view.id }} className="text-blue-700 underline">
            Orders of this product
          </Link>
        </p>
      </section>
      <ProductRanges product={view} />
      {editing && (
        <ProductFormDialog
          product={view}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setNotice('The product is saved.');
          }}
        />
      )}
      <ConfirmDialog
        open={deactivating}
        onOpenChange={setDeactivating}
        title={`Deactivate ${view.name}?`}
        description="Clients no longer see it nor order it until it is activated again. Orders already placed are not affected."
        confirmText="Deactivate"
        danger
        busy={setActive.isPending}
        onConfirm={() => setActive.mutate(false)}
      >
        {setActive.isError && <ErrorNotice error={setActive.error} />}
      </ConfirmDialog>
    </>
  );
}
