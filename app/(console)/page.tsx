import { Overview } from '@/components/home/overview';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('home.title');

/** Home: the overview (概览) of what the user may see. */
export default function HomePage() {
  return <Overview />;
}
