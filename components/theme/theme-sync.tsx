'use client';

import { useLayoutEffect } from 'react';
import { applyTheme, onSystemThemeChange, storedTheme } from './theme';

/**
 * Keeps <html class="dark"> right after the head script has run: re-applies it
 * when React resets <html> (Strict Mode's dev remount), and follows the system
 * while the user has made no explicit choice.
 */
export function ThemeSync() {
  useLayoutEffect(() => {
    applyTheme();
    return onSystemThemeChange(() => {
      if (!storedTheme()) applyTheme();
    });
  }, []);
  return null;
}
