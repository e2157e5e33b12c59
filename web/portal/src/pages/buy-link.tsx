import { Link } from '@tanstack/react-router';

/** Where an order starts, for the roles that place orders: the catalog, a product, its quote, then the order. */
export function BuyLink() {
  return (
    <p className="text-sm text-slate-600">
      <Link to="/catalog" className="font-medium text-blue-700 underline">
        Buy vouchers
      </Link>
      : choose a product in the catalog, preview what the order costs, then place it.
    </p>
  );
}
