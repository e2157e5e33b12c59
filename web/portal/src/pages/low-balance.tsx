import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../shared/api.ts';
import type { components } from '../../../shared/generated/portal-api.ts';
import { Button } from '../../../shared/ui/button.tsx';
import { FieldRow, TextField } from '../../../shared/ui/field.tsx';
import { ErrorNotice, Loading } from '../../../shared/ui/states.tsx';
import { amount } from '../format.ts';

type LowBalance = components['schemas']['LowBalance'];

/**
 * The home page's low-balance part: a warning for each wallet below its threshold, and (owners,
 * admins, finance: `manage`) the threshold of each wallet.
 */
export function LowBalanceAlerts({ manage }: { manage: boolean }) {
  const alerts = useQuery({ queryKey: ['low-balance'], queryFn: () => unwrap(portalApi.GET('/portal/v1/low-balance')) });
  if (alerts.isPending) return <Loading what="low-balance alerts" />;
  if (alerts.isError) return <ErrorNotice error={alerts.error} onRetry={() => alerts.refetch()} />;
  // Without wallets the page already says so (home: "No wallets yet"); an empty section would say nothing.
  if (alerts.data.length === 0) return null;
  const below = alerts.data.filter((wallet) => wallet.below);
  return (
    <section aria-labelledby="low-balance" className="space-y-2">
      <h2 id="low-balance" className="text-lg font-semibold">
        Low-balance alerts
      </h2>
      {below.map((wallet) => (
        <p key={wallet.wallet_id} role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Low balance in {wallet.currency}: {amount(wallet.balance, wallet.currency)}, below the alert threshold of{' '}
          {amount(wallet.threshold ?? 0, wallet.currency)}. Top up to keep orders going.
        </p>
      ))}
      <ul className="space-y-2 text-sm">
        {alerts.data.map((wallet) => (
          <Threshold key={wallet.wallet_id} wallet={wallet} manage={manage} />
        ))}
      </ul>
    </section>
  );
}

function Threshold({ wallet, manage }: { wallet: LowBalance; manage: boolean }) {
  const queryClient = useQueryClient();
  const [value, setValue] = useState(wallet.threshold === null ? '' : String(wallet.threshold));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        portalApi.PUT('/portal/v1/wallets/{id}/low-balance', {
          params: { path: { id: wallet.wallet_id }, header: csrfHeader() },
          body: { threshold: value.trim() === '' ? null : value.trim() },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['low-balance'] }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate();
  }
  const current = wallet.threshold === null ? 'no alert' : `alert below ${amount(wallet.threshold, wallet.currency)}`;
  if (!manage) {
    return (
      <li>
        {wallet.currency}: {current}
      </li>
    );
  }
  return (
    <li>
      <form onSubmit={submit} aria-label={`Low-balance threshold in ${wallet.currency}`} className="max-w-lg space-y-2">
        {save.isError && <ErrorNotice error={save.error} />}
        <FieldRow
          actions={
            <Button type="submit" variant="secondary" disabled={save.isPending}>
              Save threshold
            </Button>
          }
        >
          <TextField
            label={`Alert threshold (${wallet.currency})`}
            hint={`Now: ${current}. Empty: no alert.`}
            inputMode="decimal"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </FieldRow>
      </form>
    </li>
  );
}
