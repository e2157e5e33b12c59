import { Fragment } from 'react';
import { time } from './format.ts';

/** Words a key is made of that are written otherwise than in lower case. */
const WORDS: Record<string, string> = { id: 'ID', ids: 'IDs', ip: 'IP', totp: 'TOTP', url: 'URL', email: 'e-mail' };

/** A key of an audit entry's details in words: `delivered_quantity` → "Delivered quantity", `user_id` → "User ID". */
export function keyWords(key: string): string {
  const text = key
    .split('_')
    .map((word) => WORDS[word] ?? word)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Values that are the store's codes, in words, by the key they are under. */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  second_factor: { totp: 'Authenticator app', recovery_code: 'Recovery code' },
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A value as text: yes or no, a time as the portal writes times, a list and an object (a change's before and after) on one line. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return INSTANT.test(value) ? time(value.replace(/\.\d+Z$/, 'Z')) : value;
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, inner]) => `${keyWords(key)}: ${valueText(inner)}`)
      .join(', ');
  }
  return String(value);
}

/** An audit entry's details as a short description list, each key in words. */
export function AuditDetails({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <dl className="grid max-w-md min-w-48 grid-cols-[max-content_1fr] gap-x-3 text-slate-600">
      {entries.map(([key, value]) => (
        <Fragment key={key}>
          <dt className="text-slate-500">{keyWords(key)}</dt>
          <dd className="break-all whitespace-normal">{VALUE_WORDS[key]?.[String(value)] ?? valueText(value)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
