import { t, type Locale } from '@/lib/i18n';

/** Placeholder notice: the heading and body in `locale`, with the heading repeated in `alternate`. */
export function ComingSoon({ locale, alternate }: { locale: Locale; alternate: Locale }) {
  return (
    <section className="w-full max-w-xl rounded-lg border border-border bg-surface p-8">
      <p className="text-sm font-medium text-accent">{t(locale, 'app.title')}</p>
      <h1 className="mt-2 text-2xl font-semibold">{t(locale, 'home.heading')}</h1>
      <p className="mt-3 text-muted">{t(locale, 'home.body')}</p>
      <p lang={alternate} className="mt-6 text-sm text-muted">
        {t(alternate, 'home.heading')}
      </p>
    </section>
  );
}
