import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter } from '@tanstack/react-router';
import { createAppShell } from '../../shared/app-shell.tsx';
import { signInSearch, type SignInSearch } from '../../shared/sign-in-page.tsx';
import { Layout } from './layout.tsx';
import { AcceptPage } from './pages/accept.tsx';
import { CatalogPage, catalogSearch } from './pages/catalog.tsx';
import { DevelopersPage } from './pages/developers.tsx';
import { HomePage } from './pages/home.tsx';
import { OrderPage } from './pages/order.tsx';
import { OrdersPage, ordersSearch } from './pages/orders.tsx';
import { ProductPage } from './pages/product.tsx';
import { ResetPasswordPage } from './pages/reset-password.tsx';
import { SecurityPage } from './pages/security.tsx';
import { ActivityPage, activitySearch } from './pages/activity.tsx';
import { StatementsPage, statementsSearch } from './pages/statements.tsx';
import { TeamPage } from './pages/team.tsx';
import { WebhooksPage } from './pages/webhooks.tsx';
import { EventsPage } from './pages/events.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { readSession, SESSION_QUERY } from './session.ts';

const { rootRoute, appRoute } = createAppShell({ readSession, sessionQuery: SESSION_QUERY, Layout, NotFoundPage });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>): SignInSearch & { reset?: boolean } => ({
    ...signInSearch(search),
    ...(search.reset === true ? { reset: true } : {}),
  }),
  component: SignInPage,
});

const acceptRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'accept',
  validateSearch: (search: Record<string, unknown>): { token?: string } => (typeof search.token === 'string' ? { token: search.token } : {}),
  component: AcceptPage,
});

const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } => (typeof search.token === 'string' ? { token: search.token } : {}),
  component: ResetPasswordPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });
const statementsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'statements',
  validateSearch: statementsSearch,
  component: StatementsPage,
});
const ordersRoute = createRoute({ getParentRoute: () => appRoute, path: 'orders', validateSearch: ordersSearch, component: OrdersPage });
const orderRoute = createRoute({ getParentRoute: () => appRoute, path: 'orders/$orderId', component: OrderPage });
const catalogRoute = createRoute({ getParentRoute: () => appRoute, path: 'catalog', validateSearch: catalogSearch, component: CatalogPage });
const productRoute = createRoute({ getParentRoute: () => appRoute, path: 'catalog/$productId', component: ProductPage });
const teamRoute = createRoute({ getParentRoute: () => appRoute, path: 'team', component: TeamPage });
const securityRoute = createRoute({ getParentRoute: () => appRoute, path: 'security', component: SecurityPage });
const webhooksRoute = createRoute({ getParentRoute: () => appRoute, path: 'webhooks', component: WebhooksPage });
const eventsRoute = createRoute({ getParentRoute: () => appRoute, path: 'events', component: EventsPage });
const developersRoute = createRoute({ getParentRoute: () => appRoute, path: 'developers', component: DevelopersPage });
const activityRoute = createRoute({ getParentRoute: () => appRoute, path: 'activity', validateSearch: activitySearch, component: ActivityPage });

const routeTree = rootRoute.addChildren([
  signInRoute,
  acceptRoute,
  resetRoute,
  appRoute.addChildren([
    homeRoute,
    statementsRoute,
    ordersRoute,
    orderRoute,
    teamRoute,
    securityRoute,
    catalogRoute,
    productRoute,
    webhooksRoute,
    eventsRoute,
    developersRoute,
    activityRoute,
  ]),
]);

export function createPortalRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, basepath: '/portal', context: { queryClient }, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createPortalRouter>;
  }
}
