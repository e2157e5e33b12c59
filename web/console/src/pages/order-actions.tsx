import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { adminApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/admin-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { ConfirmDialog } from '../../../shared/ui/dialog.tsx';
import { TextAreaField } from '../../../shared/ui/field.tsx';
import { ErrorNotice } from '../../../shared/ui/states.tsx';
import { money } from '../format.ts';

type Order = components['schemas']['AdminOrder'];
export type OrderAction = { order: Order; action: 'cancel' | 'retry' };

/** What an operator may do to an order as it stands: cancel a pending one nothing of which was delivered, retry a failed or partly delivered one. */
export function OrderActionButton({ order, onAct }: { order: Order; onAct: (acting: OrderAction) => void }) {
  if (order.status === 'PENDING' && order.delivered_quantity === 0)
    return (
      <Button variant="secondary" onClick={() => onAct({ order, action: 'cancel' })}>
        Cancel order {order.id}
      </Button>
    );
  if (order.status === 'FAILED' || order.status === 'PARTIALLY_DELIVERED')
    return (
      <Button variant="secondary" onClick={() => onAct({ order, action: 'retry' })}>
        Retry order {order.id}
      </Button>
    );
  return null;
}

/** The confirmation of a cancel (with its refund and remarks) or a retry; `onDone` gets the sentence saying what happened. */
export function OrderActionDialog({
  acting,
  onClose,
  onDone,
}: {
  acting: OrderAction | null;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const queryClient = useQueryClient();
  const [remarks, setRemarks] = useState('');
  const act = useMutation({
    mutationFn: ({ order, action }: OrderAction) =>
      unwrap(
        action === 'cancel'
          ? adminApi.POST('/admin/v1/orders/{id}/cancel', { params: { path: { id: order.id } }, body: remarks ? { remarks } : {} })
          : adminApi.POST('/admin/v1/orders/{id}/retry', { params: { path: { id: order.id } } }),
      ),
    onSuccess: async (order, { action }) => {
      onClose();
      setRemarks('');
      onDone(
        action === 'cancel'
          ? `Order ${order.id} is cancelled; ${money(order.refunded_amount, order.deduction_currency)} went back to the wallet.`
          : `Order ${order.id} is ${order.status.toLowerCase().replace('_', ' ')}.`,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['orders'] }),
        queryClient.invalidateQueries({ queryKey: ['order-timeline', order.id] }),
      ]);
    },
  });
  return (
    <ConfirmDialog
      open={acting !== null}
      onOpenChange={(open) => !open && onClose()}
      title={acting?.action === 'cancel' ? `Cancel order ${acting.order.id}?` : `Retry order ${acting?.order.id}?`}
      description={
        acting?.action === 'cancel'
          ? `Nothing of it was delivered: ${money(acting.order.total_payable, acting.order.deduction_currency)} goes back to the client's wallet.`
          : 'The undelivered vouchers are delivered again, and what was refunded for them is charged again.'
      }
      confirmText={acting?.action === 'cancel' ? 'Cancel and refund' : 'Retry'}
      dismissText={acting?.action === 'cancel' ? 'Keep the order' : 'Cancel'}
      danger={acting?.action === 'cancel'}
      busy={act.isPending}
      onConfirm={() => acting && act.mutate(acting)}
    >
      {acting?.action === 'cancel' && (
        <TextAreaField
          label="Remarks"
          hint="Why; kept for operators and in the audit log, never shown to the client"
          maxLength={500}
          value={remarks}
          onChange={(event) => setRemarks(event.target.value)}
        />
      )}
      {act.isError && <ErrorNotice error={act.error} />}
    </ConfirmDialog>
  );
}
