import { useSearch } from '@tanstack/react-router';
import { SignInPage as SharedSignInPage } from '../../../shared/sign-in-page.tsx';
import { SESSION_QUERY, signIn } from '../session.ts';

/** Username and password; then the one-time code when the operator has a second factor. */
export function SignInPage() {
  const { next, ended } = useSearch({ from: '/sign-in' });
  return (
    <SharedSignInPage
      title="Sign in to the console"
      account={{ label: 'Username' }}
      signIn={(username, password, second) => signIn({ username, password, ...second })}
      sessionQuery={SESSION_QUERY}
      basePath="/console"
      next={next}
      ended={ended}
    />
  );
}
