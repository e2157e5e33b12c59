import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { csrfHeader, portalApi, unwrap } from '../../../../shared/api.ts';
import type { components } from '../../../../shared/generated/portal-api.ts';
import { Button } from '../../../../shared/ui/button.tsx';
import { ConfirmDialog } from '../../../../shared/ui/dialog.tsx';
import { TextAreaField } from '../../../../shared/ui/field.tsx';
import { ErrorNotice, Loading, Notice } from '../../../../shared/ui/states.tsx';
import { time } from '../../format.ts';

type KnownAddress = components['schemas']['KnownAddress'];

/** Shows the credentials' last-use addresses: refreshed when a credential changes too. */
export const ALLOWLIST_QUERY = ['ip-allowlist'] as const;

function why(known: KnownAddress): string {
  const reasons = known.yours ? ['your address'] : [];
  for (const credential of known.credentials) reasons.push(`last login of “${credential.name}”, ${time(credential.last_used_at)}`);
  return reasons.join('; ');
}

/**
 * The IP allowlist of the client's API: the caller's own address as the store sees it, the addresses
 * the credentials last logged in from, and an editor that warns before a list that would refuse them.
 */
export function AllowlistSection({ manage }: { manage: boolean }) {
  const queryClient = useQueryClient();
  const allowlist = useQuery({ queryKey: ALLOWLIST_QUERY, queryFn: () => unwrap(portalApi.GET('/portal/v1/ip-allowlist')) });
  const [draft, setDraft] = useState<string | null>(null);
  const [refused, setRefused] = useState<KnownAddress[] | null>(null);
  const [saved, setSaved] = useState(false);
  const lines = () => (draft ?? '').split('\n');
  const save = useMutation({
    mutationFn: (confirm: boolean) =>
      unwrap(portalApi.PUT('/portal/v1/ip-allowlist', { params: { header: csrfHeader() }, body: { entries: lines(), confirm } })),
    onSuccess: (view) => {
      queryClient.setQueryData(ALLOWLIST_QUERY, view);
      setDraft(null);
      setRefused(null);
      setSaved(true);
    },
  });
  const check = useMutation({
    mutationFn: () => unwrap(portalApi.POST('/portal/v1/ip-allowlist/preview', { params: { header: csrfHeader() }, body: { entries: lines() } })),
    onSuccess: (preview) => (preview.refused.length ? setRefused(preview.refused) : save.mutate(false)),
  });
  const failure = check.error ?? save.error;

  if (allowlist.isPending) return <Loading what="the IP allowlist" />;
  if (allowlist.isError) return <ErrorNotice error={allowlist.error} onRetry={() => allowlist.refetch()} />;
  const view = allowlist.data;
  const text = draft ?? view.entries.join('\n');
  return (
    <section aria-labelledby="allowlist" className="space-y-3">
      <h2 id="allowlist" className="text-lg font-semibold">
        IP allowlist
      </h2>
      <p className="text-sm text-slate-600">
        Only these addresses may use the API with your credentials; with none, every address may. The portal itself is open from anywhere.
      </p>
      <p className="text-sm">
        Your address, as the store sees it: <strong className="font-mono">{view.your_address}</strong>
      </p>
      {view.known_addresses.some((known) => known.credentials.length > 0) && (
        <ul aria-label="Addresses the API was last used from" className="list-disc pl-6 text-sm">
          {view.known_addresses
            .filter((known) => known.credentials.length > 0)
            .map((known) => (
              <li key={known.address}>
                <span className="font-mono">{known.address}</span> — {why(known)}
              </li>
            ))}
        </ul>
      )}
      {saved && <Notice>The IP allowlist was saved.</Notice>}
      {failure && <ErrorNotice error={failure} details={{ lead: 'The allowlist was not saved.', name: 'Lines in error' }} />}
      {manage ? (
        <form
          aria-label="Edit the IP allowlist"
          className="max-w-xl space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            save.reset();
            check.mutate();
          }}
        >
          <TextAreaField
            label="Allowed addresses"
            hint="One IPv4 or IPv6 address or CIDR range a line, e.g. 203.0.113.0/24. Empty: every address."
            rows={6}
            value={text}
            onChange={(event) => setDraft(event.target.value)}
          />
          <Button type="submit" disabled={check.isPending || save.isPending}>
            Save allowlist
          </Button>
        </form>
      ) : view.entries.length === 0 ? (
        <p className="text-sm">Every address may use the API.</p>
      ) : (
        <ul aria-label="Allowed addresses" className="list-disc pl-6 font-mono text-sm">
          {view.entries.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={refused !== null}
        onOpenChange={(open) => !open && setRefused(null)}
        title="This list would lock out addresses in use"
        description="The API would refuse these addresses from the moment you save:"
        confirmText="Save anyway"
        danger
        busy={save.isPending}
        onConfirm={() => save.mutate(true)}
      >
        <ul aria-label="Addresses that would be refused" className="list-disc pl-6 text-sm">
          {(refused ?? []).map((known) => (
            <li key={known.address}>
              <span className="font-mono">{known.address}</span> — {why(known)}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    </section>
  );
}
