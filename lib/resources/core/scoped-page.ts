import type { MessageKey } from '@/lib/i18n';
import type { ConsoleRole } from '@/lib/scp';
import type { Figure } from './cards';

/*
 * Pages about one tenant at a time (its quotas): who may pick the tenant,
 * kept in the URL so a link opens it; anyone else sees their own. And the
 * usage tables such pages show: declared rows, each a resource with its use
 * and a meter of its share.
 */

/** The tenant a page is about. */
export interface TenantScope {
  /** The URL's query parameter that keeps the chosen tenant. */
  param: string;
  /** The roles that pick a tenant; anyone else sees their own. */
  pickers: readonly ConsoleRole[];
  labelKey: MessageKey;
  chooseKey: MessageKey;
  /** Said while no tenant is chosen. */
  promptKey: MessageKey;
  /** Whether a value from the URL names a tenant (an invalid one is dropped). */
  accepts: (value: string) => boolean;
}

/** One row of a usage table: what it is, what it uses, and its share to meter or what to say instead. */
export interface UsageRow {
  key: string;
  label: Figure;
  usage: Figure;
  meter: { ratio: number } | { noteKey: MessageKey };
}

/** How a page's usage tables read: their test id, heading id prefix, caption (gets `{az}`) and column labels. */
export interface UsageTableSpec {
  testId: string;
  idPrefix: string;
  captionKey: MessageKey;
  columns: { label: MessageKey; usage: MessageKey; meter: MessageKey };
  /** The usage cell's test id. */
  usageTestId: string;
  /** The `data-*` attribute naming a table's id (`az`) and a row's key (`quota`). */
  attrs: { table: string; row: string };
}
