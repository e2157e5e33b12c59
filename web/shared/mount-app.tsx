import { MutationCache, QueryCache, QueryClient, QueryClientProvider, type QueryKey } from '@tanstack/react-query';
import { RouterProvider, type AnyRouter } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from './api.ts';
import type { SessionEnded, SignInSearch } from './sign-in-page.tsx';
import './styles.css';

/**
 * Renders an app (the console or the portal) into `#root` with its query client. A 401 means the
 * session ended (idle, signed out elsewhere, deactivated): the cached session is dropped and the
 * person is sent to sign in, told why (and, when it was a change that was refused, that it was
 * not made), then back to where they were.
 */
export function mountApp(options: { createRouter: (queryClient: QueryClient) => AnyRouter; sessionQuery: QueryKey }): void {
  /** The last time a 401 sent the person to sign in, and the sign-in page's address then. */
  let sent: { at: number; search: SignInSearch } | null = null;
  /** `sentAt`: when the refused request was sent. */
  const onError = (ended: SessionEnded, error: unknown, sentAt: number) => {
    if (!(error instanceof ApiError) || error.status !== 401) return;
    if (location.pathname.endsWith('/sign-in')) {
      // A change sent before a read's 401 brought the person here, refused after it: it was not made
      // either. (A change sent from the sign-in page, a wrong password, is not one.)
      if (ended === 'change' && sent && sentAt < sent.at && sent.search.ended === 'read') {
        sent.search = { ...sent.search, ended };
        void router.navigate({ to: '/sign-in', search: sent.search, replace: true });
      }
      return;
    }
    queryClient.setQueryData(options.sessionQuery, null);
    sent = { at: Date.now(), search: { next: location.pathname + location.search, ended } };
    void router.navigate({ to: '/sign-in', search: sent.search });
  };

  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError('read', error, Date.now()) }),
    mutationCache: new MutationCache({ onError: (error, _variables, _context, mutation) => onError('change', error, mutation.state.submittedAt) }),
    defaultOptions: {
      queries: {
        // A refused request (4xx) will be refused again; a network error may not be.
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  const router = options.createRouter(queryClient);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
