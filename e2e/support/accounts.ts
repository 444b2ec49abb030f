import type { MessageKey } from '@/lib/i18n';

/** A demo account of the simulator's built-in seed (README, "Demo accounts"). */
export interface DemoAccount {
  username: string;
  password: string;
  roleKey: MessageKey;
}

export const accounts = {
  admin: { username: 'admin', password: 'scp-demo-admin', roleKey: 'role.admin' },
  acme: { username: 'acme', password: 'scp-demo-acme', roleKey: 'role.tenant' },
} satisfies Record<string, DemoAccount>;

export type AccountName = keyof typeof accounts;
