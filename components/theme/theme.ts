/** Cookie holding an explicit theme choice; absent means "follow the system". */
export const THEME_COOKIE = 'theme';

/** An explicit theme choice. */
export type Theme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Runs in <head> before the first paint: adds `dark` to <html> for a stored
 * dark choice, or for no choice when the system prefers dark. Kept as a string
 * because it runs before any bundle loads; `applyTheme` below is the same rule
 * for the client code.
 */
export const themeScript = `(function(){try{var m=document.cookie.match(/(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)/);var d=m?m[1]==='dark':matchMedia('${DARK_QUERY}').matches;var e=document.documentElement;e.classList.toggle('dark',d);e.style.colorScheme=d?'dark':'light'}catch(_){}})()`;

/** The stored choice, or null when the user has not chosen. */
export function storedTheme(): Theme | null {
  const match = new RegExp(`(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)`).exec(document.cookie);
  return match ? (match[1] as Theme) : null;
}

/** The theme in effect: the stored choice, else the system's preference. */
export function effectiveTheme(): Theme {
  return storedTheme() ?? (window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light');
}

/** Puts `theme` (default: the one in effect) on <html>. */
export function applyTheme(theme: Theme = effectiveTheme()): void {
  const root = document.documentElement;
  root.classList.toggle('dark', theme === 'dark');
  root.style.colorScheme = theme;
}

/** Stores an explicit choice for a year and applies it. */
export function chooseTheme(theme: Theme): void {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax${secure}`;
  applyTheme(theme);
}

/** Calls `onChange` when the system's light/dark preference changes; returns the unsubscribe. */
export function onSystemThemeChange(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
