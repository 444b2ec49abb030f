import { ComingSoon } from '@/components/coming-soon';
import { defaultLocale } from '@/lib/i18n';

/** Home page: a placeholder until the resource pages exist. */
export default function HomePage() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <ComingSoon locale={defaultLocale} alternate="en" />
    </main>
  );
}
