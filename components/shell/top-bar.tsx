'use client';

import { LanguageSwitch } from '@/components/language-switch';
import { TaskTray } from '@/components/tasks/task-tray';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { useT } from '@/lib/i18n/client';
import { CurrentUser } from './current-user';
import { SignOutButton } from './sign-out-button';

/** The bar above every console page: menu button (narrow screens), who is signed in, language, theme, sign out. */
export function TopBar({ menuOpen, onMenuToggle }: { menuOpen: boolean; onMenuToggle: () => void }) {
  const t = useT();
  const menuLabel = t(menuOpen ? 'shell.closeMenu' : 'shell.openMenu');
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-border bg-background/95 px-4 backdrop-blur">
      <button
        type="button"
        className="icon-button lg:hidden"
        aria-label={menuLabel}
        title={menuLabel}
        aria-expanded={menuOpen}
        aria-controls="console-sidebar"
        onClick={onMenuToggle}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
      </button>
      <span className="font-semibold lg:hidden">{t('app.title')}</span>
      <div className="ml-auto flex min-w-0 items-center gap-2 sm:gap-3">
        <TaskTray />
        <CurrentUser />
        <LanguageSwitch />
        <ThemeToggle />
        <SignOutButton />
      </div>
    </header>
  );
}
