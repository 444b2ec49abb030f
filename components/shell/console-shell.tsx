'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { MessagePanel } from '@/components/message-panel';
import { TaskTrayProvider } from '@/components/tasks/task-tray-provider';
import { useT } from '@/lib/i18n/client';
import { mayVisit, navItemForPath } from '@/lib/nav';
import { signInHref } from '@/lib/session-client/next-path';
import { SessionError } from '@/lib/session-client/session-api';
import { useSession } from '@/lib/session-client/use-session';
import { NotPermitted } from './not-permitted';
import { SessionUserContext } from './session-user';
import { Sidebar } from './sidebar';
import { TopBar } from './top-bar';

const isNetworkError = (error: Error) => error instanceof SessionError && error.code === 'network_error';

function Checking() {
  const t = useT();
  return (
    <p role="status" className="flex min-h-screen items-center justify-center text-sm text-muted">
      {t('session.checking')}
    </p>
  );
}

/**
 * The frame of every signed-in page. Reads the session; with none, sends the
 * user to sign in and back here afterwards (`?next=`). Pages the role may not
 * use show "not permitted" in place of their content.
 */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const t = useT();
  const router = useRouter();
  const pathname = usePathname();
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const user = session.data;

  useEffect(() => {
    if (user === null) {
      const { pathname: path, search, hash } = window.location;
      router.replace(signInHref(`${path}${search}${hash}`));
    }
  }, [user, router]);

  // A followed link closes the narrow-screen menu.
  useEffect(() => setMenuOpen(false), [pathname]);

  if (!user) {
    if (session.isError) {
      return (
        <MessagePanel
          title={t('session.failed')}
          body={isNetworkError(session.error) ? t('signIn.error.network_error') : t('common.detail', { detail: session.error.message })}
          action={
            <button type="button" className="button-secondary" onClick={() => session.refetch()}>
              {t('common.retry')}
            </button>
          }
        />
      );
    }
    return <Checking />;
  }

  const item = navItemForPath(pathname);
  return (
    <SessionUserContext.Provider value={user}>
      <TaskTrayProvider>
      <a href="#main" className="sr-only rounded-md bg-accent px-3 py-2 text-accent-foreground focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50">
        {t('shell.skipToContent')}
      </a>
      <div className="min-h-screen lg:grid lg:grid-cols-[15rem_minmax(0,1fr)]">
        <Sidebar role={user.role} open={menuOpen} onClose={() => setMenuOpen(false)} />
        <div className="flex min-w-0 flex-col">
          <TopBar menuOpen={menuOpen} onMenuToggle={() => setMenuOpen((open) => !open)} />
          <main id="main" tabIndex={-1} className="flex-1 p-4 focus:outline-none sm:p-6">
            {item && !mayVisit(user.role, pathname) ? <NotPermitted item={item} role={user.role} /> : children}
          </main>
        </div>
      </div>
      </TaskTrayProvider>
    </SessionUserContext.Provider>
  );
}
