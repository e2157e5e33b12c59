import { useRouteContext } from '@tanstack/react-router';
import { can } from '../session.ts';
import { AllowlistSection } from './developers/allowlist.tsx';
import { CredentialsSection } from './developers/credentials.tsx';

/** The integration: the client's API credentials and the IP allowlist of its API (docs/portal.md). */
export function DevelopersPage() {
  const { session } = useRouteContext({ from: '/app' });
  const manage = can(session, 'credentials.manage');
  return (
    <>
      <h1 className="text-2xl font-semibold">Developers</h1>
      {!manage && <p className="text-sm text-slate-600">Your role shows the credentials and the allowlist but does not change them.</p>}
      <CredentialsSection manage={manage} />
      <AllowlistSection manage={manage} />
    </>
  );
}
