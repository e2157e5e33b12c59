import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect, type RouteComponent } from '@tanstack/react-router';

/**
 * The two routes every app (the console, the portal) is built on: the root, and `/app`, the
 * parent of every page that needs a live session. Without one the person is sent to sign in,
 * and back after; with one, the session is the route context of every page below.
 */
export function createAppShell<TSession>(options: {
  readSession: () => Promise<TSession | null>;
  sessionQuery: QueryKey;
  Layout: RouteComponent;
  NotFoundPage: RouteComponent;
}) {
  const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Outlet, notFoundComponent: options.NotFoundPage });
  const appRoute = createRoute({
    getParentRoute: () => rootRoute,
    id: 'app',
    beforeLoad: async ({ context, location }) => {
      const session = await context.queryClient.ensureQueryData({ queryKey: options.sessionQuery, queryFn: options.readSession });
      if (!session) throw redirect({ to: '/sign-in', search: { next: location.href } });
      return { session };
    },
    component: options.Layout,
  });
  return { rootRoute, appRoute };
}
