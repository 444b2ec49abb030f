'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { useT } from '@/lib/i18n/client';
import type { ConsoleRole } from '@/lib/scp';
import { SidebarNav } from './sidebar-nav';

/**
 * The left column with the product name and the navigation. From 1024 px up it
 * is always there; below that it is a drawer the top bar's menu button opens,
 * closed by Escape, the backdrop, or following a link.
 */
export function Sidebar({ role, open, onClose }: { role: ConsoleRole; open: boolean; onClose: () => void }) {
  const t = useT();

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  return (
    <>
      {open && <div aria-hidden="true" className="fixed inset-0 z-30 bg-black/40 lg:hidden" onClick={onClose} />}
      <aside
        id="console-sidebar"
        className={`fixed inset-y-0 left-0 z-40 w-64 overflow-y-auto border-r border-border bg-surface transition-transform lg:sticky lg:top-0 lg:z-auto lg:h-screen lg:w-auto lg:translate-x-0 ${
          open ? 'translate-x-0' : '-translate-x-full max-lg:invisible'
        }`}
      >
        <div className="flex h-14 items-center border-b border-border px-6">
          <Link href="/" className="font-semibold text-foreground">
            {t('app.title')}
          </Link>
        </div>
        <SidebarNav role={role} />
      </aside>
    </>
  );
}
