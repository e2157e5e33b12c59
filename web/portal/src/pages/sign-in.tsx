import { Link, useSearch } from '@tanstack/react-router';
import { SignInPage as SharedSignInPage } from '../../../shared/sign-in-page.tsx';
import { Notice } from '../../../shared/ui/states.tsx';
import { SESSION_QUERY, signIn } from '../session.ts';

/** E-mail and password; then the one-time code (or a recovery code) when the person has a second factor. */
export function SignInPage() {
  const { next, ended, reset } = useSearch({ from: '/sign-in' });
  return (
    <SharedSignInPage
      title="Sign in to your account"
      account={{ label: 'E-mail', type: 'email' }}
      signIn={(email, password, second) => signIn({ email, password, ...second })}
      sessionQuery={SESSION_QUERY}
      basePath="/portal"
      next={next}
      ended={ended}
      notice={reset && <Notice>Your password is changed: sign in with the new one.</Notice>}
      footer={
        <Link to="/reset-password" className="block text-center text-sm text-blue-700 underline">
          Forgot your password?
        </Link>
      }
    />
  );
}
