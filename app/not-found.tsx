import Link from 'next/link';
import { MessagePanel } from '@/components/message-panel';
import { getT, pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('notFound.title');

/** Any path the console does not have. */
export default async function NotFound() {
  const t = await getT();
  return (
    <main className="p-6">
      <MessagePanel
        title={t('notFound.title')}
        body={t('notFound.body')}
        action={
          <Link href="/" className="button-secondary">
            {t('notFound.back')}
          </Link>
        }
      />
    </main>
  );
}
