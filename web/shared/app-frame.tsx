import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './ui/button.tsx';

/**
 * The frame of every page of an app (the console, the portal): a skip link, the navigation (on a
 * phone behind a Menu button, so the page keeps the screen's width; Escape closes it), who is
 * signed in with a Sign out button, and the page. Signing out clears every cached answer and goes
 * to sign-in.
 */
export function AppFrame({
  name,
  heading,
  pages,
  signedIn,
  signOut,
}: {
  /** The navigation's accessible name. */
  name: string;
  heading: ReactNode;
  pages: readonly { to: string; label: string }[];
  signedIn: ReactNode;
  signOut: () => Promise<void>;
}) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const listId = `${name.toLowerCase()}-pages`;

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  }

  async function leave() {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await navigate({ to: '/sign-in' });
  }

  return (
    <div className="min-h-screen md:flex">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav
        aria-label={name}
        onKeyDown={closeOnEscape}
        className="border-b border-slate-200 bg-white px-4 py-3 md:w-56 md:shrink-0 md:border-r md:border-b-0 md:p-4"
      >
        <div className="flex items-center justify-between gap-3 md:mb-6">
          <p className="text-sm font-semibold text-slate-900">{heading}</p>
          <Button
            ref={menuButton}
            variant="secondary"
            className="md:hidden"
            aria-expanded={menuOpen}
            aria-controls={listId}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </Button>
        </div>
        <ul id={listId} className={`${menuOpen ? 'mt-3 grid grid-cols-2 gap-1' : 'hidden'} md:mt-0 md:block md:space-y-1`}>
          {pages.map((page) => (
            <li key={page.to}>
              <Link
                to={page.to}
                activeOptions={{ exact: page.to === '/' }}
                onClick={() => setMenuOpen(false)}
                className="block rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
                activeProps={{ className: 'bg-slate-200 font-medium text-slate-900', 'aria-current': 'page' }}
              >
                {page.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex flex-wrap items-center justify-end gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-4 py-2 text-sm md:px-6">
          <span className="min-w-0 break-words">{signedIn}</span>
          <Button variant="secondary" onClick={leave}>
            Sign out
          </Button>
        </header>
        <main id="main" className="min-w-0 flex-1 space-y-6 p-4 md:p-6">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
