import { Link } from '@tanstack/react-router';

/** A client as a list names it: its name, a link to its page, and its ID under it. */
export function ClientLink({ id, name }: { id: number; name: string }) {
  return (
    <span>
      <Link to="/clients/$clientId" params={{ clientId: String(id) }} className="text-blue-700 underline">
        {name}
      </Link>{' '}
      <span className="block text-xs text-slate-500">ID {id}</span>
    </span>
  );
}
