import { ComingSoon } from '@/components/coming-soon';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.tasks');

/** Tasks: a placeholder until the resource page lands. */
export default function TasksPage() {
  return <ComingSoon titleKey="nav.tasks" />;
}
