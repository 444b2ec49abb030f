'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useDismiss } from '@/components/resource/use-dismiss';
import { useSessionUser } from '@/components/shell/session-user';
import { isTerminalStatus } from '@/lib/tasks/task-phase';
import { useTaskTray } from '@/lib/tasks/tracker-context';
import { RunningTasks } from './running-tasks';
import { TrackedTaskItem } from './tracked-task-item';
import { useNow } from './use-now';
import { useTaskLabels } from './use-task-labels';

/**
 * The task tray in the top bar: a button counting running tasks, opening a
 * panel with the tasks this user started (or watches) and, on request, every
 * running task they may see. Hidden for roles that may not read tasks.
 */
export function TaskTray() {
  const { t } = useTaskLabels();
  const user = useSessionUser();
  const { tasks, enabled, pollFailing, dismiss, dismissFinished } = useTaskTray();
  const [open, setOpen] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const pathname = usePathname();
  const running = tasks.filter((task) => !isTerminalStatus(task.snapshot?.status)).length;
  const finished = tasks.length - running;
  const now = useNow(open && running > 0);

  // A followed link closes the panel.
  useEffect(() => setOpen(false), [pathname]);

  useDismiss(open, root, useCallback(() => setOpen(false), []));

  if (!enabled) return null;
  const buttonLabel = t('tasks.tray.button', { running });
  return (
    <div ref={root} className="relative" data-testid="task-tray">
      <button
        type="button"
        className="icon-button relative"
        aria-label={buttonLabel}
        title={buttonLabel}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className={`size-5 ${running > 0 ? 'text-accent' : ''}`} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
          <path d="M9 6h11M9 12h11M9 18h11M4 6l1 1 2-2M4 12h.01M4 18h.01" />
        </svg>
        {running > 0 && (
          <span className="absolute -top-1 -right-1 min-w-4 rounded-full bg-accent px-1 text-[10px] leading-4 font-semibold text-accent-foreground" data-testid="task-tray-count">
            {running}
          </span>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={t('tasks.tray.title')}
          className="absolute right-0 z-30 mt-2 flex max-h-[75vh] w-[26rem] max-w-[calc(100vw-2rem)] flex-col overflow-hidden rounded-lg border border-border bg-background shadow-xl"
          data-testid="task-tray-panel"
        >
          <div className="flex items-center justify-between gap-2 border-b border-border px-4 py-2.5">
            <h2 className="font-semibold">{t('tasks.tray.title')}</h2>
            <div className="flex items-center gap-3 text-sm">
              <Link href="/tasks" className="text-accent hover:underline">
                {t('tasks.tray.openLog')}
              </Link>
              <button type="button" className="rounded px-1 text-muted hover:text-foreground" aria-label={t('tasks.tray.close')} title={t('tasks.tray.close')} onClick={() => setOpen(false)}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          </div>
          <div className="overflow-y-auto">
            <section aria-labelledby={`${panelId}-mine`}>
              <div className="flex items-center justify-between bg-surface px-4 py-1.5 text-xs text-muted">
                <h3 id={`${panelId}-mine`} className="font-medium">{t('tasks.tray.mine')}</h3>
                {finished > 0 && (
                  <button type="button" className="hover:text-foreground hover:underline" onClick={dismissFinished}>
                    {t('tasks.tray.clearFinished')}
                  </button>
                )}
              </div>
              {pollFailing && <p role="alert" className="px-4 py-2 text-xs text-danger">{t('tasks.tray.pollFailing')}</p>}
              {tasks.length === 0 ? (
                <p className="px-4 py-3 text-sm text-muted">{t('tasks.tray.empty')}</p>
              ) : (
                <ul data-testid="tracked-tasks">
                  {tasks.map((task) => (
                    <TrackedTaskItem key={task.taskId} task={task} now={now} onDismiss={() => dismiss([task.taskId])} />
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby={`${panelId}-all`} className="border-t border-border">
              <label className="flex cursor-pointer items-center gap-2 bg-surface px-4 py-1.5 text-xs text-muted">
                <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
                <span id={`${panelId}-all`}>{t(user.role === 'admin' ? 'tasks.running.toggleAdmin' : 'tasks.running.toggleTenant')}</span>
              </label>
              {showAll && <RunningTasks />}
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
