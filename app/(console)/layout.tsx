import type { ReactNode } from 'react';
import { ConsoleShell } from '@/components/shell/console-shell';

/** Layout of every signed-in page: sidebar navigation, top bar, and the session check. */
export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleShell>{children}</ConsoleShell>;
}
