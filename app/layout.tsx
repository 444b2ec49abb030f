import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { defaultLocale, t } from '@/lib/i18n';
import { Providers } from './providers';
import './globals.css';

export const metadata: Metadata = {
  title: t(defaultLocale, 'app.title'),
  description: t(defaultLocale, 'app.description'),
};

/** Root layout: the document shell and client providers. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={defaultLocale}>
      <body className="min-h-screen font-sans antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
