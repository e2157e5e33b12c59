import type { ReactNode } from 'react';
import { ApiError } from '../api.ts';

/** Loading: announced politely, so a screen reader knows the page is working. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className="py-8 text-center text-sm text-slate-500">
      Loading {what}…
    </p>
  );
}

/** Nothing to show yet, and what to do about it. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border border-dashed border-slate-300 px-6 py-10 text-center">
      <p className="font-medium text-slate-700">{title}</p>
      {children && <div className="mt-2 text-sm text-slate-500">{children}</div>}
    </div>
  );
}

/** A message with each field name of `fields` in the form's words, begun with a capital. */
function inFormWords(message: string, fields: Record<string, string>): string {
  const names = Object.keys(fields);
  if (names.length === 0) return message;
  const words = message.replace(new RegExp(`\\b(${names.join('|')})\\b`, 'g'), (name) => fields[name]!);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A failed request: the store's message, and a way to try again — unless the store said the thing
 * is not there or not this person's to see (404, 403), which trying again does not change.
 *
 * `details`: for an answer that names each wrong part (a list's lines), a sentence and the list of
 * them (named `details.name`) instead of the message, which only repeats the first.
 * `fields`: what the form calls the fields the API names in its messages ({ min_value: 'the lowest
 * value' }), so the message speaks of the form, not of the API.
 */
export function ErrorNotice({
  error,
  onRetry,
  details,
  fields = {},
}: {
  error: unknown;
  onRetry?: () => void;
  details?: { lead: string; name: string };
  fields?: Record<string, string>;
}) {
  const message = error instanceof ApiError ? inFormWords(error.message, fields) : 'Something went wrong.';
  const final = error instanceof ApiError && (error.status === 404 || error.status === 403);
  const parts = details && error instanceof ApiError ? error.details : [];
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p>{parts.length ? details!.lead : message}</p>
      {parts.length > 0 && (
        <ul aria-label={details!.name} className="mt-1 list-disc pl-6">
          {parts.map((part) => (
            <li key={`${part.field}-${part.message}`}>{part.message}</li>
          ))}
        </ul>
      )}
      {onRetry && !final && (
        <button type="button" onClick={onRetry} className="mt-2 font-medium underline">
          Try again
        </button>
      )}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
      {children}
    </div>
  );
}

/**
 * What a query shows in each of its states: loading, failed (with Try again), empty (`isEmpty`,
 * then `empty`, which may read the data), or its data (`children`).
 */
export function QueryResult<T>({
  query,
  what,
  isEmpty,
  empty,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  what: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode | ((data: T) => ReactNode);
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) return <ErrorNotice error={query.error} onRetry={() => query.refetch()} />;
  const data = query.data as T;
  if (!isEmpty?.(data)) return <>{children(data)}</>;
  return <>{typeof empty === 'function' ? empty(data) : empty}</>;
}
