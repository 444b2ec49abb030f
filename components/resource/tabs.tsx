'use client';

import { useId, type KeyboardEvent } from 'react';

/** A tab: its id (kept in the URL by callers) and label. */
export interface TabDef {
  id: string;
  label: string;
}

/**
 * Tabs with the ARIA tab pattern (arrow keys move between tabs). The panel is
 * the caller's: render the active tab's content inside `tabPanelProps(id)`.
 */
export function Tabs({ tabs, active, onChange, label }: { tabs: readonly TabDef[]; active: string; onChange: (id: string) => void; label: string }) {
  const base = useId();
  const onKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(index + step + tabs.length) % tabs.length];
    onChange(next.id);
    document.getElementById(`${base}-${next.id}`)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="flex gap-1 border-b border-border">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          id={`${base}-${tab.id}`}
          type="button"
          role="tab"
          aria-selected={tab.id === active}
          tabIndex={tab.id === active ? 0 : -1}
          onKeyDown={(e) => onKey(e, index)}
          onClick={() => onChange(tab.id)}
          className={`-mb-px border-b-2 px-4 py-2 text-sm ${tab.id === active ? 'border-accent font-medium text-accent' : 'border-transparent text-muted hover:text-foreground'}`}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
