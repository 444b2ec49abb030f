'use client';

import { LanguageSwitch } from '@/components/language-switch';
import { ThemeToggle } from '@/components/theme/theme-toggle';
import { useT } from '@/lib/i18n/client';
import { SignInForm } from './sign-in-form';

/** The sign-in screen: product name, the form, and language and theme switches (chosen before signing in too). */
export function SignInCard({ next }: { next: string }) {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col">
      <div className="flex justify-end gap-2 p-4">
        <LanguageSwitch />
        <ThemeToggle />
      </div>
      <main className="flex flex-1 items-start justify-center px-4 pt-[8vh] pb-16">
        <div className="w-full max-w-sm">
          <p className="text-center text-lg font-semibold text-accent" data-testid="product-name">
            {t('app.title')}
          </p>
          <div className="mt-6 rounded-lg border border-border bg-surface p-6 shadow-sm sm:p-8">
            <h1 className="text-xl font-semibold">{t('signIn.title')}</h1>
            <p className="mt-1 mb-6 text-sm text-muted">{t('signIn.subtitle')}</p>
            <SignInForm next={next} />
          </div>
        </div>
      </main>
    </div>
  );
}
