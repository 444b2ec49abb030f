'use client';

import { useT } from '@/lib/i18n/client';
import { useSignOut } from '@/lib/session-client/use-session';

/** Ends the session and goes to the sign-in page; says so when the console could not sign out. */
export function SignOutButton() {
  const t = useT();
  const signOut = useSignOut();
  return (
    <div className="flex items-center gap-2">
      {signOut.isError && (
        <span role="alert" className="text-xs text-danger">
          {t('shell.signOutFailed')}
        </span>
      )}
      <button type="button" className="button-secondary" onClick={() => signOut.mutate()} disabled={signOut.isPending || signOut.isSuccess}>
        {t(signOut.isPending || signOut.isSuccess ? 'shell.signingOut' : 'shell.signOut')}
      </button>
    </div>
  );
}
