'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import type { Verdict } from '@/lib/resources/core/types';

/**
 * A button that may be refused. A refused one stays focusable with
 * aria-disabled and says why in its tooltip and accessible description,
 * rather than being silently greyed out.
 */
export function ActionButton({ verdict, onClick, children, className = 'button-secondary', role, testId }: {
  verdict: Verdict;
  onClick: () => void;
  children: ReactNode;
  className?: string;
  role?: 'menuitem';
  testId?: string;
}) {
  const t = useT();
  const reason = verdict.ok ? undefined : t(verdict.reason, verdict.values);
  return (
    <button
      type="button"
      role={role}
      className={`${className} ${verdict.ok ? '' : 'cursor-not-allowed opacity-50'}`}
      aria-disabled={verdict.ok ? undefined : true}
      title={reason}
      aria-description={reason}
      data-testid={testId}
      data-why={verdict.ok ? undefined : verdict.why}
      onClick={() => verdict.ok && onClick()}
    >
      {children}
    </button>
  );
}
