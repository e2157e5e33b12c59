import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter } from '@tanstack/react-router';
import { createAppShell } from '../../shared/app-shell.tsx';
import { signInSearch } from '../../shared/sign-in-page.tsx';
import { readSession, SESSION_QUERY } from './session.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './pages/not-found.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { OverviewPage } from './pages/overview.tsx';
import { ClientsPage, clientsSearch } from './pages/clients.tsx';
import { ClientPage } from './pages/client.tsx';
import { ClientUsersPage } from './pages/client-users.tsx';
import { OrdersPage, ordersSearch } from './pages/orders.tsx';
import { OrderPage } from './pages/order.tsx';
import { AuditPage, auditSearch } from './pages/audit.tsx';
import { SessionsPage } from './pages/sessions.tsx';
import { ProductsPage, productsSearch } from './pages/products.tsx';
import { ProductPage } from './pages/product.tsx';
import { CategoriesPage, categoriesSearch } from './pages/categories.tsx';
import { SubcategoriesPage, subcategoriesSearch } from './pages/subcategories.tsx';
import { CatalogImportPage, catalogImportSearch } from './pages/catalog-import.tsx';
import { InventoryPage, inventorySearch } from './pages/inventory.tsx';
import { FxPage, fxSearch } from './pages/fx.tsx';
import { WebhooksPage, webhooksSearch } from './pages/webhooks.tsx';
import { OperatorsPage, operatorsSearch } from './pages/operators.tsx';
import { ReconcilePage } from './pages/reconcile.tsx';
import { SecurityPage } from './pages/security.tsx';

const { rootRoute, appRoute } = createAppShell({ readSession, sessionQuery: SESSION_QUERY, Layout, NotFoundPage });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: signInSearch,
  component: SignInPage,
});

const overviewRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: OverviewPage });
const clientsRoute = createRoute({ getParentRoute: () => appRoute, path: 'clients', validateSearch: clientsSearch, component: ClientsPage });
const clientRoute = createRoute({ getParentRoute: () => appRoute, path: 'clients/$clientId', component: ClientPage });
const clientUsersRoute = createRoute({ getParentRoute: () => appRoute, path: 'clients/$clientId/users', component: ClientUsersPage });
const ordersRoute = createRoute({ getParentRoute: () => appRoute, path: 'orders', validateSearch: ordersSearch, component: OrdersPage });
const orderRoute = createRoute({ getParentRoute: () => appRoute, path: 'orders/$orderId', component: OrderPage });
const auditRoute = createRoute({ getParentRoute: () => appRoute, path: 'audit', validateSearch: auditSearch, component: AuditPage });
const sessionsRoute = createRoute({ getParentRoute: () => appRoute, path: 'account/sessions', component: SessionsPage });
const catalogAndStockRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: 'catalog', validateSearch: productsSearch, component: ProductsPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'catalog/products/$productId', component: ProductPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'catalog/categories', validateSearch: categoriesSearch, component: CategoriesPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'catalog/subcategories', validateSearch: subcategoriesSearch, component: SubcategoriesPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'catalog/import', validateSearch: catalogImportSearch, component: CatalogImportPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'inventory', validateSearch: inventorySearch, component: InventoryPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'fx', validateSearch: fxSearch, component: FxPage }),
] as const;
const operationsRoutes = [
  createRoute({ getParentRoute: () => appRoute, path: 'webhooks', validateSearch: webhooksSearch, component: WebhooksPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'operators', validateSearch: operatorsSearch, component: OperatorsPage }),
  createRoute({ getParentRoute: () => appRoute, path: 'reconcile', component: ReconcilePage }),
  createRoute({ getParentRoute: () => appRoute, path: 'account/security', component: SecurityPage }),
] as const;

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    overviewRoute,
    clientsRoute,
    clientRoute,
    clientUsersRoute,
    ordersRoute,
    orderRoute,
    auditRoute,
    sessionsRoute,
    ...catalogAndStockRoutes,
    ...operationsRoutes,
  ]),
]);

export function createConsoleRouter(queryClient: QueryClient) {
  return createRouter({ routeTree, basepath: '/console', context: { queryClient }, defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createConsoleRouter>;
  }
}
