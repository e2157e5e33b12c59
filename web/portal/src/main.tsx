import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from '../../shared/api.ts';
import '../../shared/styles.css';
import { createPortalRouter } from './router.tsx';
import { SESSION_QUERY } from './session.ts';

/** A 401 means the session ended: back to sign-in, then here again. */
function onError(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401 || location.pathname.endsWith('/sign-in')) return;
  queryClient.setQueryData(SESSION_QUERY, null);
  void router.navigate({ to: '/sign-in', search: { next: location.pathname + location.search } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});
const router = createPortalRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
