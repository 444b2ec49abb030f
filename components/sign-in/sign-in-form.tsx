'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '@/lib/i18n/client';
import { useSession, useSignIn } from '@/lib/session-client/use-session';
import { describeSignInError, type SignInErrorView } from './sign-in-error';

const MISSING: SignInErrorView = { key: 'signIn.error.missing' };

/**
 * User name and password. A refused sign-in keeps everything typed and says
 * why; success (or an existing session) goes on to `next`, a path already
 * checked by the page.
 */
export function SignInForm({ next }: { next: string }) {
  const t = useT();
  const router = useRouter();
  const session = useSession();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const errorId = useId();

  // Signed in already (another tab, or just now): no form needed.
  useEffect(() => {
    if (session.data) router.replace(next);
  }, [session.data, next, router]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const empty = username.trim() === '' || password === '';
    setMissing(empty);
    if (empty) return;
    signIn.mutate({ username, password });
  };

  const error = missing ? MISSING : signIn.isError ? describeSignInError(signIn.error) : null;
  const pending = signIn.isPending || signIn.isSuccess;
  const described = error ? errorId : undefined;

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4" data-testid="sign-in-form">
      {error && (
        <div id={errorId} role="alert" className="rounded-md border border-danger/40 bg-danger-surface px-3 py-2 text-sm text-danger" data-testid="sign-in-error">
          <p>{t(error.key, error.values)}</p>
          {error.detail && <p className="mt-1 text-xs break-words opacity-90">{t('common.detail', { detail: error.detail })}</p>}
          {error.requestId && <p className="mt-1 font-mono text-xs opacity-75">{t('common.requestId', { requestId: error.requestId })}</p>}
        </div>
      )}
      <div className="space-y-1.5">
        <label htmlFor="sign-in-username" className="block text-sm font-medium">
          {t('signIn.username')}
        </label>
        <input
          id="sign-in-username"
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          aria-invalid={missing && username.trim() === '' ? true : undefined}
          aria-describedby={described}
          className="text-input"
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="sign-in-password" className="block text-sm font-medium">
          {t('signIn.password')}
        </label>
        <input
          id="sign-in-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={missing && password === '' ? true : undefined}
          aria-describedby={described}
          className="text-input"
        />
      </div>
      <button type="submit" className="button-primary w-full" disabled={pending}>
        {t(pending ? 'signIn.pending' : 'signIn.submit')}
      </button>
    </form>
  );
}
