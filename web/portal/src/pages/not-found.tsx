import { Link } from '@tanstack/react-router';

export function NotFoundPage() {
  return (
    <main className="mx-auto max-w-md space-y-3 p-10 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-600">There is no portal page at this address.</p>
      <Link to="/" className="text-blue-700 underline">
        Go to your account
      </Link>
    </main>
  );
}
