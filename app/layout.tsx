import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/theme/theme-script';
import { t } from '@/lib/i18n';
import { getLocale } from '@/lib/i18n/server';
import { Providers } from './providers';
import './globals.css';

/** Titles read "<page> · <product>" in the visitor's language. */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const product = t(locale, 'app.title');
  return { title: { default: product, template: `%s · ${product}` }, description: t(locale, 'app.description') };
}

/**
 * Root layout: the document shell and client providers. The language comes
 * from the `locale` cookie; the theme class is set by the head script before
 * the first paint (so <html> may differ from what React rendered).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen font-sans antialiased">
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
