import { TaskDetail } from '@/components/tasks/task-detail';
import { pageMetadata } from '@/lib/i18n/server';

export const generateMetadata = () => pageMetadata('tasks.detail.title');

/** One task: fields, progress, sub-tasks. */
export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TaskDetail taskId={id} />;
}
