import { Overview } from '@/components/home/overview';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('home.title');

/** Home: an overview placeholder linking to the pages the user's role has. */
export default function HomePage() {
  return <Overview />;
}
