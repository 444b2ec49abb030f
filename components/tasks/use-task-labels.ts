'use client';

import { useCallback } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useT } from '@/lib/i18n/client';
import { kindLabelKey } from '@/lib/tasks/object-kind';
import { progressPercent, taskPhase, type TaskPhase } from '@/lib/tasks/task-phase';
import type { TaskProgressProps } from './task-progress';

/** Words for tasks in the current language: phases, kinds, and a progress bar's props. */
export function useTaskLabels() {
  const t = useT();
  const phaseLabel = useCallback((phase: TaskPhase) => t(`tasks.phase.${phase}` as MessageKey), [t]);
  const kindLabel = useCallback((kind: string) => {
    const key = kindLabelKey(kind);
    return key ? t(key) : '';
  }, [t]);
  /** Props of TaskProgress for a task in `status` at `progress`, named after `name`. */
  const progressProps = useCallback((status: string | null | undefined, progress: number | null | undefined, name: string): TaskProgressProps => {
    const phase = taskPhase(status);
    const label = phaseLabel(phase);
    return {
      phase, progress, phaseLabel: label,
      label: t('tasks.progress.label', { name }),
      valueText: t('tasks.progress.value', { phase: label, percent: phase === 'done' ? 100 : progressPercent(progress) }),
    };
  }, [t, phaseLabel]);
  return { t, phaseLabel, kindLabel, progressProps };
}
