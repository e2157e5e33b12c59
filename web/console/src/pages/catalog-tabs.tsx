import { Link } from '@tanstack/react-router';

const TABS = [
  { to: '/catalog', label: 'Products' },
  { to: '/catalog/categories', label: 'Categories' },
  { to: '/catalog/subcategories', label: 'Subcategories' },
  { to: '/catalog/import', label: 'Import and export' },
] as const;

/** The catalog's views: products, categories and subcategories, the bulk import and export. On a narrow screen the tabs wrap onto a second line, each tab's name on one. */
export function CatalogTabs() {
  return (
    <nav aria-label="Catalog views" className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-1">
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              activeOptions={{ exact: true }}
              className="block border-b-2 px-3 py-2 text-sm whitespace-nowrap hover:text-slate-900"
              activeProps={{ className: 'border-blue-700 font-medium text-slate-900', 'aria-current': 'page' }}
              inactiveProps={{ className: 'border-transparent text-slate-600' }}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
