import { Suspense } from 'react';
import { OpLog } from '@/components/tasks/op-log/op-log';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('nav.tasks');

/** Tasks: the operation log; its view (filters, page) lives in the URL's search params. */
export default function TasksPage() {
  return (
    <Suspense>
      <OpLog />
    </Suspense>
  );
}
