import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey } from '@/lib/i18n';
import type { ConsoleRole } from '@/lib/scp';
import type { FilterOption } from './types';

/*
 * Lists whose whole view is a link: filters applied together from a search
 * form (each applied view pushes a URL, so the back button walks through
 * them) and previous/next pages as links. components/resource/form-filters
 * and link-pager render these declarations.
 */

/** A filter of a search form; its `name` is its form field's and its value's key. */
export interface FormFilter {
  name: string;
  labelKey: MessageKey;
  kind: 'select' | 'datetime';
  /** A select's choice of no filter. */
  anyKey?: MessageKey;
  /** Roles that get the filter; everyone when unset. */
  roles?: readonly ConsoleRole[];
  /** Fixed choices, given the value the view has (one the console does not know is kept, verbatim). */
  options?: (current: string | undefined) => readonly FilterOption[];
  /** Choices read when the form is shown; a current value not among them is kept, verbatim. */
  load?: { key: QueryKey; fetch: (signal: AbortSignal) => Promise<FilterOption[]>; staleTime?: number };
  /** A datetime's value as its input shows it, and the value of what was typed ('' when malformed). */
  input?: { of: (value: string | undefined) => string; value: (input: string) => string };
}

/** A pager of links: its words and page sizes. */
export interface LinkPager {
  labelKey: MessageKey;
  /** Gets `{page}`, `{pages}` and `{total}`. */
  summaryKey: MessageKey;
  summaryTestId: string;
  pageSizeKey: MessageKey;
  previousKey: MessageKey;
  nextKey: MessageKey;
  pageSizes: readonly number[];
}
