import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.images');

/** Images: a placeholder until the resource page lands. */
export default function ImagesPage() {
  return <ComingSoon titleKey="nav.images" />;
}
