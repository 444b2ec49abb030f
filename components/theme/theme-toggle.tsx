'use client';

import { useSyncExternalStore } from 'react';
import { useT } from '@/lib/i18n/client';
import { chooseTheme } from './theme';

/** Watches <html>'s class, which the head script, ThemeSync and this toggle all write. */
function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains('dark');

/** Switches between light and dark; the choice is kept in the `theme` cookie. */
export function ThemeToggle() {
  const t = useT();
  // The server cannot know the theme; it renders "light", and React re-renders with the real one after hydrating.
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  const label = t(dark ? 'theme.toLight' : 'theme.toDark');
  return (
    <button
      type="button"
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
      aria-label={label}
      title={label}
      className="icon-button"
      data-testid="theme-toggle"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        {dark ? (
          <>
            <circle cx="12" cy="12" r="4" />
            <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
          </>
        ) : (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
        )}
      </svg>
    </button>
  );
}
