import { time } from '../format.ts';
import { Button } from './button.tsx';

/** A live session in its owner's list, as the console's and the portal's APIs send it. */
export interface ListedSession {
  id: number;
  created_at: string;
  last_seen_at: string;
  ip: string;
  user_agent: string | null;
  current: boolean;
}

/**
 * The signed-in person's live sessions, each but this one with a button that ends it. The buttons
 * read "End session"; their accessible name adds which session (browser, address, last seen), so
 * a list of them read out of context says which one each ends.
 */
export function SessionList({ sessions, busy, onEnd }: { sessions: ListedSession[]; busy: boolean; onEnd: (id: number) => void }) {
  return (
    <ul className="space-y-2">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <div className="min-w-0 break-words">
            <p className="font-medium">
              {session.user_agent ?? 'Unknown browser'} {session.current && <span className="text-green-700">(this session)</span>}
            </p>
            <p className="text-slate-500">
              From {session.ip} · signed in {time(session.created_at)} · last seen {time(session.last_seen_at)}
            </p>
          </div>
          {!session.current && (
            // relative: the hidden text stays inside the button's box.
            <Button variant="secondary" className="relative" onClick={() => onEnd(session.id)} disabled={busy}>
              End session
              <span className="sr-only">
                {' '}
                of {session.user_agent ?? 'an unknown browser'} from {session.ip}, last seen {time(session.last_seen_at)}
              </span>
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
