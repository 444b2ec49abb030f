'use client';

import Link from 'next/link';
import { objectHref } from '@/lib/tasks/object-kind';
import { useTaskLabels } from './use-task-labels';

/**
 * What a task acts on: its kind (the console's word, else SCP's object type
 * verbatim; left out where a column already says it) and its name, linked to
 * the object's page when the console has one.
 */
export function ObjectLabel({ kind, id, name, objectType, showType = true }: { kind: string; id: string; name: string; objectType?: string; showType?: boolean }) {
  const { kindLabel } = useTaskLabels();
  const type = showType ? kindLabel(kind) || objectType || '' : '';
  const href = objectHref(kind, id);
  const shown = name || id;
  return (
    <span className="min-w-0 break-all">
      {type && <span className="text-muted">{type} </span>}
      {href && shown ? (
        <Link href={href} className="text-accent hover:underline">
          {shown}
        </Link>
      ) : (
        shown
      )}
    </span>
  );
}
