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
  const onError = (ended: SessionEnded) => (error: unknown) => {
    if (!(error instanceof ApiError) || error.status !== 401 || location.pathname.endsWith('/sign-in')) return;
    queryClient.setQueryData(options.sessionQuery, null);
    const search: SignInSearch = { next: location.pathname + location.search, ended };
    void router.navigate({ to: '/sign-in', search });
  };

  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: onError('read') }),
    mutationCache: new MutationCache({ onError: onError('change') }),
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
